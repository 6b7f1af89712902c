import type { TopicResult } from './double-materiality.ts'
import { compareCodes } from './ranking.ts'
import { nearlyEqual } from './statistics.ts'

type Rankable = Pick<TopicResult, 'issueId' | 'code' | 'impact' | 'financial' | 'material'>

/** What decides a topic's rank, in the order surveys/METHOD-MODE-B.md §9 applies it. */
interface TopicRankKey {
  material: boolean
  /** max(I_t, F_t): the topic's stronger dimension. */
  higher: number
  /** The other dimension; -Infinity when it has no score. */
  lower: number
  code: string
  issueId: string
}

function keyOf(topic: Rankable): TopicRankKey | null {
  const scores = [topic.impact, topic.financial].filter((value) => value !== null)
  if (scores.length === 0) return null
  const higher = Math.max(...scores)
  const lower = scores.length === 2 ? Math.min(...scores) : Number.NEGATIVE_INFINITY
  return { material: topic.material, higher, lower, code: topic.code, issueId: topic.issueId }
}

const descending = (a: number, b: number) => (nearlyEqual(a, b) || a === b ? 0 : b - a)

function compareKeys(a: TopicRankKey, b: TopicRankKey): number {
  return (
    Number(b.material) - Number(a.material) ||
    descending(a.higher, b.higher) ||
    descending(a.lower, b.lower) ||
    compareCodes(a.code, b.code)
  )
}

/**
 * The rank of each topic of a double-materiality result (surveys/METHOD-MODE-B.md §9): material
 * topics first, then by the higher of I_t and F_t, then the other (a missing one last), then the
 * code. A topic with neither score has no rank. Rank 1 = highest, by topic id.
 * @example rankTopics([{ issueId: '1', code: 'E1.1', impact: null, financial: 4, material: true }]) // Map { '1' => 1 }
 */
export function rankTopics(topics: readonly Rankable[]): Map<string, number> {
  const keys = topics.map(keyOf).filter((key) => key !== null)
  keys.sort(compareKeys)
  return new Map(keys.map((key, i) => [key.issueId, i + 1]))
}
