import type { Axis } from '../domain/model.ts'
import type { ThresholdSettings } from '../domain/settings.ts'
import type { ScoredIssue } from './models.ts'
import { nearlyEqual, quantile } from './statistics.ts'

export type AxisThresholds = Record<Axis, number>

export type AxisThresholdSettings = Exclude<ThresholdSettings, { mode: 'topN' }>

/** Where the `topN` cut falls. */
export interface TopNCut {
  n: number
  /** P of the N-th ranked issue; null when fewer than N issues have a priority (all are in). */
  cutPriority: number | null
  /** The priority shared by the N-th and the N+1-th issue, when they tie; else null. */
  tiedPriority: number | null
}

/** (K + 1)/2: 3 on the 5-point scale, 4 on the 7-point one. */
export function neutralPoint(scaleMax: number): number {
  return (scaleMax + 1) / 2
}

/** T_a = max((K+1)/2, Q_p) over the non-null scores; the neutral point when there are none. */
export function percentileThreshold(
  scores: readonly (number | null)[],
  p: number,
  scaleMax: number,
): number {
  const present = scores.filter((score) => score !== null).sort((a, b) => a - b)
  // The floor keeps a uniformly low-rated list from calling issues below neutral material.
  if (present.length === 0) return neutralPoint(scaleMax)
  return Math.max(neutralPoint(scaleMax), quantile(present, p))
}

/** T per axis under `percentile` or `absolute`. */
export function axisThresholds(
  issues: readonly ScoredIssue[],
  threshold: AxisThresholdSettings,
  scaleMax: number,
): AxisThresholds {
  if (threshold.mode === 'absolute') {
    return { impact: threshold.impact, stakeholder: threshold.stakeholder }
  }
  const on = (axis: Axis) => issues.map((issue) => issue[axis].score)
  return {
    impact: percentileThreshold(on('impact'), threshold.p, scaleMax),
    stakeholder: percentileThreshold(on('stakeholder'), threshold.p, scaleMax),
  }
}

/** Where the `topN` cut falls, from the ranks. */
export function topNCut(
  issues: readonly ScoredIssue[],
  ranks: ReadonlyMap<string, number>,
  n: number,
): TopNCut {
  const byRank: number[] = []
  for (const issue of issues) {
    const rank = ranks.get(issue.id)
    if (rank !== undefined && issue.priority !== null) byRank[rank - 1] = issue.priority
  }
  const cutPriority = byRank[n - 1] ?? null
  const next = byRank[n]
  const tied = cutPriority !== null && next !== undefined && nearlyEqual(cutPriority, next)
  return { n, cutPriority, tiedPriority: tied ? cutPriority : null }
}
