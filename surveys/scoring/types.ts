import type { Axis } from '../domain/model.ts'
import type { MaterialityRule, ScoringSettings } from '../domain/settings.ts'

/** The sums the database returns for one (issue, axis, group): non-null scores and "don't know"s. */
export interface Aggregate {
  issueId: string
  axis: Axis
  groupKey: string
  /** Non-null answers. */
  n: number
  sum: number
  sumSquares: number
  dontKnow: number
}

/** A stakeholder group as scoring sees it: its weight and the axes it rates (axisSources). */
export interface ScoringGroup {
  key: string
  weight: number
  axes: readonly Axis[]
}

/** An issue as scoring sees it; the caller joins names and mappings. */
export interface ScoringIssue {
  id: string
  code: string
}

export interface ScoringInput {
  issues: readonly ScoringIssue[]
  groups: readonly ScoringGroup[]
  aggregates: readonly Aggregate[]
  settings: ScoringSettings
  /** What-if weights by group key; a group not listed keeps its own weight. */
  weights?: Readonly<Record<string, number>>
}

export type Tier = 'material' | 'review' | 'not-material'

export type IssueFlag =
  | 'insufficient-data'
  | 'low-coverage'
  | 'contested'
  | 'borderline'
  | 'sensitive'

/** One source group's answers on one issue and axis, for tooltips and recomputation. */
export interface GroupScore {
  key: string
  /** The weight used: the what-if weight when one is given. */
  weight: number
  n: number
  mean: number | null
  sd: number
  dontKnow: number
  /** Counts towards the score: n ≥ nMin and weight > 0. */
  eligible: boolean
}

export interface AxisScore {
  score: number | null
  coverage: number
  se: number | null
  spread: number | null
  /** Non-null answers from every source group of the axis, eligible or not. */
  n: number
  dontKnow: number
  groups: GroupScore[]
}

export interface IssueScore {
  id: string
  code: string
  impact: AxisScore
  stakeholder: AxisScore
  priority: number | null
  tier: Tier
  rank: number | null
  flags: IssueFlag[]
  sensitivity: { pooled: Tier; equalWeights: Tier }
}

export interface Thresholds {
  impact: number | null
  stakeholder: number | null
}

export interface MatrixScores {
  scaleMax: number
  rule: MaterialityRule
  thresholds: Thresholds
  /** The priority of the N-th issue under `topN`; null otherwise. */
  cutPriority: number | null
  /** Sorted by rank; issues without a rank last, by code. */
  issues: IssueScore[]
}
