import { useState } from 'preact/hooks'
import type { DoubleComparison } from '#surveys/domain/year-over-year-double'
import { type DmThresholds, materialUnder } from '#surveys/scoring/dm-what-if'
import { useLocale } from '../../shared/locale.tsx'
import { arrowsOf, type YearArrow } from '../matrix/chart-arrows.ts'
import { dmChartModel, topicName } from './dm-model.ts'
import type { WhatIfInput } from './dm-what-if.tsx'
import type { DoubleMateriality } from './iro-types.ts'

export type DmTopic = DoubleMateriality['topics'][number]

/**
 * The matrix's state: the what-if thresholds typed (never saved; an empty or zero field falls
 * back to the locked one), the topic clicked, the topics with a score to draw and the chart's
 * model of them.
 */
export function useDmMatrix(
  result: DoubleMateriality,
  year: { double: DoubleComparison | null; all: boolean },
) {
  const { locale } = useLocale()
  const locked = result.thresholds
  const [whatIf, setWhatIf] = useState<WhatIfInput>({
    impact: locked.impact === null ? '' : String(locked.impact),
    financial: locked.financial === null ? '' : String(locked.financial),
  })
  const [selected, setSelected] = useState<string>()
  const thresholds: DmThresholds = {
    impact: locked.impact === null ? null : Number(whatIf.impact) || locked.impact,
    financial: locked.financial === null ? null : Number(whatIf.financial) || locked.financial,
  }
  const topics = result.topics.filter((topic) => topic.impact !== null || topic.financial !== null)
  const name = (topic: DmTopic) => topicName(topic, locale)
  const model = dmChartModel({
    topics,
    formula: result.formula,
    thresholds,
    locale,
    arrows: dmArrows(topics, year.double, thresholds, year.all),
    onSelect: setSelected,
  })
  return {
    locked,
    whatIf,
    setWhatIf,
    thresholds,
    topics,
    name,
    model,
    select: setSelected,
    topic: topics.find((entry) => entry.issueId === selected),
  }
}

/**
 * Year-over-year arrows: from each topic's (I_t, F_t) in the earlier year to its point now, for
 * topics scored on both axes in both years (a partial point sits on an edge, not at a score).
 */
function dmArrows(
  topics: readonly DmTopic[],
  double: DoubleComparison | null,
  thresholds: DmThresholds,
  all: boolean,
): YearArrow[] {
  if (!double) return []
  const now = new Map(topics.map((topic) => [topic.code, topic]))
  const moves = double.topics.flatMap((change): YearArrow[] => {
    const topic = now.get(change.code)
    const from = change.arrowFrom
    if (!from || !topic || topic.impact === null || topic.financial === null) return []
    return [
      {
        code: change.code,
        from: { x: from.impact, y: from.financial },
        to: { x: topic.impact, y: topic.financial },
        material: materialUnder(topic, thresholds),
      },
    ]
  })
  return arrowsOf(moves, { all })
}
