import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import {
  type ComputedIssue,
  checkDecisions,
  decisionMessages,
  MIN_RATIONALE,
  rationaleLength,
  startingDecisions,
} from '../../surveys/domain/confirmation.ts'
import { ApprovalBody, ConfirmationBody } from '../../surveys/schemas/confirmation.ts'

// Four issues, one of each kind a decision can meet.
const computed: ComputedIssue[] = [
  { issueId: '11', code: 'A', tier: 'material' },
  { issueId: '12', code: 'B', tier: 'review' },
  { issueId: '13', code: 'C', tier: 'not-material' },
  { issueId: '14', code: 'D', tier: 'material' },
]

const REASON = 'Our suppliers are audited for this every year, so it stays a priority.'

/** The computed result taken as it is, with the reason the review issue needs. */
const asComputed = () => ({
  decisions: [
    { issueId: '11', material: true },
    { issueId: '12', material: false, rationale: REASON },
    { issueId: '13', material: false },
    { issueId: '14', material: true },
  ],
  order: ['14', '11'],
})

function problems(body: ConfirmationBody) {
  const result = checkDecisions(computed, body)
  if (result.ok) throw new Error('expected problems')
  return result.problems
}

describe('checkDecisions', () => {
  test('stores the language of each rationale: stated, else told from the text and the page', () => {
    const body = asComputed()
    body.decisions = body.decisions.map((d) =>
      d.issueId === '12' ? { ...d, rationale: '營運規模細小，對持份者影響有限。' } : d,
    )
    const languages = (checked: ReturnType<typeof checkDecisions>) =>
      checked.ok ? checked.decisions.map((d) => d.rationaleLocale) : []
    expect(languages(checkDecisions(computed, body))).toEqual([
      undefined,
      'zh-Hant',
      undefined,
      undefined,
    ])
    const stated = {
      ...body,
      decisions: body.decisions.map((d) =>
        d.issueId === '12' ? { ...d, locale: 'zh-Hans' as const } : d,
      ),
    }
    expect(languages(checkDecisions(computed, stated))[1]).toBe('zh-Hans')
  })

  test('accepts every issue decided once, in the computed order, with overrides marked', () => {
    const body = asComputed()
    body.decisions.reverse()
    body.decisions[0] = { issueId: '14', material: false, rationale: `  ${REASON}  ` }
    body.order = ['11']
    const result = checkDecisions(computed, body)
    expect(result).toEqual({
      ok: true,
      order: ['11'],
      decisions: [
        {
          issueId: '11',
          material: true,
          rationale: null,
          computedTier: 'material',
          override: false,
        },
        {
          issueId: '12',
          material: false,
          rationale: REASON,
          computedTier: 'review',
          override: false,
          rationaleLocale: 'en',
        },
        {
          issueId: '13',
          material: false,
          rationale: null,
          computedTier: 'not-material',
          override: false,
        },
        {
          issueId: '14',
          material: false,
          rationale: REASON,
          computedTier: 'material',
          override: true,
          rationaleLocale: 'en',
        },
      ],
    })
  })

  test('a rationale is required for an override either way and for every review issue', () => {
    const body = asComputed()
    body.decisions[0] = { issueId: '11', material: false }
    body.decisions[1] = { issueId: '12', material: true }
    body.decisions[2] = { issueId: '13', material: true, rationale: '   ' }
    body.order = ['14', '12', '13']
    expect(problems(body)).toEqual([
      { field: 'decisions.0.rationale', code: 'rationaleForOverride' },
      { field: 'decisions.1.rationale', code: 'rationaleForReview' },
      { field: 'decisions.2.rationale', code: 'rationaleForOverride' },
    ])
  })

  test('a rationale must say something; a Han character counts twice', () => {
    expect(rationaleLength('Not relevant')).toBe(12)
    expect(rationaleLength('本集團業務不涉及此範疇')).toBe(22)
    const body = asComputed()
    body.decisions[1] = { issueId: '12', material: false, rationale: 'Not relevant' }
    expect(problems(body)).toEqual([{ field: 'decisions.1.rationale', code: 'rationaleTooShort' }])
    body.decisions[1] = { issueId: '12', material: false, rationale: '本集團業務不涉及此範疇' }
    expect(checkDecisions(computed, body).ok).toBe(true)
    expect(rationaleLength('x'.repeat(MIN_RATIONALE))).toBe(MIN_RATIONALE)
  })

  test('unknown, repeated and missing issues are named', () => {
    const body = asComputed()
    body.decisions[2] = { issueId: '99', material: false }
    body.decisions.push({ issueId: '11', material: true })
    expect(problems(body)).toEqual([
      { field: 'decisions.2.issueId', code: 'unknownIssue' },
      { field: 'decisions.4.issueId', code: 'duplicateDecision' },
      { field: 'decisions', code: 'missingDecisions', codes: ['C'] },
    ])
  })

  test('the order is exactly the material set, each issue once', () => {
    const body = asComputed()
    body.order = ['14', '13', '14']
    expect(problems(body)).toEqual([
      { field: 'order.1', code: 'orderNotMaterial' },
      { field: 'order.2', code: 'orderDuplicate' },
      { field: 'order', code: 'orderMissing', codes: ['A'] },
    ])
    body.order = ['11', '14', '99']
    expect(problems(body)).toEqual([{ field: 'order.2', code: 'orderNotMaterial' }])
  })

  test('messages come in the three languages, keyed by field', () => {
    const body = asComputed()
    body.decisions = body.decisions.slice(0, 2)
    body.decisions[1] = { issueId: '12', material: false, rationale: 'short' }
    body.order = ['11']
    const found = problems(body)
    expect(decisionMessages(found)).toEqual({
      'decisions.1.rationale': [
        `Write the reason in at least a sentence (${MIN_RATIONALE} characters or more).`,
      ],
      decisions: ['Decide on every issue. Still undecided: C, D.'],
    })
    expect(decisionMessages(found, 'zh-Hant').decisions).toEqual([
      '請就每個議題作出決定。尚未決定：C, D。',
    ])
    const unordered = problems({ ...asComputed(), order: [] })
    expect(decisionMessages(unordered, 'zh-Hans')).toEqual({
      order: ['请为每个重要议题排序。尚缺：A, D。'],
    })
  })
})

