import type { Axis } from '../domain/model.ts'
import { type Sums, summarise, total } from './statistics.ts'
import type { AxisScore, GroupScore } from './types.ts'

export interface Counts extends Sums {
  dontKnow: number
}

/** A group with the weight in force for one computation (own, what-if, equal or pooled). */
export interface WeightedGroup {
  key: string
  weight: number
  axes: readonly Axis[]
}

type EligibleGroup = GroupScore & { mean: number }

const NO_ANSWERS: Counts = { n: 0, sum: 0, sumSquares: 0, dontKnow: 0 }

/** n, mean, s and eligibility of one group on one issue and axis. */
export function scoreGroup(
  group: WeightedGroup,
  counts: Counts | undefined,
  nMin: number,
): GroupScore {
  const { n, mean, sd } = summarise(counts ?? NO_ANSWERS)
  // A group weighted 0 adds nothing to S, so it must not move the spread (contested) either.
  const eligible = mean !== null && n >= nMin && group.weight > 0
  const dontKnow = counts?.dontKnow ?? 0
  return { key: group.key, weight: group.weight, n, mean, sd, dontKnow, eligible }
}

/** S, coverage, SE and spread of one issue on one axis from its source groups (METHOD.md §3). */
export function scoreAxis(groups: GroupScore[]): AxisScore {
  const eligible = groups.filter(isEligible)
  const base = {
    coverage: coverageOf(groups, eligible),
    n: total(groups.map((group) => group.n)),
    dontKnow: total(groups.map((group) => group.dontKnow)),
    groups,
  }
  if (eligible.length === 0) return { ...base, score: null, se: null, spread: null }
  const weight = total(eligible.map((group) => group.weight))
  const score = total(eligible.map((group) => group.weight * group.mean)) / weight
  const variances = eligible.map((g) => ((g.weight / weight) ** 2 * g.sd ** 2) / g.n)
  const means = eligible.map((group) => group.mean)
  const spread = Math.max(...means) - Math.min(...means)
  return { ...base, score, se: Math.sqrt(total(variances)), spread }
}

// With no weighted source group at all (Σw = 0) nothing is covered: 0, not 0/0.
function coverageOf(groups: GroupScore[], eligible: EligibleGroup[]): number {
  const sourceWeight = total(groups.map((group) => group.weight))
  if (sourceWeight === 0) return 0
  return total(eligible.map((group) => group.weight)) / sourceWeight
}

function isEligible(group: GroupScore): group is EligibleGroup {
  return group.eligible
}
