import { describe, expect, test } from 'vitest'
import {
  type SnapshotDoubleMateriality,
  sealedRanks,
} from '../../surveys/domain/snapshot-double.ts'
import type { TopicResult } from '../../surveys/scoring/double-materiality.ts'
import { rankTopics } from '../../surveys/scoring/double-materiality-rank.ts'

const topic = (
  code: string,
  impact: number | null,
  financial: number | null,
  material = false,
): TopicResult => ({
  issueId: `id-${code}`,
  code,
  impact,
  financial,
  impactMaterial: false,
  financialMaterial: false,
  material,
  iros: [],
})

const order = (topics: TopicResult[]) => {
  const ranks = rankTopics(topics)
  return topics
    .filter((t) => ranks.has(t.issueId))
    .sort((a, b) => ranks.get(a.issueId)! - ranks.get(b.issueId)!)
    .map((t) => t.code)
}

describe('the rank of double-materiality topics (METHOD-MODE-B.md §9)', () => {
  test('material first, then the higher of I_t and F_t, then the other, then the code', () => {
    const topics = [
      topic('S4.1', null, 4, true),
      topic('E1.1', null, Math.sqrt(6)),
      topic('S2.1', 3.5, null, true),
      topic('S1.1', 3.5, 2, true),
      topic('G1.1', 2, 3.5, true),
      topic('E2.1', 3.2, 3.1),
      topic('E1.10', 2.5, null),
      topic('E1.2', 2.5, null),
    ]
    // S1.1 and G1.1 tie on the higher (3.5) and the other (2); S2.1 has no other: after them.
    // E2.1 scores 3.2 but is not material (e.g. thresholds 3.5): after every material topic.
    // E1.2 and E1.10 (2.5, natural code order) before E1.1 (√6 = 2.449).
    expect(order(topics)).toEqual(['S4.1', 'G1.1', 'S1.1', 'S2.1', 'E2.1', 'E1.2', 'E1.10', 'E1.1'])
    expect(rankTopics(topics).get('id-S4.1')).toBe(1)
  })

  test('scores within 10⁻⁹ are equal; a topic with neither score has no rank', () => {
    const topics = [topic('B', 3 + 1e-12, null), topic('A', 3, null), topic('C', null, null)]
    expect(order(topics)).toEqual(['A', 'B'])
    expect(rankTopics(topics).has('id-C')).toBe(false)
  })

  test('a version sealed with ranks reads them; one sealed before is ranked by the same rule', () => {
    const topics = [
      topic('S2.1', 3.5, null, true),
      topic('S4.1', null, 4, true),
      topic('E2.1', null, null),
    ]
    const double = { topics } as unknown as SnapshotDoubleMateriality
    expect([...sealedRanks(double)]).toEqual([
      ['id-S4.1', 1],
      ['id-S2.1', 2],
    ])
    const sealed = {
      topics: topics.map((t, i) => ({ ...t, rank: [7, 8, null][i] })),
    } as unknown as SnapshotDoubleMateriality
    expect([...sealedRanks(sealed)]).toEqual([
      ['id-S2.1', 7],
      ['id-S4.1', 8],
    ])
  })
})
