import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { DoubleMaterialitySettings } from '../../surveys/domain/double-materiality.ts'
import {
  CreateIroBody,
  IroScoresBody,
  misplacedScores,
  UpdateIroBody,
} from '../../surveys/schemas/iros.ts'

const errors = <T extends v.GenericSchema>(schema: T, input: unknown) => {
  const result = v.safeParse(schema, input)
  return result.success ? {} : (v.flatten(result.issues).nested ?? {})
}

describe('CreateIroBody', () => {
  test('fills defaults: not human rights, no stages, horizons, stakeholders, evidence or owner', () => {
    const body = v.parse(CreateIroBody, {
      issueId: '12',
      type: 'negative-impact',
      actual: false,
      description: '  Overtime at a contract manufacturer  ',
    })
    expect(body).toEqual({
      issueId: '12',
      type: 'negative-impact',
      actual: false,
      humanRights: false,
      valueChain: [],
      horizons: [],
      description: 'Overtime at a contract manufacturer',
      affectedStakeholders: [],
      evidence: [],
      owner: null,
    })
  })

  test('rejects unknown types, repeated horizons, stages and evidence without link or note', () => {
    const found = errors(CreateIroBody, {
      issueId: '12',
      type: 'impact',
      actual: 'yes',
      valueChain: ['own-operations', 'own-operations'],
      horizons: ['short', 'soon'],
      description: '',
      evidence: [{}, { url: 'javascript:alert(1)' }],
    })
    expect(Object.keys(found).sort()).toEqual([
      'actual',
      'description',
      'evidence.0',
      'evidence.1.url',
      'horizons.1',
      'type',
      'valueChain',
    ])
  })

  test('takes evidence as links and notes, and an owner', () => {
    const body = v.parse(CreateIroBody, {
      issueId: '6',
      type: 'risk',
      actual: false,
      horizons: ['medium', 'long'],
      description: 'Carbon price on data-centre electricity',
      evidence: [{ url: 'https://example.com/erm.pdf', note: 'ERM register, line 14' }],
      owner: 'Head of infrastructure',
    })
    expect(body.evidence).toEqual([
      { url: 'https://example.com/erm.pdf', note: 'ERM register, line 14' },
    ])
    expect(body.owner).toBe('Head of infrastructure')
  })
})

describe('UpdateIroBody', () => {
  test('keeps only the fields given', () => {
    expect(v.parse(UpdateIroBody, { actual: true })).toEqual({ actual: true })
    expect(v.parse(UpdateIroBody, { owner: null })).toEqual({ owner: null })
  })
})

describe('IroScoresBody', () => {
  test('takes whole numbers 1–5 or null, never 0', () => {
    expect(v.parse(IroScoresBody, { scale: 1, scope: 5, likelihood: null })).toEqual({
      scale: 1,
      scope: 5,
      likelihood: null,
    })
    expect(
      Object.keys(errors(IroScoresBody, { scale: 0, scope: 2.5, irremediability: 6 })),
    ).toEqual(['scale', 'scope', 'irremediability'])
    expect(
      Object.keys(errors(IroScoresBody, { horizons: { short: { magnitude: 0, likelihood: 3 } } })),
    ).toEqual(['horizons.short.magnitude'])
  })
})

describe('misplacedScores', () => {
  test('names the fields an IRO does not take', () => {
    const positiveActual = { type: 'positive-impact', actual: true, horizons: [] } as const
    expect(
      misplacedScores(positiveActual, { scale: 3, irremediability: 2, likelihood: 4 }),
    ).toEqual({
      irremediability: 'Only negative impacts are scored on irremediability.',
      likelihood: 'Actual impacts have no likelihood.',
    })
    const risk = { type: 'risk', actual: false, horizons: ['short'] } as const
    expect(
      misplacedScores(risk, {
        scale: 2,
        horizons: { short: { magnitude: 2, likelihood: 2 }, long: { magnitude: 3 } },
      }),
    ).toEqual({
      scale: 'Risks and opportunities are scored on magnitude and likelihood per time horizon.',
      'horizons.long': 'Score only the time horizons of this risk or opportunity.',
    })
  })

  test('accepts nulls anywhere and a fitting body', () => {
    const negative = { type: 'negative-impact', actual: false, horizons: [] } as const
    expect(
      misplacedScores(negative, { scale: 2, scope: 3, irremediability: 4, likelihood: 1 }),
    ).toEqual({})
    const actual = { type: 'negative-impact', actual: true, horizons: [] } as const
    expect(misplacedScores(actual, { likelihood: null, horizons: { short: {} } })).toEqual({})
  })
})

describe('DoubleMaterialitySettings', () => {
  test('defaults thresholds to 3.0 under both formulas', () => {
    expect(v.parse(DoubleMaterialitySettings, { formula: 'mode-b', thresholds: {} })).toEqual({
      formula: 'mode-b',
      thresholds: { impact: 3, financial: 3 },
    })
    expect(
      v.parse(DoubleMaterialitySettings, { formula: 'severity-likelihood', thresholds: {} }),
    ).toEqual({
      formula: 'severity-likelihood',
      thresholds: { 'negative-impact': 3, 'positive-impact': 3, risk: 3, opportunity: 3 },
    })
  })

  test('keeps Mode B thresholds on 1–5 and the preset on 0–5', () => {
    expect(
      v.safeParse(DoubleMaterialitySettings, { formula: 'mode-b', thresholds: { impact: 0.5 } })
        .success,
    ).toBe(false)
    expect(
      v.safeParse(DoubleMaterialitySettings, {
        formula: 'severity-likelihood',
        thresholds: { risk: 0.5 },
      }).success,
    ).toBe(true)
  })
})
