import { useState } from 'preact/hooks'
import { can } from '#surveys/domain/permissions'
import { commentsText } from '#surveys/i18n/comments'
import { commonText } from '#surveys/i18n/common'
import { call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { useResource } from '../../shared/use-resource.ts'
import type { AssessmentTabProps, Group, Issue, RespondentComments } from '../assessment-types.ts'
import { IssueComments, Suggestions } from '../comments/comment-list.tsx'
import {
  CommentFilterForm,
  type CommentFilters,
  commentFiltersFromUrl,
  commentFiltersToUrl,
  commentsQuery,
} from '../comments/filters.tsx'
import { fetchGroups, fetchIssues } from '../remote.ts'

interface Names {
  issues: Issue[]
  groups: Group[]
}

/** What respondents wrote: comments per issue and suggested issues, filtered, as CSV too. */
export function CommentsTab(props: AssessmentTabProps) {
  const { id, role } = props.assessment
  const { locale } = useLocale()
  const t = commentsText[locale]
  const common = commonText[locale]
  const [filters, setFilters] = useState<CommentFilters>(commentFiltersFromUrl)
  const query = commentsQuery(filters).toString()
  const allowed = can(role, 'readComments')
  const names = useResource(async (): Promise<Names | null> => {
    if (!allowed) return null
    const [issues, groups] = await Promise.all([fetchIssues(id), fetchGroups(id)])
    return { issues: issues.issues, groups: groups.groups }
  }, [id, allowed])
  const comments = useResource(
    async () =>
      allowed
        ? call(
            server.assessments[':id'].comments.$get({
              param: { id },
              query: Object.fromEntries(new URLSearchParams(query)),
            }),
          )
        : null,
    [id, query, allowed],
  )
  const failed = names.state === 'error' || comments.state === 'error'
  const reload = () => {
    names.reload()
    comments.reload()
  }
  const apply = (next: CommentFilters) => {
    setFilters(next)
    commentFiltersToUrl(next)
  }
  const filtered = query !== ''
  const csv = {
    param: { id },
    query: { ...Object.fromEntries(new URLSearchParams(query)), lang: locale },
  }

  return (
    <>
      <div class="page-header">
        <div>
          <h2>{t.title}</h2>
          <p class="hint">{t.lead}</p>
        </div>
        {allowed && (
          <a
            class="button button--secondary no-print"
            href={server.assessments[':id']['comments.csv'].$path(csv)}
            download
          >
            {t.download}
          </a>
        )}
      </div>
      {!allowed && <p class="notice">{t.notAllowed}</p>}
      {failed && <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={reload} />}
      {!failed && (names.state === 'loading' || comments.state === 'loading') && (
        <Loading label={common.loading} />
      )}
      {names.state === 'ready' && names.data && (
        <CommentFilterForm
          locale={locale}
          issues={names.data.issues}
          groups={names.data.groups}
          applied={filters}
          onApply={apply}
        />
      )}
      {names.state === 'ready' && names.data && comments.state === 'ready' && comments.data && (
        <CommentResults names={names.data} data={comments.data} filtered={filtered} />
      )}
    </>
  )
}

function CommentResults(props: { names: Names; data: RespondentComments; filtered: boolean }) {
  const { locale } = useLocale()
  const t = commentsText[locale]
  const { names, data, filtered } = props
  return (
    <div>
      {data.comments.length + data.suggestions.length === 0 ? (
        <Empty title={filtered ? t.noMatch : t.none}>{!filtered && <p>{t.noneBody}</p>}</Empty>
      ) : (
        <>
          <h3>{t.commentsHeading(data.comments.length)}</h3>
          {data.comments.length === 0 ? (
            <p class="hint">{t.noMatch}</p>
          ) : (
            <IssueComments
              locale={locale}
              issues={names.issues}
              groups={names.groups}
              comments={data.comments}
            />
          )}
          <h3>{t.suggestionsHeading(data.suggestions.length)}</h3>
          {data.suggestions.length === 0 ? (
            <p class="hint">{t.noSuggestions}</p>
          ) : (
            <Suggestions locale={locale} groups={names.groups} suggestions={data.suggestions} />
          )}
        </>
      )}
    </div>
  )
}
