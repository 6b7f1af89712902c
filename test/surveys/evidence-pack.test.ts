import { describe, expect, test } from 'vitest'
import { aggregatesCsv } from '../../surveys/reports/evidence-pack.ts'
import { compareCodes } from '../../surveys/scoring/ranking.ts'
import { summarise } from '../../surveys/scoring/statistics.ts'
import { csvObjects } from '../support/csv.ts'
import { demoSnapshot } from '../support/snapshot.ts'

describe('aggregatesCsv', () => {
  // One group with a single answer (possible with nMin = 1), one with only "don't know".
  const snapshot = demoSnapshot()
  const [first, second] = snapshot.issues
  const [one, none] = first!.impact.groups
  Object.assign(one!, { ...summarise({ n: 1, sum: 4, sumSquares: 16 }) })
  Object.assign(none!, { dontKnow: 2, ...summarise({ n: 0, sum: 0, sumSquares: 0 }) })
  const rows = csvObjects(aggregatesCsv(snapshot))
  const row = (code: string, group: string) =>
    rows.find((r) => r['issue code'] === code && r.axis === 'impact' && r.group === group)!

  test('at n = 1 the sd is 0, as the scores were computed with it (METHOD.md §2)', () => {
    expect(row(first!.code, one!.key)).toMatchObject({ n: '1', mean: '4', sd: '0' })
  })

  test('with only "don\'t know" there is no mean', () => {
    expect(row(first!.code, none!.key)).toMatchObject({ n: '0', mean: '', "don't know": '2' })
  })

  test('every other row is the sealed mean and sd', () => {
    const group = second!.impact.groups[0]!
    expect(group.n).toBeGreaterThan(1)
    const sealed = row(second!.code, group.key)
    expect(Number(sealed.mean)).toBe(group.mean)
    expect(Number(sealed.sd)).toBe(group.sd)
  })

  test('lists issues in code order, E2 before E10, in any host locale', () => {
    const codes = [...new Set(rows.map((r) => r['issue code']!))]
    expect(codes).toEqual([...codes].sort(compareCodes))
    expect(['E10', 'E2', 'e1'].sort(compareCodes)).toEqual(['e1', 'E2', 'E10'])
  })
})
