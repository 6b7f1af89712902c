import type { ScoringSettings } from '../domain/settings.ts'
import { type Model, type ScoredIssue, scoreIssue } from './models.ts'
import { rankIssues } from './ranking.ts'
import { axisThresholds, topNCut } from './thresholds.ts'
import { type Decision, decideByAxes, decideTopN } from './tiers.ts'
import type { Thresholds } from './types.ts'

export interface EvaluatedIssue extends ScoredIssue, Decision {
  rank: number | null
}

export interface Evaluation {
  thresholds: Thresholds
  cutPriority: number | null
  issues: EvaluatedIssue[]
}

/** Scores, ranks, thresholds and tiers of one model: the main result or a sensitivity variant. */
export function evaluate(model: Model, settings: ScoringSettings): Evaluation {
  const scored = model.issues.map((issue) => scoreIssue(issue, model, settings.nMin))
  const ranks = rankIssues(scored)
  const withRank = (issue: ScoredIssue, decision: Decision): EvaluatedIssue => ({
    ...issue,
    ...decision,
    rank: ranks.get(issue.id) ?? null,
  })
  const { threshold } = settings
  if (threshold.mode === 'topN') {
    const cut = topNCut(scored, ranks, threshold.n)
    const issues = scored.map((issue) =>
      withRank(issue, decideTopN(issue, ranks.get(issue.id), cut)),
    )
    return { thresholds: { impact: null, stakeholder: null }, cutPriority: cut.cutPriority, issues }
  }
  const thresholds = axisThresholds(scored, threshold, settings.scaleMax)
  const issues = scored.map((issue) => withRank(issue, decideByAxes(issue, thresholds, settings)))
  return { thresholds, cutPriority: null, issues }
}