describe('startingDecisions', () => {
  test('without a previous version: the computed tiers, review issues undecided', () => {
    expect(startingDecisions(computed)).toEqual({
      decisions: [
        { issueId: '11', material: true, rationale: '' },
        { issueId: '12', material: null, rationale: '' },
        { issueId: '13', material: false, rationale: '' },
        { issueId: '14', material: true, rationale: '' },
      ],
      order: ['11', '14'],
    })
  })

  test('after a return: the previous decisions and order, new material issues after them', () => {
    const previous = {
      decisions: [
        { issueId: '12', material: true, rationale: REASON },
        { issueId: '11', material: false, rationale: REASON },
      ],
      order: ['12', '11'],
    }
    expect(startingDecisions(computed, previous)).toEqual({
      decisions: [
        { issueId: '11', material: false, rationale: REASON },
        { issueId: '12', material: true, rationale: REASON },
        { issueId: '13', material: false, rationale: '' },
        { issueId: '14', material: true, rationale: '' },
      ],
      order: ['12', '14'],
    })
  })
})

describe('request schemas', () => {
  test('a confirmation body has ids, booleans and rationales of at most 2000 characters', () => {
    expect(v.safeParse(ConfirmationBody, asComputed()).success).toBe(true)
    const tooLong = {
      ...asComputed(),
      decisions: [{ issueId: '11', material: true, rationale: 'x'.repeat(2001) }],
    }
    expect(v.safeParse(ConfirmationBody, tooLong).success).toBe(false)
    expect(
      v.safeParse(ConfirmationBody, { decisions: [{ issueId: 'abc', material: 'yes' }], order: [] })
        .issues,
    ).toHaveLength(2)
    expect(v.safeParse(ConfirmationBody, { decisions: [], order: [] }).success).toBe(false)
  })

  test('a return needs a comment; an approval may go without one', () => {
    const named = { version: 1, hash: 'ab'.repeat(32) }
    expect(v.parse(ApprovalBody, { decision: 'approve', ...named })).toEqual({
      decision: 'approve',
      ...named,
      comment: '',
    })
    const returned = v.safeParse(ApprovalBody, { decision: 'return', ...named, comment: '  ok  ' })
    expect(returned.success).toBe(false)
    expect(returned.issues?.map((issue) => v.getDotPath(issue))).toEqual(['comment'])
    expect(
      v.parse(ApprovalBody, { decision: 'return', ...named, comment: ' Reconsider issue 9. ' }),
    ).toEqual({ decision: 'return', ...named, comment: 'Reconsider issue 9.' })
    expect(v.safeParse(ApprovalBody, { decision: 'maybe', ...named }).success).toBe(false)
    expect(v.safeParse(ApprovalBody, { decision: 'approve' }).success).toBe(false)
  })
})
