import type { Axis } from '../domain.ts'
import type { MaterialityRule } from '../settings.ts'
import type { ScoredIssue } from './models.ts'
import { atLeast, nearlyEqual, TOLERANCE } from './statistics.ts'
import type { AxisThresholds, TopNCut } from './thresholds.ts'
import type { AxisScore, Tier } from './types.ts'

export const MIN_COVERAGE = 0.5
const BORDERLINE_BAND = 0.1
const Z_95 = 1.96

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
  rule: MaterialityRule,
): Decision {
  const used = axesUsedBy(rule)
  const above = (axis: Axis) => isAbove(issue[axis], thresholds[axis])
  const borderline = used.some((axis) => isBorderline(issue[axis], thresholds[axis]))
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

/** |S − T| ≤ max(0.10, 1.96·SE). */
export function isBorderline(axis: AxisScore, threshold: number): boolean {
  if (axis.score === null || axis.se === null) return false
  const band = Math.max(BORDERLINE_BAND, Z_95 * axis.se)
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
