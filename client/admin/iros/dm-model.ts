import { doubleText } from '#surveys/i18n/double-materiality'
import type { Locale } from '#surveys/i18n/locales'
import type { DmFigureTopic } from '#surveys/reports/dm-figure'
import { formatScore } from '#surveys/reports/matrix-footnote'
import { type DmThresholds, materialUnder } from '#surveys/scoring/dm-what-if'
import type { YearArrow } from '../matrix/chart-arrows.ts'
import type { DmModel, DmPoint } from './dm-chart-module.ts'

/** A topic as the chart and the table name it: its code and its name in `locale`. */
export const topicName = (topic: DmFigureTopic, locale: Locale) =>
  `${topic.code} ${topic.names?.[locale] ?? ''}`

/**
 * The chart's model of a double-materiality result (the IROs tab and the disclosure draw the
 * same chart): a point per topic given, on the edge and hollow when scored on one axis only,
 * material under `thresholds`, the threshold lines, the axes named in `locale`.
 */
export function dmChartModel(input: {
  topics: readonly DmFigureTopic[]
  formula: 'mode-b' | 'severity-likelihood'
  thresholds: DmThresholds
  locale: Locale
  /** Year over year: arrows from each topic's earlier point (none in the disclosure). */
  arrows?: YearArrow[]
  onSelect(issueId: string): void
}): DmModel {
  const t = doubleText[input.locale]
  const min = input.formula === 'mode-b' ? 1 : 0
  const points: DmPoint[] = input.topics.map((topic) => ({
    x: topic.impact ?? min,
    y: topic.financial ?? min,
    issueId: topic.issueId,
    code: topic.code,
    label: `${topicName(topic, input.locale)}: ${formatScore(topic.impact, t.noScore)} / ${formatScore(topic.financial, t.noScore)}`,
    material: materialUnder(topic, input.thresholds),
    partial: topic.impact === null || topic.financial === null,
  }))
  return {
    points,
    thresholds: input.thresholds,
    axes: { impact: t.axisImpact, financial: t.axisFinancial, threshold: '' },
    min,
    arrows: input.arrows ?? [],
    onSelect: input.onSelect,
  }
}
