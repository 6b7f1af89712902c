/** What-if thresholds of the double-materiality matrix: tried on the page and in its exports. */
export interface DmThresholds {
  impact: number | null
  financial: number | null
}

const reaches = (score: number | null, threshold: number | null) =>
  score !== null && threshold !== null && score >= threshold - 1e-9

/**
 * A topic's materiality under (what-if) thresholds of Mode B: impact or financial score at its
 * threshold. The preset has no topic thresholds (null): its per-type decision stands.
 * @example materialUnder({ impact: 3.2, financial: null, material: true }, { impact: 3.5, financial: 3 }) // false
 */
export function materialUnder(
  topic: { impact: number | null; financial: number | null; material: boolean },
  thresholds: DmThresholds,
): boolean {
  if (thresholds.impact === null || thresholds.financial === null) return topic.material
  return reaches(topic.impact, thresholds.impact) || reaches(topic.financial, thresholds.financial)
}
