import { AXES, type Axis } from '../domain/model.ts'
import { type Counts, scoreAxis, scoreGroup, type WeightedGroup } from './axis.ts'
import type { Aggregate, AxisScore, ScoringInput, ScoringIssue } from './types.ts'

/** What one computation scores: the groups with the weights in force and their answer counts. */
export interface Model {
  issues: readonly ScoringIssue[]
  groups: readonly WeightedGroup[]
  counts: ReadonlyMap<string, Counts>
}

export interface ScoredIssue {
  id: string
  code: string
  impact: AxisScore
  stakeholder: AxisScore
  priority: number | null
}

// Not a valid group key (keys are lower-case words), so it cannot collide with a real group.
const POOLED_KEY = '*pooled'

/** The main result: each group's own weight, or its what-if weight when one is given. */
export function weightedModel(input: ScoringInput): Model {
  const groups = input.groups.map((group) => {
    const weight = input.weights?.[group.key] ?? group.weight
    if (!(weight >= 0 && Number.isFinite(weight))) {
      throw new RangeError(`The weight of group ${group.key} must be a number ≥ 0.`)
    }
    return { ...group, weight }
  })
  return { issues: input.issues, groups, counts: indexCounts(input, (a) => a.groupKey) }
}

/** Sensitivity: every source group weighs 1, including groups weighted 0 in the main result. */
export function equalWeightsModel(input: ScoringInput): Model {
  const groups = input.groups.map((group) => ({ ...group, weight: 1 }))
  return { issues: input.issues, groups, counts: indexCounts(input, (a) => a.groupKey) }
}

/** Sensitivity: all respondents of an axis's source groups as one group (groups ignored). */
export function pooledModel(input: ScoringInput): Model {
  // indexCounts admits only rows from an axis's source groups, so one group rating every axis
  // pools exactly axisSources[a]; an axis without sources gets no answers and coverage 0.
  const groups = [{ key: POOLED_KEY, weight: 1, axes: AXES }]
  return { issues: input.issues, groups, counts: indexCounts(input, () => POOLED_KEY) }
}

/** Both axis scores and the priority P = (S(impact) + S(stakeholder))/2 of one issue. */
export function scoreIssue(issue: ScoringIssue, model: Model, nMin: number): ScoredIssue {
  const impact = scoreIssueAxis(issue, 'impact', model, nMin)
  const stakeholder = scoreIssueAxis(issue, 'stakeholder', model, nMin)
  const priority =
    impact.score === null || stakeholder.score === null
      ? null
      : (impact.score + stakeholder.score) / 2
  return { id: issue.id, code: issue.code, impact, stakeholder, priority }
}

function scoreIssueAxis(issue: ScoringIssue, axis: Axis, model: Model, nMin: number): AxisScore {
  const sources = model.groups.filter((group) => group.axes.includes(axis))
  const counts = (group: WeightedGroup) => model.counts.get(countKey(issue.id, axis, group.key))
  return scoreAxis(sources.map((group) => scoreGroup(group, counts(group), nMin)))
}

/**
 * Counts per (issue, axis, key). Rows for a group that is unknown or does not rate the axis are
 * left out; rows sharing a key are added, which is exact because they are sums.
 */
function indexCounts(input: ScoringInput, keyOf: (row: Aggregate) => string): Map<string, Counts> {
  const groups = new Map(input.groups.map((group) => [group.key, group]))
  const counts = new Map<string, Counts>()
  for (const row of input.aggregates) {
    if (!groups.get(row.groupKey)?.axes.includes(row.axis)) continue
    const key = countKey(row.issueId, row.axis, keyOf(row))
    const seen = counts.get(key) ?? { n: 0, sum: 0, sumSquares: 0, dontKnow: 0 }
    counts.set(key, {
      n: seen.n + row.n,
      sum: seen.sum + row.sum,
      sumSquares: seen.sumSquares + row.sumSquares,
      dontKnow: seen.dontKnow + row.dontKnow,
    })
  }
  return counts
}

function countKey(issueId: string, axis: Axis, groupKey: string): string {
  return JSON.stringify([issueId, axis, groupKey])
}
