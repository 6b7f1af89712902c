import type { Axis } from '../domain/model.ts'
import type { BorderlineSettings, MaterialityRule } from '../domain/settings.ts'
import type { ScoredIssue } from './models.ts'
import { atLeast, nearlyEqual, TOLERANCE } from './statistics.ts'
import type { AxisThresholds, TopNCut } from './thresholds.ts'
import type { AxisScore, Tier } from './types.ts'

export const MIN_COVERAGE = 0.5
/** Under `se`, the band is never narrower than this: a score 0.05 away is not a clear call. */
export const MIN_BAND = 0.1

export interface Decision {
  tier: Tier
  borderline: boolean
}

interface Conditions {
  insufficient: boolean
  holds: boolean
  oneOfTwo: boolean
  borderline: boolean
  lowCoverage: boolean
}

/** `both` and `either` read both axes; `impactOnly` (GRI 2021) reads impact alone. */
export function axesUsedBy(rule: MaterialityRule): readonly Axis[] {
  return rule === 'impactOnly' ? ['impact'] : ['impact', 'stakeholder']
}

/** The tier under `percentile` or `absolute` thresholds. */
export function decideByAxes(
  issue: ScoredIssue,
  thresholds: AxisThresholds,
  settings: { rule: MaterialityRule; borderline: BorderlineSettings },
): Decision {
  const { rule } = settings
  const used = axesUsedBy(rule)
  const above = (axis: Axis) => isAbove(issue[axis], thresholds[axis])
  const borderline = used.some((axis) =>
    isBorderline(issue[axis], thresholds[axis], settings.borderline),
  )
  const conditions = {
    insufficient: used.some((axis) => issue[axis].score === null),
    holds: ruleHolds(rule, above('impact'), above('stakeholder')),
    oneOfTwo: rule === 'both' && above('impact') !== above('stakeholder'),
    borderline,
    lowCoverage: used.some((axis) => hasLowCoverage(issue[axis])),
  }
  return { tier: tierOf(conditions), borderline }
}

/** The tier under `topN`: the N issues of highest priority hold the rule, whatever the rule. */
export function decideTopN(issue: ScoredIssue, rank: number | undefined, cut: TopNCut): Decision {
  const { priority } = issue
  // Equal priorities straddling the cut cannot be split by the data, so all of them go to review.
  const borderline =
    cut.tiedPriority !== null && priority !== null && nearlyEqual(priority, cut.tiedPriority)
  const conditions = {
    insufficient: priority === null,
    holds: rank !== undefined && rank <= cut.n,
    oneOfTwo: false,
    borderline,
    // P reads both axes, so both must be covered.
    lowCoverage: hasLowCoverage(issue.impact) || hasLowCoverage(issue.stakeholder),
  }
  return { tier: tierOf(conditions), borderline }
}

/**
 * How far either side of a threshold the band reaches for a score with this SE: max(0.10, k·SE),
 * the fixed width, or null when the band is off (or SE is unknown under `se`).
 * @example bandWidth({ mode: 'se', k: 1.96 }, 0.2) // 0.392
 */
export function bandWidth(setting: BorderlineSettings, se: number | null): number | null {
  if (setting.mode === 'off') return null
  if (setting.mode === 'fixed') return setting.width
  return se === null ? null : Math.max(MIN_BAND, setting.k * se)
}

/** |S − T| ≤ the band's width (bandWidth). */
export function isBorderline(
  axis: AxisScore,
  threshold: number,
  setting: BorderlineSettings,
): boolean {
  const band = bandWidth(setting, axis.se)
  if (axis.score === null || band === null) return false
  return Math.abs(axis.score - threshold) <= band + TOLERANCE
}

/** C < 0.5. */
export function hasLowCoverage(axis: AxisScore): boolean {
  return !atLeast(axis.coverage, MIN_COVERAGE)
}

function isAbove(axis: AxisScore, threshold: number): boolean {
  return axis.score !== null && atLeast(axis.score, threshold)
}

function ruleHolds(rule: MaterialityRule, impact: boolean, stakeholder: boolean): boolean {
  if (rule === 'both') return impact && stakeholder
  if (rule === 'either') return impact || stakeholder
  return impact
}

function tierOf(c: Conditions): Tier {
  // Without a score on an axis the rule reads the data cannot decide: management does.
  if (c.insufficient) return 'review'
  if (c.holds && !c.borderline && !c.lowCoverage) return 'material'
  if (c.oneOfTwo || c.borderline || c.lowCoverage) return 'review'
  return 'not-material'
}
