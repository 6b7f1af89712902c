/**
 * Mode A scoring (surveys/METHOD.md): group-balanced scores, thresholds, tiers, ranks and sensitivity.
 * Pure and in full precision, so an assurance provider can recompute every number.
 */
import { type EvaluatedIssue, evaluate } from './evaluate.ts'
import { equalWeightsModel, pooledModel, weightedModel } from './models.ts'
import { compareCodes, compareIds } from './ranking.ts'
import { atLeast } from './statistics.ts'
import { hasLowCoverage } from './tiers.ts'
import type { IssueFlag, IssueScore, MatrixScores, ScoringInput, Tier } from './types.ts'

export { quantile, summarise } from './statistics.ts'
export { axesUsedBy, bandWidth } from './tiers.ts'
export type {
  Aggregate,
  AxisScore,
  GroupScore,
  IssueFlag,
  IssueScore,
  MatrixScores,
  ScoringGroup,
  ScoringInput,
  Thresholds,
  Tier,
} from './types.ts'

const CONTESTED_SPREAD = 1.5

const FLAGS: readonly IssueFlag[] = [
  'insufficient-data',
  'low-coverage',
  'contested',
  'borderline',
  'sensitive',
]

type Sensitivity = IssueScore['sensitivity']

/**
 * Scores every issue on both axes, sets the thresholds, tiers and ranks the issues, and runs
 * the pooled-mean and equal-weights variants beside the result.
 */
export function scoreMatrix(input: ScoringInput): MatrixScores {
  const { settings } = input
  const main = evaluate(weightedModel(input), settings)
  const pooled = tiersById(evaluate(pooledModel(input), settings).issues)
  const equalWeights = tiersById(evaluate(equalWeightsModel(input), settings).issues)
  const issues = main.issues.map((issue) =>
    toIssueScore(issue, {
      pooled: pooled.get(issue.id)!,
      equalWeights: equalWeights.get(issue.id)!,
    }),
  )
  return {
    scaleMax: settings.scaleMax,
    rule: settings.rule,
    thresholds: main.thresholds,
    cutPriority: main.cutPriority,
    issues: issues.sort(compareListed),
  }
}

function tiersById(issues: readonly EvaluatedIssue[]): Map<string, Tier> {
  return new Map(issues.map((issue) => [issue.id, issue.tier]))
}

function toIssueScore(issue: EvaluatedIssue, sensitivity: Sensitivity): IssueScore {
  const { id, code, impact, stakeholder, priority, tier, rank } = issue
  const flags = flagsOf(issue, sensitivity.pooled !== tier || sensitivity.equalWeights !== tier)
  return { id, code, impact, stakeholder, priority, tier, rank, flags, sensitivity }
}

function flagsOf(issue: EvaluatedIssue, sensitive: boolean): IssueFlag[] {
  const axes = [issue.impact, issue.stakeholder]
  const raised: Record<IssueFlag, boolean> = {
    'insufficient-data': axes.some((axis) => axis.score === null),
    'low-coverage': axes.some(hasLowCoverage),
    contested: axes.some((axis) => axis.spread !== null && atLeast(axis.spread, CONTESTED_SPREAD)),
    borderline: issue.borderline,
    sensitive,
  }
  return FLAGS.filter((flag) => raised[flag])
}

function compareListed(a: IssueScore, b: IssueScore): number {
  if (a.rank !== null && b.rank !== null) return a.rank - b.rank
  if (a.rank !== null) return -1
  if (b.rank !== null) return 1
  return compareCodes(a.code, b.code) || compareIds(a.id, b.id)
}
