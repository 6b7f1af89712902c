/**
 * Step 3 of a double-materiality assessment (issue 15 §8): the proposal management starts from is
 * each topic's `material` in the double-materiality result (surveys/METHOD-MODE-B.md §3–4), and
 * the climate topic must be explained when decided not material. Decisions, reasons, drafts and
 * bulk decisions then follow the rules of surveys/domain/confirmation.ts unchanged.
 */

import type { TopicResult } from '../scoring/double-materiality.ts'
import type { Tier } from '../scoring/score-matrix.ts'
import { isClimateTopic } from './climate.ts'
import type { ComputedIssue } from './confirmation.ts'

/**
 * A topic's proposal: material or not as the result says; not material when no impact, risk or
 * opportunity was identified under it; review (management decides, with a reason) when it has
 * IROs but none has a score on either dimension (METHODOLOGY.md (d), "no data on an axis").
 */
export function doubleMaterialityTier(topic: TopicResult | undefined): Tier {
  if (!topic || topic.iros.length === 0) return 'not-material'
  if (topic.impact === null && topic.financial === null) return 'review'
  return topic.material ? 'material' : 'not-material'
}

/**
 * The computed issues of a double-materiality confirmation, in the order of `issues`.
 * @example doubleMaterialityComputed([{ id: '7', code: 'E1.1', hkex: { aspect: 'A4' } }], topics)
 */
export function doubleMaterialityComputed(
  issues: readonly { id: string; code: string; hkex: { aspect: string } }[],
  topics: readonly TopicResult[],
  /** Topics whose stakeholder view is 1.0 or more from the expert score (issue 15.6). */
  gaps: ReadonlySet<string> = new Set(),
): ComputedIssue[] {
  const byId = new Map(topics.map((topic) => [topic.issueId, topic]))
  return issues.map((issue) => ({
    issueId: issue.id,
    code: issue.code,
    tier: doubleMaterialityTier(byId.get(issue.id)),
    ...(isClimateTopic(issue) ? { explainIfNotMaterial: true } : {}),
    ...(gaps.has(issue.id) ? { explainAlways: true } : {}),
  }))
}
