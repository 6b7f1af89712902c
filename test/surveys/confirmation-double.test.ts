import { describe, expect, test } from 'vitest'
import { isClimateTopic } from '../../surveys/domain/climate.ts'
import { checkDecisions, needsRationale } from '../../surveys/domain/confirmation.ts'
import {
  doubleMaterialityComputed,
  doubleMaterialityTier,
} from '../../surveys/domain/confirmation-double.ts'
import type { TopicResult } from '../../surveys/scoring/double-materiality.ts'

const topic = (issueId: string, values: Partial<TopicResult>): TopicResult => ({
  issueId,
  code: issueId,
  impact: null,
  financial: null,
  impactMaterial: false,
  financialMaterial: false,
  material: false,
  iros: [],
  ...values,
})
const anIro = { id: 'x' } as TopicResult['iros'][number]

describe('the proposals of a double-materiality confirmation', () => {
  test('stakeholders 1.0 or more from the experts: every decision on the topic needs a reason', () => {
    const computed = doubleMaterialityComputed(
      [
        { id: '1', code: 'S1.1', hkex: { aspect: 'B1' } },
        { id: '2', code: 'S2.1', hkex: { aspect: 'B5' } },
      ],
      [
        topic('1', { impact: 4, material: true, iros: [anIro] }),
        topic('2', { impact: 4, material: true, iros: [anIro] }),
      ],
      new Set(['1']),
    )
    expect(computed[0]).toEqual({
      issueId: '1',
      code: 'S1.1',
      tier: 'material',
      explainAlways: true,
    })
    expect(needsRationale('material', true, { explainAlways: true })).toBe(true)
    const body = {
      decisions: [
        { issueId: '1', material: true },
        { issueId: '2', material: true },
      ],
      order: ['1', '2'],
    }
    expect(checkDecisions(computed, body)).toEqual({
      ok: false,
      problems: [{ field: 'decisions.0.rationale', code: 'rationaleForStakeholderGap' }],
    })
    const reasoned = {
      ...body,
      decisions: [
        {
          ...body.decisions[0]!,
          rationale: 'The workers we surveyed were not at the affected sites.',
        },
        body.decisions[1]!,
      ],
    }
    expect(checkDecisions(computed, reasoned).ok).toBe(true)
  })

  test('material as the result says; no IRO: not material; IROs but no score: review', () => {
    expect(doubleMaterialityTier(topic('1', { impact: 3.5, material: true, iros: [anIro] }))).toBe(
      'material',
    )
    expect(doubleMaterialityTier(topic('2', { financial: 2.4, iros: [anIro] }))).toBe(
      'not-material',
    )
    expect(doubleMaterialityTier(topic('3', {}))).toBe('not-material')
    expect(doubleMaterialityTier(topic('4', { iros: [anIro] }))).toBe('review')
    expect(doubleMaterialityTier(undefined)).toBe('not-material')
  })

  test('the climate topics: ESRS E1 and the HKEX climate aspect A4, nothing else', () => {
    expect(isClimateTopic({ code: 'E1.1', hkex: { aspect: 'A4' } })).toBe(true)
    expect(isClimateTopic({ code: 'E1.3', hkex: { aspect: 'A2' } })).toBe(true)
    expect(isClimateTopic({ code: '9', hkex: { aspect: 'A4' } })).toBe(true)
    expect(isClimateTopic({ code: 'E10.1', hkex: { aspect: 'A1' } })).toBe(false)
    expect(isClimateTopic({ code: 'E2.1', hkex: { aspect: 'A1' } })).toBe(false)
    expect(isClimateTopic({ code: '3', hkex: { aspect: 'A1' } })).toBe(false)
  })

  test('climate decided not material needs an explanation, even as the proposal', () => {
    const computed = doubleMaterialityComputed(
      [
        { id: '1', code: 'E1.1', hkex: { aspect: 'A4' } },
        { id: '2', code: 'S2.1', hkex: { aspect: 'B5' } },
      ],
      [topic('1', { financial: 2, iros: [anIro] }), topic('2', { financial: 2, iros: [anIro] })],
    )
    expect(computed).toEqual([
      { issueId: '1', code: 'E1.1', tier: 'not-material', explainIfNotMaterial: true },
      { issueId: '2', code: 'S2.1', tier: 'not-material' },
    ])
    const climate = { explainIfNotMaterial: true }
    expect(needsRationale('not-material', false, climate)).toBe(true)
    expect(needsRationale('not-material', true, climate)).toBe(true)
    expect(needsRationale('material', true, climate)).toBe(false)
    expect(needsRationale('not-material', false)).toBe(false)
    const bare = checkDecisions(computed, {
      decisions: [
        { issueId: '1', material: false },
        { issueId: '2', material: false },
      ],
      order: [],
    })
    expect(bare).toEqual({
      ok: false,
      problems: [{ field: 'decisions.0.rationale', code: 'rationaleForClimate' }],
    })
    const short = checkDecisions(computed, {
      decisions: [
        { issueId: '1', material: false, rationale: 'No.' },
        { issueId: '2', material: false },
      ],
      order: [],
    })
    expect(short).toMatchObject({ ok: false, problems: [{ code: 'rationaleTooShort' }] })
    const explained = checkDecisions(computed, {
      decisions: [
        { issueId: '1', material: false, rationale: 'Our leased data centres are carbon-neutral.' },
        { issueId: '2', material: false },
      ],
      order: [],
    })
    expect(explained.ok && explained.decisions[0]).toMatchObject({
      material: false,
      override: false,
      rationale: 'Our leased data centres are carbon-neutral.',
    })
  })
})
