import type { Snapshot } from '#surveys/domain/snapshot'
import { type SnapshotTopic, sealedRanks } from '#surveys/domain/snapshot-double'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import type { Locale } from '#surveys/i18n/locales'
import { matrixText } from '#surveys/i18n/matrix'
import { formatScore } from '#surveys/reports/matrix-footnote'
import { compareCodes } from '#surveys/scoring/ranking'

/**
 * A sealed double-materiality version's scores, in rank order (METHOD-MODE-B.md §9; a topic
 * with no score has no rank: a dash): each topic's impact and financial materiality
 * (I_t, F_t) and, in versions that sealed them, the stakeholder views beside them (SV_I / SV_F),
 * marked where they were far enough apart to need a reason.
 */
export function SealedTopics(props: { snapshot: Snapshot; locale: Locale }) {
  const double = props.snapshot.doubleMateriality
  if (!double) return null
  const t = confirmationPageText[props.locale]
  const d = doubleText[props.locale]
  const s = iroScoringText[props.locale]
  const names = new Map(props.snapshot.issues.map((issue) => [issue.id, issue.names]))
  const viewsSealed = double.topics.some((topic) => topic.stakeholderViews !== undefined)
  const ranks = sealedRanks(double)
  const place = (id: string) => ranks.get(id) ?? Number.POSITIVE_INFINITY
  const topics = [...double.topics].sort(
    (a, b) => place(a.issueId) - place(b.issueId) || compareCodes(a.code, b.code),
  )
  return (
    <details class="all-decisions" data-testid="sealed-topics">
      <summary>{t.sealedTopics(double.topics.length)}</summary>
      <div class="table-wrap">
        <table class="table table--compact">
          <thead>
            <tr>
              <th scope="col" class="number">
                {matrixText[props.locale].rank}
              </th>
              <th scope="col" class="number">
                {matrixText[props.locale].code}
              </th>
              <th scope="col">{d.topic}</th>
              <th scope="col" class="number">
                {d.impactScore}
              </th>
              <th scope="col" class="number">
                {d.financialScore}
              </th>
              {viewsSealed && <th scope="col">{s.viewsColumn}</th>}
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.issueId} class={topic.material ? 'row--material' : undefined}>
                <td class="number">{ranks.get(topic.issueId) ?? '—'}</td>
                <td class="number">{topic.code}</td>
                <th scope="row">{names.get(topic.issueId)?.[props.locale]}</th>
                <td class="number">{formatScore(topic.impact)}</td>
                <td class="number">{formatScore(topic.financial)}</td>
                {viewsSealed && <ViewsCell views={topic.stakeholderViews} marker={s.gapMarker} />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

function ViewsCell(props: { views: SnapshotTopic['stakeholderViews']; marker: string }) {
  const { views } = props
  if (!views) return <td>–</td>
  return (
    <td data-testid="sealed-views">
      {`${formatScore(views.impact.score)} / ${formatScore(views.financial.score)}`}
      {views.rationaleRequired && (
        <>
          {' '}
          <span class="badge badge--review">{props.marker}</span>
        </>
      )}
    </td>
  )
}
