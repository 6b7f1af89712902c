import { doubleText } from '#surveys/i18n/double-materiality'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { formatScore } from '#surveys/reports/matrix-footnote'
import { type DmThresholds, materialUnder } from '#surveys/scoring/dm-what-if'
import { useLocale } from '../../shared/locale.tsx'
import type { DmTopic } from './use-dm-matrix.ts'

/**
 * The matrix as a table: a row per topic with its impact and financial scores, the
 * stakeholders' views (marked where they differ enough to need a reason) and whether it is
 * material under the (what-if) thresholds; a topic's name shows its IROs.
 */
export function DmTopicTable(props: {
  topics: DmTopic[]
  thresholds: DmThresholds
  name(topic: DmTopic): string
  onSelect(issueId: string): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const s = iroScoringText[locale]
  return (
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t.topic}</th>
            <th scope="col">{t.impactScore}</th>
            <th scope="col">{t.financialScore}</th>
            <th scope="col">{s.viewsColumn}</th>
            <th scope="col">{t.material}</th>
          </tr>
        </thead>
        <tbody>
          {props.topics.map((entry) => {
            const material = materialUnder(entry, props.thresholds)
            return (
              <tr key={entry.issueId} class={material ? 'row--material' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    class="button button--quiet"
                    title={t.showIros(entry.code)}
                    onClick={() => props.onSelect(entry.issueId)}
                  >
                    {props.name(entry)}
                  </button>
                </th>
                <td>{formatScore(entry.impact, t.noScore)}</td>
                <td>{formatScore(entry.financial, t.noScore)}</td>
                <td>
                  {`${formatScore(entry.stakeholderViews.impact.score, '–')} / ${formatScore(entry.stakeholderViews.financial.score, '–')}`}
                  {entry.stakeholderViews.rationaleRequired && (
                    <span class="badge badge--review">{s.gapMarker}</span>
                  )}
                </td>
                <td>{material ? t.yes : t.no}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
