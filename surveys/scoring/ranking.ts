import type { ScoredIssue } from './models.ts'
import { nearlyEqual } from './statistics.ts'

/** What decides an issue's rank, in the order surveys/METHOD.md §4 applies it. */
export interface RankKey {
  priority: number
  impact: number
  stakeholder: number
  /** max(D(impact), D(stakeholder)). */
  spread: number
  code: string
  id: string
}

/** Rank 1 = highest, by issue id; issues without a priority have no rank. */
export function rankIssues(issues: readonly ScoredIssue[]): Map<string, number> {
  const keys = issues.map(rankKeyOf).filter((key) => key !== null)
  keys.sort(compareRankKeys)
  return new Map(keys.map((key, i) => [key.id, i + 1]))
}

/** P desc, S(impact) desc, S(stakeholder) desc, the smaller spread first, then code. */
export function compareRankKeys(a: RankKey, b: RankKey): number {
  return (
    descending(a.priority, b.priority) ||
    descending(a.impact, b.impact) ||
    descending(a.stakeholder, b.stakeholder) ||
    ascending(a.spread, b.spread) ||
    compareCodes(a.code, b.code) ||
    // Codes are unique in an assessment; the id only keeps the order total if they are not.
    compareIds(a.id, b.id)
  )
}

/**
 * Issue codes in natural order, "E2" before "E10", in a fixed locale so the order never depends
 * on the machine's: the one code comparison (ranking, figure, reports, the admin chart).
 * @example ['E10', 'E2'].sort(compareCodes) // ['E2', 'E10']
 */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}

function rankKeyOf(issue: ScoredIssue): RankKey | null {
  const { priority, impact, stakeholder } = issue
  if (priority === null || impact.score === null || stakeholder.score === null) return null
  // A score implies an eligible group, so the spread exists whenever the score does.
  const spread = Math.max(impact.spread ?? 0, stakeholder.spread ?? 0)
  const scores = { impact: impact.score, stakeholder: stakeholder.score }
  return { priority, ...scores, spread, code: issue.code, id: issue.id }
}

function descending(a: number, b: number): number {
  return nearlyEqual(a, b) ? 0 : b - a
}

function ascending(a: number, b: number): number {
  return nearlyEqual(a, b) ? 0 : a - b
}

export function compareIds(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}
