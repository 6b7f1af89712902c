import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { MagnitudeBands } from '../../surveys/domain/double-materiality.ts'
import { assessorProgress, isFullyScored } from '../../surveys/scoring/assessor-progress.ts'

describe('isFullyScored', () => {
  test('an impact needs every component its type takes', () => {
    const negative = { type: 'negative-impact', actual: false, horizons: [] } as const
    expect(isFullyScored(negative, { scale: 3, scope: 3, irremediability: 2 })).toBe(false)
    expect(isFullyScored(negative, { scale: 3, scope: 3, irremediability: 2, likelihood: 4 })).toBe(
      true,
    )
    expect(
      isFullyScored(negative, { scale: 3, scope: null, irremediability: 2, likelihood: 4 }),
    ).toBe(false)
    const positive = { type: 'positive-impact', actual: true, horizons: [] } as const
    expect(isFullyScored(positive, { scale: 1, scope: 1 })).toBe(true)
    expect(isFullyScored(positive, null)).toBe(false)
  })

  test('a risk needs both scores of each horizon it lists, or of one when it lists none', () => {
    const listed = { type: 'risk', actual: false, horizons: ['short', 'long'] } as const
    const short = { magnitude: 3, likelihood: 2 }
    expect(isFullyScored(listed, { horizons: { short } })).toBe(false)
    expect(isFullyScored(listed, { horizons: { short, long: { magnitude: 4 } } })).toBe(false)
    expect(isFullyScored(listed, { horizons: { short, long: short } })).toBe(true)
    const any = { type: 'opportunity', actual: false, horizons: [] } as const
    expect(isFullyScored(any, { horizons: { medium: short } })).toBe(true)
    expect(isFullyScored(any, { horizons: { medium: { magnitude: 2, likelihood: null } } })).toBe(
      false,
    )
  })
})

describe('assessorProgress', () => {
  const impact = (id: string, scores: { assessor: string; scale?: number; scope?: number }[]) => ({
    id,
    type: 'positive-impact' as const,
    actual: true,
    horizons: [],
    scores: scores.map(({ assessor, ...s }) => ({ assessor, scores: s })),
  })

  test('scored / assigned per assessor, what is left in register order, unassigned apart', () => {
    const progress = assessorProgress({
      iros: [
        impact('1', [{ assessor: '7', scale: 2, scope: 2 }]),
        impact('2', [{ assessor: '7', scale: 2 }]),
        impact('3', [{ assessor: '9', scale: 5, scope: 4 }]),
      ],
      assignments: [
        { iroId: '1', assessorId: '7' },
        { iroId: '2', assessorId: '7' },
        { iroId: '3', assessorId: '7' },
        { iroId: '1', assessorId: '8' },
      ],
    })
    expect(progress).toEqual([
      { assessorId: '7', assigned: 3, scored: 1, remaining: ['2', '3'], scoredUnassigned: 0 },
      { assessorId: '8', assigned: 1, scored: 0, remaining: ['1'], scoredUnassigned: 0 },
      { assessorId: '9', assigned: 0, scored: 0, remaining: [], scoredUnassigned: 1 },
    ])
  })
})

describe('MagnitudeBands', () => {
  test('four rising limits of a named basis', () => {
    expect(v.is(MagnitudeBands, { basis: 'EBITDA', limits: [0.5, 1, 2.5, 5] })).toBe(true)
    expect(v.is(MagnitudeBands, { basis: 'EBITDA', limits: [0.5, 0.5, 2.5, 5] })).toBe(false)
    expect(v.is(MagnitudeBands, { basis: 'EBITDA', limits: [0.5, 1, 2.5] })).toBe(false)
    expect(v.is(MagnitudeBands, { basis: ' ', limits: [0.5, 1, 2.5, 5] })).toBe(false)
  })
})
