import { DISAGREEMENT_SPREAD } from '#surveys/domain/double-materiality'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { formatScore } from '#surveys/reports/matrix-footnote'
import {
  type ComponentKey,
  type ComponentSummary,
  componentLabel,
} from '#surveys/scoring/double-materiality'
import { useLocale } from '../../shared/locale.tsx'
import type { DoubleMateriality } from './iro-types.ts'

type Result = DoubleMateriality['topics'][number]['iros'][number]

/**
 * One IRO of a topic's drill-down: its description, type and score, the disagreement flag, and
 * the assessors' mean, spread and count per component (flagged where they disagree).
 */
export function IroDetail(props: { result: Result; description: string | undefined }) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const s = iroScoringText[locale]
  const { result } = props
  const score = result.type.endsWith('impact') ? result.impact : result.financial
  const label = (key: ComponentKey) =>
    componentLabel(key, {
      horizon: (horizon) => t[`horizon_${horizon}`],
      part: (part) => s[`short_${part}`],
    })
  const components = Object.entries(result.components).filter(
    (entry): entry is [ComponentKey, ComponentSummary] => entry[1] !== undefined,
  )
  return (
    <li data-testid={`iro-detail-${result.id}`}>
      <p>
        <strong>{props.description ?? result.id}</strong>
        {` — ${t[`type_${result.type}`]}: ${formatScore(score, t.noScore)}`}
        {result.disagreement && (
          <span class="badge badge--review" data-testid="disagreement">
            {t.disagreement}
          </span>
        )}
      </p>
      {components.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{s.components}</caption>
            <thead>
              <tr>
                <th scope="col">{s.component}</th>
                <th scope="col">{s.mean}</th>
                <th scope="col">{s.spread}</th>
                <th scope="col">{s.scoredBy}</th>
              </tr>
            </thead>
            <tbody>
              {components.map(([key, summary]) => (
                <tr
                  key={key}
                  class={summary.spread >= DISAGREEMENT_SPREAD ? 'row--flagged' : undefined}
                >
                  <th scope="row">{label(key)}</th>
                  <td class="number">{formatScore(summary.mean)}</td>
                  <td class="number">{summary.spread}</td>
                  <td class="number">{summary.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  )
}
