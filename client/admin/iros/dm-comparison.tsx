import { useState } from 'preact/hooks'
import type { DoubleComparison, TopicChange } from '#surveys/domain/year-over-year-double'
import { type DmComparisonText, dmComparisonText } from '#surveys/i18n/dm-comparison'
import { type ComparisonText, comparisonText } from '#surveys/i18n/matrix'
import { formatScore } from '#surveys/reports/matrix-footnote'
import { useLocale } from '../../shared/locale.tsx'
import type { AssessmentDetail } from '../assessment-types.ts'
import { MovementBadge, ScoreDelta, useComparison } from '../matrix/year-over-year.tsx'
import type { DoubleMateriality } from './iro-types.ts'

/**
 * The matrix's year over year: the earlier assessment chosen (the one this was copied from
 * unless another is), its comparison — asked again when the result changes — and whether every
 * topic's arrow is drawn.
 */
export function useDmYear(assessment: AssessmentDetail, result: DoubleMateriality) {
  const { locale } = useLocale()
  const [previousId, setPreviousId] = useState(assessment.previousId ?? '')
  const comparison = useComparison(assessment.id, previousId, locale, undefined, result)
  const view = comparison.state === 'ready' ? comparison.data : null
  const [all, setAll] = useState(false)
  return { previousId, setPreviousId, comparison, view, double: view?.double ?? null, all, setAll }
}

/**
 * Year over year on the double-materiality matrix: a row per topic with I_t and F_t now (last
 * year's under it) and their Δ, and its movement against the material set. Against a
 * stakeholder-matrix year only the movement. Topics scored in neither year and material in
 * neither are left out.
 */
export function DmComparisonTable(props: { double: DoubleComparison; previousName: string }) {
  const { locale } = useLocale()
  const d = dmComparisonText[locale]
  // A null Δ here is a topic not scored in one of the years, not one missing from it.
  const c = { ...comparisonText[locale], notCompared: dmComparisonText[locale].notScored }
  const scores = props.double.basis === 'scores'
  const shown = props.double.topics.filter(worthARow)
  return (
    <div class="table-wrap">
      <table class="table table--compact table--compare" data-testid="dm-comparison">
        <caption>{d.tableTitle(props.previousName)}</caption>
        <thead>
          <tr>
            <th scope="col">{d.topic}</th>
            {scores && (
              <>
                <th scope="col" class="number">
                  {d.impact}
                </th>
                <th scope="col" class="number">
                  {d.deltaImpact}
                </th>
                <th scope="col" class="number">
                  {d.financial}
                </th>
                <th scope="col" class="number">
                  {d.deltaFinancial}
                </th>
              </>
            )}
            <th scope="col">{d.material}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((change) => (
            <tr key={change.code} data-code={change.code}>
              <th scope="row">
                {change.code} {change.names[locale]}
              </th>
              {scores && (
                <>
                  <Score change={change.impact} d={d} />
                  <ScoreDelta delta={change.impact.delta} text={c} />
                  <Score change={change.financial} d={d} />
                  <ScoreDelta delta={change.financial.delta} text={c} />
                </>
              )}
              <td>
                <Movement change={change} d={d} c={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{d.leftOut}</p>
    </div>
  )
}

/** A row for a topic scored in either year, or material in either. */
const worthARow = (change: TopicChange) =>
  change.movement !== 'out' ||
  [change.impact, change.financial].some((axis) => axis.before !== null || axis.after !== null)

function Score(props: { change: TopicChange['impact']; d: DmComparisonText }) {
  const { change, d } = props
  return (
    <td class="number">
      {formatScore(change.after)}
      {change.before !== null && (
        <span class="hint dm-was">{d.was(formatScore(change.before))}</span>
      )}
    </td>
  )
}

function Movement(props: { change: TopicChange; d: DmComparisonText; c: ComparisonText }) {
  const { change, d, c } = props
  const presence = change.presence === 'new' ? d.isNew : change.presence === 'dropped' && d.dropped
  const steady = change.movement === 'stayed' ? d.stayed : change.movement === 'out' && d.out
  return (
    <>
      {presence && <span class="hint">{presence} </span>}
      {steady && !presence && <span>{steady}</span>}
      <MovementBadge change={change} text={c} />
    </>
  )
}
