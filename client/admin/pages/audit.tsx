import { useEffect, useState } from 'preact/hooks'
import { auditText } from '#surveys/i18n/audit'
import { commonText } from '#surveys/i18n/common'
import { call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import type { AssessmentTabProps } from '../assessment-types.ts'
import { type AuditEntry, AuditEntryItem } from '../audit/entry.tsx'
import {
  AuditFilterForm,
  type AuditFilters,
  auditQuery,
  filtersFromUrl,
  filtersToUrl,
  NO_FILTERS,
} from '../audit/filters.tsx'

const audit = server.assessments[':id'].audit

/** The audit trail tab of an assessment: filters, a timeline of readable changes, CSV export. */
export function AuditTab(props: AssessmentTabProps) {
  const { id } = props.assessment
  const { locale } = useLocale()
  const t = auditText[locale]
  const common = commonText[locale]
  const [filters, setFilters] = useState<AuditFilters>(filtersFromUrl)
  const query = auditQuery(filters).toString()
  const first = useResource(
    () =>
      call(audit.$get({ param: { id }, query: Object.fromEntries(new URLSearchParams(query)) })),
    [id, query],
  )
  const older = useOlderPages(id, query, first.state === 'ready' ? first.data.nextCursor : null)
  const apply = (next: AuditFilters) => {
    setFilters(next)
    filtersToUrl(next)
  }
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS)
  const entries = first.state === 'ready' ? [...first.data.entries, ...older.entries] : []

  return (
    <>
      <div class="page-header">
        <div>
          <h2>{t.title}</h2>
          <p class="hint">{t.lead}</p>
        </div>
        <div class="no-print">
          <a
            class="button button--secondary"
            href={server.assessments[':id']['audit.csv'].$path({
              param: { id },
              query: Object.fromEntries(new URLSearchParams(query)),
            })}
            download
            aria-describedby="csv-hint"
          >
            {t.downloadCsv}
          </a>
          <p id="csv-hint" class="hint csv-hint">
            {t.downloadCsvHint}
          </p>
        </div>
      </div>
      <AuditFilterForm
        locale={locale}
        facets={first.state === 'ready' ? first.data.facets : undefined}
        applied={filters}
        onApply={apply}
      />
      {first.state === 'loading' && <Loading label={common.loading} />}
      {first.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={first.reload} />
      )}
      {first.state === 'ready' && entries.length === 0 && (
        <Empty title={filtered ? t.noMatchTitle : t.emptyTitle}>
          <p>{filtered ? t.noMatchBody : t.emptyBody}</p>
        </Empty>
      )}
      {entries.length > 0 && (
        <>
          <p class="hint" role="status">
            {t.showing(entries.length)}
          </p>
          <ol class="timeline">
            {entries.map((entry) => (
              <AuditEntryItem key={entry.id} entry={entry} locale={locale} />
            ))}
          </ol>
        </>
      )}
      {older.error && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={older.loadMore} />
      )}
      {older.cursor && !older.error && (
        <button
          type="button"
          class="button button--secondary"
          disabled={older.busy}
          onClick={older.loadMore}
        >
          {older.busy ? t.loadingMore : t.loadMore}
        </button>
      )}
    </>
  )
}

/** Older pages after the first, fetched by keyset cursor; they reset when the filters change. */
function useOlderPages(id: string, query: string, firstCursor: string | null) {
  const [pages, setPages] = useState<{ entries: AuditEntry[]; cursor: string | null }>({
    entries: [],
    cursor: null,
  })
  const more = useChange()
  useEffect(() => {
    setPages({ entries: [], cursor: firstCursor })
    more.setErrors({})
  }, [id, query, firstCursor])
  const loadMore = async () => {
    const { cursor } = pages
    if (!cursor) return
    more.setErrors({})
    const filters = Object.fromEntries(new URLSearchParams(query))
    await more.run(async () => {
      const page = await call(audit.$get({ param: { id }, query: { ...filters, cursor } }))
      setPages({ entries: [...pages.entries, ...page.entries], cursor: page.nextCursor })
    })
  }
  return { ...pages, busy: more.busy, error: more.failed, loadMore }
}
