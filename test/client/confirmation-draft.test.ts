import { describe, expect, test } from 'vitest'
import {
  checkDraft,
  type Draft,
  draftBody,
  moveTo,
  placeErrors,
  setMaterial,
  setRationale,
} from '../../client/admin/confirmation/draft.ts'
import type { ComputedIssue } from '../../surveys/domain/confirmation.ts'
import type { Tier } from '../../surveys/scoring/score-matrix.ts'

const computed: ComputedIssue[] = [
  { issueId: '10', code: '7', tier: 'material' },
  { issueId: '11', code: '3', tier: 'review' },
  { issueId: '12', code: '9', tier: 'not-material' },
]
const tiers = new Map<string, Tier>(computed.map((issue) => [issue.issueId, issue.tier]))
const REASON = 'Our plants in the delta depend on this, whatever the survey said.'

const start: Draft = {
  decisions: [
    { issueId: '10', material: true, rationale: '' },
    { issueId: '11', material: null, rationale: '' },
    { issueId: '12', material: false, rationale: '' },
  ],
  order: ['10'],
}

describe('the confirmation draft', () => {
  test('an issue decided material joins the end of the order and leaves it when undone', () => {
    const material = setMaterial(start, '12', true)
    expect(material.order).toEqual(['10', '12'])
    expect(setMaterial(material, '12', false).order).toEqual(['10'])
  })

  test('moveTo places an issue and clamps to the list', () => {
    expect(moveTo(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b'])
    expect(moveTo(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c'])
    expect(moveTo(['a', 'b', 'c'], 'a', 9)).toEqual(['b', 'c', 'a'])
  })

  test('the body leaves out undecided issues and reasons the rules do not ask for', () => {
    const draft = {
      ...start,
      decisions: start.decisions.map((d) => ({ ...d, rationale: REASON })),
    }
    const { body, issueIds } = draftBody(draft, tiers)
    expect(issueIds).toEqual(['10', '12'])
    expect(body.decisions).toEqual([
      { issueId: '10', material: true, rationale: null },
      { issueId: '12', material: false, rationale: null },
    ])
    const overridden = draftBody(setMaterial(draft, '12', true), tiers).body
    expect(overridden.decisions[1]).toEqual({ issueId: '12', material: true, rationale: REASON })
    expect(overridden.order).toEqual(['10', '12'])
  })

  test('a shared reason is sent as shared only where the reason itself is sent', () => {
    const draft: Draft = {
      decisions: start.decisions.map((d) => ({
        ...d,
        material: false,
        rationale: REASON,
        shared: true,
      })),
      order: [],
    }
    expect(draftBody(draft, tiers).body.decisions).toEqual([
      { issueId: '10', material: false, rationale: REASON, shared: true },
      { issueId: '11', material: false, rationale: REASON, shared: true },
      { issueId: '12', material: false, rationale: null },
    ])
    const edited = setRationale(draft, '11', `${REASON} Also the delta.`)
    expect(draftBody(edited, tiers).body.decisions[1]).toEqual({
      issueId: '11',
      material: false,
      rationale: `${REASON} Also the delta.`,
    })
  })

  test('problems land on the controls: undecided rows, missing reasons, the order', () => {
    const overridden = setMaterial(start, '12', true)
    expect(checkDraft(overridden, computed, 'en', 'Decide.')).toEqual({
      'decision-11': 'Decide.',
      'rationale-12': 'Give the reason: this decision departs from the scores.',
    })
    const decided = setMaterial(overridden, '11', false)
    expect(checkDraft(decided, computed, 'zh-Hant', 'Decide.')).toEqual({
      'rationale-11': '請說明理由：評分結果需由管理層就此議題作出判斷。',
      'rationale-12': '請說明理由：此決定與評分結果不同。',
    })
  })

  test('the server’s field names map back through the indexes of the body it was sent', () => {
    const errors = placeErrors(
      {
        'decisions.1.rationale': ['Give the reason.'],
        'decisions.0.issueId': ['Unknown.'],
        'order.2': ['Not material.'],
        order: ['Missing: 7.'],
      },
      ['10', '12'],
      [],
      'Decide.',
    )
    expect(errors).toEqual({
      'rationale-12': 'Give the reason.',
      'decision-10': 'Unknown.',
      order: 'Not material.',
    })
  })
})
