import { useEffect, useState } from 'preact/hooks'
import { auditActionText, auditEntityText, auditText } from '#surveys/i18n/audit'
import type { Locale } from '#surveys/i18n/locales'
import { labelOf } from './readable.ts'

export interface AuditFilters {
  entity: string
  action: string
  actor: string
  /** Local dates, YYYY-MM-DD, as a date input gives them. */
  from: string
  to: string
}

export const NO_FILTERS: AuditFilters = { entity: '', action: '', actor: '', from: '', to: '' }

export interface Facets {
  entities: string[]
  actions: string[]
  actors: { id: string; name: string; email: string }[]
}

/**
 * The API query for a set of filters. Dates are the user's local days, sent as exact instants,
 * so "to 12 March" in Hong Kong ends at midnight Hong Kong time, not UTC.
 */
export function auditQuery(filters: AuditFilters): URLSearchParams {
  const query = new URLSearchParams()
  for (const key of ['entity', 'action', 'actor'] as const)
    if (filters[key]) query.set(key, filters[key])
  if (filters.from) query.set('from', new Date(`${filters.from}T00:00:00`).toISOString())
  if (filters.to) query.set('to', new Date(`${filters.to}T23:59:59.999`).toISOString())
  return query
}

/** The filters the page's address holds, so a filtered view can be bookmarked or shared. */
export function filtersFromUrl(): AuditFilters {
  const params = new URLSearchParams(location.search)
  const date = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '')
  return {
    entity: params.get('entity') ?? '',
    action: params.get('action') ?? '',
    actor: params.get('actor') ?? '',
    from: date(params.get('from')),
    to: date(params.get('to')),
  }
}

export function filtersToUrl(filters: AuditFilters) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value))
  const search = params.toString()
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`)
}

function Select(props: {
  id: string
  label: string
  value: string
  any: string
  options: { value: string; label: string }[]
  onChange: (value: string) => void
}) {
  return (
    <div class="field filters-wide">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The filter form: choices apply when submitted, so the list does not jump while choosing. */
export function AuditFilterForm(props: {
  locale: Locale
  facets: Facets | undefined
  applied: AuditFilters
  onApply: (filters: AuditFilters) => void
}) {
  const { locale, facets } = props
  const t = auditText[locale]
  const [draft, setDraft] = useState(props.applied)
  useEffect(() => setDraft(props.applied), [props.applied])
  const set = (key: keyof AuditFilters) => (value: string) => setDraft({ ...draft, [key]: value })
  const rangeInvalid = !!draft.from && !!draft.to && draft.to < draft.from
  return (
    <form
      class="card filters"
      aria-label={t.filters}
      onSubmit={(event) => {
        event.preventDefault()
        if (!rangeInvalid) props.onApply(draft)
      }}
    >
      <Select
        id="filter-entity"
        label={t.entity}
        any={t.any}
        value={draft.entity}
        onChange={set('entity')}
        options={(facets?.entities ?? []).map((value) => ({
          value,
          label: labelOf(auditEntityText[locale], value),
        }))}
      />
      <Select
        id="filter-action"
        label={t.action}
        any={t.any}
        value={draft.action}
        onChange={set('action')}
        options={(facets?.actions ?? []).map((value) => ({
          value,
          label: labelOf(auditActionText[locale], value),
        }))}
      />
      <Select
        id="filter-actor"
        label={t.actor}
        any={t.any}
        value={draft.actor}
        onChange={set('actor')}
        options={(facets?.actors ?? []).map((actor) => ({
          value: actor.id,
          label: actor.name || actor.email,
        }))}
      />
      <div class="field">
        <label for="filter-from">{t.from}</label>
        <input
          id="filter-from"
          type="date"
          value={draft.from}
          onInput={(e) => set('from')(e.currentTarget.value)}
        />
      </div>
      <div class={`field${rangeInvalid ? ' field--error' : ''}`}>
        <label for="filter-to">{t.to}</label>
        {rangeInvalid && (
          <p id="filter-to-error" class="error-message">
            {t.rangeInvalid}
          </p>
        )}
        <input
          id="filter-to"
          type="date"
          value={draft.to}
          aria-invalid={rangeInvalid || undefined}
          aria-describedby={rangeInvalid ? 'filter-to-error' : undefined}
          onInput={(e) => set('to')(e.currentTarget.value)}
        />
      </div>
      <div class="button-row filters-actions">
        <button type="submit" class="button">
          {t.apply}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setDraft(NO_FILTERS)
            props.onApply(NO_FILTERS)
          }}
        >
          {t.clear}
        </button>
      </div>
    </form>
  )
}
