import { type DraftDecision, type ExplainRules, needsRationale } from '#surveys/domain/confirmation'
import type { Aspect } from '#surveys/domain/model'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'
import type { IssueFlag, Tier } from '#surveys/scoring/score-matrix'
import type { Draft } from './draft.ts'

/** What a bulk decision sets: one answer for all, or each issue's computed tier. */
export type BulkChoice = 'material' | 'not-material' | 'proposal'

/** Which issues "select matching" picks; '' matches any. */
export interface BulkFilter {
  tier: Tier | ''
  flag: IssueFlag | ''
  aspect: Aspect | ''
}

/** The issues (ids, rank order) that match every part of the filter. */
export function matchingIssues(issues: readonly MatrixIssue[], filter: BulkFilter): string[] {
  return issues
    .filter(
      (issue) =>
        (filter.tier === '' || issue.tier === filter.tier) &&
        (filter.flag === '' || issue.flags.includes(filter.flag)) &&
        (filter.aspect === '' || issue.aspect === filter.aspect),
    )
    .map((issue) => issue.id)
}

/** The decision a choice gives an issue of this tier; null: no proposal (review issues). */
export function bulkMaterial(choice: BulkChoice, tier: Tier): boolean | null {
  if (choice === 'proposal') return tier === 'review' ? null : tier === 'material'
  return choice === 'material'
}

/** Whether any selected issue would need a written reason after the choice. */
export function bulkNeedsReason(
  tiers: ReadonlyMap<string, Tier>,
  selected: readonly string[],
  choice: BulkChoice,
  explain: ReadonlyMap<string, ExplainRules> = new Map(),
): boolean {
  return selected.some((issueId) => {
    const tier = tiers.get(issueId)
    const material = tier && bulkMaterial(choice, tier)
    return (
      tier !== undefined && material != null && needsRationale(tier, material, explain.get(issueId))
    )
  })
}

/**
 * The draft with the choice applied to every selected issue and the reason stored on each,
 * marked as shared. An issue keeps its place in the order if it stays material; newly material
 * ones join the end in rank order. Review issues have no proposal: `skipped` counts them.
 * @example applyBulk(draft, tiers, ['3', '5'], 'not-material', 'Outside our operations in FY2025.')
 */
export function applyBulk(
  draft: Draft,
  tiers: ReadonlyMap<string, Tier>,
  selected: readonly string[],
  choice: BulkChoice,
  reason: string,
): { draft: Draft; decided: number; skipped: number } {
  const chosen = new Set(selected)
  const shared = reason.trim() !== ''
  let decided = 0
  let skipped = 0
  const decisions = draft.decisions.map((d): DraftDecision => {
    const tier = tiers.get(d.issueId)
    if (!chosen.has(d.issueId) || !tier) return d
    const material = bulkMaterial(choice, tier)
    if (material === null) {
      skipped += 1
      return d
    }
    decided += 1
    return { issueId: d.issueId, material, rationale: shared ? reason : '', shared }
  })
  const material = new Set(decisions.filter((d) => d.material === true).map((d) => d.issueId))
  const kept = draft.order.filter((issueId) => material.has(issueId))
  const added = decisions
    .filter((d) => material.has(d.issueId) && !kept.includes(d.issueId))
    .map((d) => d.issueId)
  return { draft: { decisions, order: [...kept, ...added] }, decided, skipped }
}
