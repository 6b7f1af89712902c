import { useEffect, useState } from 'preact/hooks'
import { can } from '#surveys/domain/permissions'
import { commentsText } from '#surveys/i18n/comments'
import { commonText } from '#surveys/i18n/common'
import { dmComparisonText } from '#surveys/i18n/dm-comparison'
import type { Locale } from '#surveys/i18n/locales'
import { comparisonText, type MatrixText, matrixText } from '#surveys/i18n/matrix'
import type { ComparisonView } from '#surveys/schemas/comparison-view'
import { type MatrixQueryInput, matrixQuery, matrixSearch } from '#surveys/schemas/matrix'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import type { Resource } from '../../shared/use-resource.ts'
import { useResource } from '../../shared/use-resource.ts'
import type { AssessmentDetail, AssessmentTabProps } from '../assessment-types.ts'
import { ArrowsChoice } from '../matrix/comparison-notes.tsx'
import { MatrixControls, type ViewChoice } from '../matrix/controls.tsx'
import { Downloads } from '../matrix/downloads.tsx'
import { MatrixChart } from '../matrix/matrix-chart.tsx'
import { type CommentCounts, RankedTable, ResponseCounts } from '../matrix/ranked-table.tsx'
import { loadChartModule } from '../matrix/use-matrix-chart.ts'
import { CompareSelect, ComparisonSummary, useComparison } from '../matrix/year-over-year.tsx'

// Sliders move many steps a second; ask the server once the hand rests.
const SETTLE_MS = 200
// An open assessment's matrix follows new responses.
const LIVE_POLL_MS = 30_000

/** The matrix section of an assessment page: chart, what-if controls, ranked table, downloads. */
export function MatrixTab(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = matrixText[locale]
  const common = commonText[locale]
  const { id } = props.assessment
  const [choice, setChoice] = useState<ViewChoice>({ group: '', whatIf: {} })
  useEffect(() => {
    void loadChartModule()
  }, [])
  const wanted = { group: choice.group || undefined, locale }
  const settled = useSettled(
    { view: wanted, whatIf: choice.whatIf },
    matrixSearch(wanted, choice.whatIf),
    SETTLE_MS,
  )
  const query = matrixQuery(settled.view, settled.whatIf)
  const search = matrixSearch(settled.view, settled.whatIf)
  const [live, setLive] = useState(false)
  const matrix = useResource(
    () => call(server.assessments[':id'].matrix.$get({ param: { id }, query })),
    [id, search],
    live ? LIVE_POLL_MS : undefined,
  )
  const view = matrix.state === 'ready' ? matrix.data : undefined
  useEffect(() => setLive(view?.live ?? false), [view?.live])
  // Year over year: the assessment it was copied forward from, unless another is chosen. A
  // double-materiality assessment compares its topics on the IRO tab's matrix instead.
  const double = props.assessment.method === 'double'
  const [previousId, setPreviousId] = useState(double ? '' : (props.assessment.previousId ?? ''))
  const comparison = useComparison(id, previousId, locale, live ? LIVE_POLL_MS : undefined)
  const comments = useCommentCounts(props.assessment, locale)
  return (
    <>
      <h2>{t.title}</h2>
      {double ? (
        <p class="hint">{dmComparisonText[locale].onIrosTab}</p>
      ) : (
        <CompareSelect
          assessment={props.assessment}
          value={previousId}
          onChange={setPreviousId}
          text={comparisonText[locale]}
          comparison={comparison}
        />
      )}
      {matrix.state === 'loading' && <Loading label={common.loading} />}
      {matrix.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={matrix.reload} />
      )}
      {view && (
        <MatrixBody
          view={view}
          choice={choice}
          onChange={setChoice}
          query={query}
          comparison={comparison}
          comments={comments}
        />
      )}
    </>
  )
}

function MatrixBody(props: {
  view: MatrixView
  choice: ViewChoice
  onChange(choice: ViewChoice): void
  query: MatrixQueryInput
  comparison: Resource<ComparisonView | null>
  comments: CommentCounts | null
}) {
  const { view } = props
  const t = matrixText[view.locale]
  const c = comparisonText[view.locale]
  const empty = view.responses.total === 0
  const compared = props.comparison.state === 'ready' ? props.comparison.data : null
  const comparison = compared?.comparison ?? null
  const [allArrows, setAllArrows] = useState(false)
  return (
    <>
      <p class="notice">{statusNote(view, t)}</p>
      {comparison && (view.whatIf || view.group) && <p class="hint">{c.viewNote}</p>}
      <div class="matrix-layout">
        <div class="matrix-main card">
          {empty ? (
            <Empty title={view.group ? t.noGroupResponses : t.noResponses}>
              <p>{t.noResponsesBody}</p>
            </Empty>
          ) : (
            <>
              {comparison && comparison.basis !== 'decisions' && (
                <ArrowsChoice all={allArrows} onChange={setAllArrows} text={c} />
              )}
              <MatrixChart view={view} text={t} comparison={comparison} allArrows={allArrows} />
            </>
          )}
        </div>
        <MatrixControls view={view} text={t} choice={props.choice} onChange={props.onChange} />
      </div>
      <ResponseCounts view={view} text={t} />
      {!empty && (
        <>
          <h2>{t.tableTitle}</h2>
          <RankedTable
            view={view}
            text={t}
            compare={comparison && { comparison, text: c }}
            comments={props.comments}
          />
        </>
      )}
      {compared && <ComparisonSummary view={compared} locale={view.locale} text={c} />}
      {!empty && <Downloads view={view} text={t} query={props.query} />}
    </>
  )
}

function statusNote(view: MatrixView, t: MatrixText): string {
  if (view.live) return t.live
  return view.assessment.status === 'draft' ? t.draft : t.closed
}

/**
 * How many comments each issue has, for roles that may read them (null otherwise, or until
 * loaded: the table shows without the column rather than wait).
 */
function useCommentCounts(assessment: AssessmentDetail, locale: Locale): CommentCounts | null {
  const allowed = can(assessment.role, 'readComments')
  const loaded = useResource(
    async () =>
      allowed
        ? call(server.assessments[':id'].comments.$get({ param: { id: assessment.id }, query: {} }))
        : null,
    [assessment.id, allowed],
  )
  if (loaded.state !== 'ready' || !loaded.data) return null
  const counts = new Map<string, number>()
  for (const comment of loaded.data.comments) {
    counts.set(comment.issueId, (counts.get(comment.issueId) ?? 0) + 1)
  }
  const t = commentsText[locale]
  return {
    counts,
    href: (issueId) => `/assessments/${assessment.id}/comments?issue=${issueId}`,
    label: t.count,
    hint: t.readCount,
  }
}

/** The value once its key has stopped changing for `ms`. */
function useSettled<T>(value: T, key: string, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [key, ms])
  return settled
}
