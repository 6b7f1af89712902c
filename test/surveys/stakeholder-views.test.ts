import { describe, expect, test } from 'vitest'
import { esrsRoleOf } from '../../surveys/domain/esrs-roles.ts'
import { DEFAULT_STAKEHOLDER_GROUPS } from '../../surveys/domain/stakeholders.ts'
import {
  STAKEHOLDER_GAP,
  stakeholderGaps,
  stakeholderViews,
} from '../../surveys/scoring/stakeholder-views.ts'
import type { Aggregate } from '../../surveys/scoring/types.ts'

const both = ['impact', 'stakeholder'] as const

/** n answers of `score` each from a group on an axis of issue 'a'. */
const answers = (groupKey: string, axis: 'impact' | 'stakeholder', n: number, score: number) =>
  ({
    issueId: 'a',
    axis,
    groupKey,
    n,
    sum: n * score,
    sumSquares: n * score * score,
    dontKnow: 0,
  }) satisfies Aggregate

describe('esrsRoleOf', () => {
  test('every default group has its role; government and unknown keys have none', () => {
    expect(DEFAULT_STAKEHOLDER_GROUPS.map((group) => [group.key, esrsRoleOf(group.key)])).toEqual([
      ['government', null],
      ['investors', 'user'],
      ['customers', 'affected'],
      ['employees', 'affected'],
      ['suppliers', 'affected'],
      ['community', 'affected'],
    ])
    expect(esrsRoleOf('toString')).toBeNull()
  })
})

describe('stakeholderViews', () => {
  const groups = [
    { key: 'employees', weight: 1, axes: both },
    { key: 'community', weight: 3, axes: both },
    { key: 'investors', weight: 1, axes: both },
    { key: 'government', weight: 1, axes: both },
  ]

  test('group-balanced by weight over groups with n_min answers, each view its role and axis', () => {
    const [view] = stakeholderViews({
      issues: [{ id: 'a' }],
      groups,
      aggregates: [
        answers('employees', 'impact', 3, 2),
        answers('community', 'impact', 4, 4),
        answers('investors', 'impact', 9, 1),
        answers('government', 'impact', 9, 5),
        answers('investors', 'stakeholder', 2, 5),
        answers('employees', 'stakeholder', 5, 1),
      ],
      settings: { nMin: 3, scaleMax: 5 },
    })
    // SV_I = (1·2 + 3·4) / 4 = 3.5; SV_F: investors have 2 < n_min answers → null.
    expect(view!.impact.score).toBe(3.5)
    expect(view!.impact.n).toBe(7)
    expect(view!.impact.groups.map((g) => g.key)).toEqual(['employees', 'community'])
    expect(view!.financial).toMatchObject({ score: null, n: 2 })
  })

  test('a 1–7 survey is rescaled to the experts’ 1–5', () => {
    const [view] = stakeholderViews({
      issues: [{ id: 'a' }],
      groups,
      aggregates: [answers('investors', 'stakeholder', 3, 7), answers('employees', 'impact', 3, 4)],
      settings: { nMin: 3, scaleMax: 7 },
    })
    expect(view!.financial.score).toBe(5)
    expect(view!.impact.score).toBe(3)
  })

  test('a group that does not rate the axis is not a source of it', () => {
    const [view] = stakeholderViews({
      issues: [{ id: 'a' }],
      groups: [{ key: 'investors', weight: 1, axes: ['impact'] }],
      aggregates: [answers('investors', 'stakeholder', 3, 4)],
      settings: { nMin: 3, scaleMax: 5 },
    })
    expect(view!.financial).toMatchObject({ score: null, groups: [] })
  })
})

describe('stakeholderGaps', () => {
  test('1.0 or more either way needs a rationale; less, or a missing side, does not', () => {
    expect(STAKEHOLDER_GAP).toBe(1)
    expect(stakeholderGaps({ impact: 4, financial: 2 }, { impact: 3, financial: 3.5 })).toEqual({
      impact: { difference: 1, flagged: true },
      financial: { difference: -1.5, flagged: true },
      rationaleRequired: true,
    })
    const close = stakeholderGaps({ impact: 3.99, financial: null }, { impact: 3, financial: 1 })
    expect(close.impact.flagged).toBe(false)
    expect(close.financial).toEqual({ difference: null, flagged: false })
    expect(close.rationaleRequired).toBe(false)
    // 3.6 − 2.6 is 0.9999999999999998 in binary: still a difference of 1.0.
    expect(
      stakeholderGaps({ impact: 3.6, financial: null }, { impact: 2.6, financial: null }).impact
        .flagged,
    ).toBe(true)
  })
})
