import { useEffect, useState } from 'preact/hooks'
import { commentsText } from '#surveys/i18n/comments'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import type { Group, Issue } from '../assessment-types.ts'

export interface CommentFilters {
  issue: string
  group: string
  locale: string
  q: string
}

const KEYS = ['issue', 'group', 'locale', 'q'] as const

/** The API query for a set of filters (blank ones left out). */
export function commentsQuery(filters: CommentFilters): URLSearchParams {
  const query = new URLSearchParams()
  for (const key of KEYS) {
    const value = filters[key].trim()
    if (value) query.set(key, value)
  }
  return query
}

/** The filters the page's address holds: the matrix links to `?issue=`, and views can be shared. */
export function commentFiltersFromUrl(): CommentFilters {
  const params = new URLSearchParams(location.search)
  const value = (key: (typeof KEYS)[number]) => params.get(key) ?? ''
  return { issue: value('issue'), group: value('group'), locale: value('locale'), q: value('q') }
}

export function commentFiltersToUrl(filters: CommentFilters) {
  const search = commentsQuery(filters).toString()
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`)
}

// Typing searches once the hand rests, not on every key.
const SEARCH_SETTLE_MS = 300

/** Issue, group and language apply when chosen; the search text as typing pauses. */
export function CommentFilterForm(props: {
  locale: Locale
  issues: Issue[]
  groups: Group[]
  applied: CommentFilters
  onApply: (filters: CommentFilters) => void
}) {
  const { locale, applied, onApply } = props
  const t = commentsText[locale]
  const [q, setQ] = useState(applied.q)
  useEffect(() => {
    if (q === applied.q) return
    const timer = setTimeout(() => onApply({ ...applied, q }), SEARCH_SETTLE_MS)
    return () => clearTimeout(timer)
  }, [q, applied])
  const choose = (key: 'issue' | 'group' | 'locale') => (event: Event) =>
    onApply({ ...applied, q, [key]: (event.currentTarget as HTMLSelectElement).value })
  return (
    <form
      class="card comment-filters"
      aria-label={t.filters}
      onSubmit={(event) => {
        event.preventDefault()
        onApply({ ...applied, q })
      }}
    >
      <div class="field comment-filters-issue">
        <label for="comments-issue">{t.issue}</label>
        <select id="comments-issue" value={applied.issue} onChange={choose('issue')}>
          <option value="">{t.allIssues}</option>
          {props.issues.map((issue) => (
            <option key={issue.id} value={issue.id}>
              {issue.code}. {issue.names[locale]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="comments-group">{t.group}</label>
        <select id="comments-group" value={applied.group} onChange={choose('group')}>
          <option value="">{t.all}</option>
          {props.groups.map((group) => (
            <option key={group.key} value={group.key}>
              {group.names[locale]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="comments-locale">{t.respondentLanguage}</label>
        <select id="comments-locale" value={applied.locale} onChange={choose('locale')}>
          <option value="">{t.all}</option>
          {LOCALES.map((code) => (
            <option key={code} value={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="comments-q">{t.search}</label>
        <input
          id="comments-q"
          type="search"
          value={q}
          maxLength={200}
          onInput={(event) => setQ(event.currentTarget.value)}
        />
      </div>
    </form>
  )
}
