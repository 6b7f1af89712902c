import { describe, expect, test } from 'vitest'
import {
  DEFAULT_DOUBLE_MATERIALITY,
  type DoubleMaterialitySettings,
} from '../../surveys/domain/double-materiality.ts'
import type { Horizon, IroScores, IroType, ScoringIro } from '../../surveys/domain/iros.ts'
import {
  componentLabel,
  componentParts,
  type DoubleMaterialityResult,
  iroComponents,
  scoreDoubleMateriality,
  scoreIro,
  scoreOf,
} from '../../surveys/scoring/double-materiality.ts'

// One register, scored by hand under both formulas (surveys/METHOD-MODE-B.md). Impact scores are
// [scale, scope, irremediability] and L the likelihood; a, b and c are assessors. Several
// assessors: each component is averaged first, then the formula runs.

interface IroSpec {
  type: IroType
  actual?: boolean
  humanRights?: boolean
  horizons?: Horizon[]
  scores: IroScores[]
}

const impact = (components: (number | null)[], likelihood?: number | null): IroScores => {
  const [scale, scope, irremediability] = components
  return { scale, scope, irremediability, likelihood }
}

const REGISTER: Record<string, Record<string, IroSpec>> = {
  A: {
    // Actual negative: Sev = (2+3+4)/3 = 3, I = 3.
    a1: { type: 'negative-impact', actual: true, scores: [impact([2, 3, 4])] },
    // A component at 5: mean 7/3 = 2.33, raised to T_I.
    a2: { type: 'negative-impact', actual: true, scores: [impact([5, 1, 1])] },
  },
  B: {
    // Potential: Sev 4, I = min(4, (4+2)/2) = 3.
    b1: { type: 'negative-impact', scores: [impact([4, 4, 4], 2)] },
    // Likelihood only lowers: min(4, (4+5)/2 = 4.5) = 4.
    b2: { type: 'negative-impact', scores: [impact([4, 4, 4], 5)] },
  },
  C: {
    // Potential human-rights harm: Sev = 4 (raised to max(4, T_I)), likelihood 1 ignored.
    c1: { type: 'negative-impact', humanRights: true, scores: [impact([4, 3, 5], 1)] },
    // Positive potential: Sev = (4+2)/2 = 3, I = min(3, (3+3)/2) = 3; irremediability ignored.
    c2: { type: 'positive-impact', scores: [impact([4, 2, 5], 3)] },
    // Positive actual with a 5: Sev = (5+1)/2 = 3, never raised (the floor is for negative ones).
    c3: { type: 'positive-impact', actual: true, scores: [impact([5, 1])] },
  },
  D: {
    // Missing likelihood: nobody scored it, so I is null (not 0) and leaves the topic max.
    d1: {
      type: 'negative-impact',
      scores: [impact([3, 3, 3], null), { scale: 3, scope: 3, irremediability: 3 }],
    },
    // Positive actual: Sev = I = 2.5.
    d2: { type: 'positive-impact', actual: true, scores: [impact([3, 2])] },
  },
  E: {
    // Three assessors; b left out irremediability, c likelihood:
    // scale (2+4+3)/3 = 3, scope (4+4+1)/3 = 3, irr (3+3)/2 = 3, L (4+2)/2 = 3 → I = 3.
    e1: {
      type: 'negative-impact',
      scores: [impact([2, 4, 3], 4), impact([4, 4, null], 2), impact([3, 1, 3], null)],
    },
    // Means first: scale (5+3)/2 = 4, scope 1, irr 1 → Sev 2, no component mean at 5.
    // (Scoring each assessor first would give (3 + 5/3)/2 = 2.33.)
    e2: {
      type: 'negative-impact',
      actual: true,
      scores: [impact([5, 1, 1]), impact([3, 1, 1])],
    },
  },
  F: {
    // Short √(2·2) = 2; medium: M (3+5)/2 = 4, L (4+2)/2 = 3 → √12 = 3.4641; long has no
    // likelihood → skipped. F = √12.
    f1: {
      type: 'risk',
      horizons: ['short', 'medium', 'long'],
      scores: [
        {
          horizons: {
            short: { magnitude: 2, likelihood: 2 },
            medium: { magnitude: 3, likelihood: 4 },
            long: { magnitude: 5, likelihood: null },
          },
        },
        { horizons: { medium: { magnitude: 5, likelihood: 2 }, long: { magnitude: 5 } } },
      ],
    },
    // Only its own horizon counts: short √(2·3) = √6; the long-horizon scores are ignored.
    f2: {
      type: 'opportunity',
      horizons: ['short'],
      scores: [
        {
          horizons: {
            short: { magnitude: 2, likelihood: 3 },
            long: { magnitude: 5, likelihood: 5 },
          },
        },
      ],
    },
  },
  G: {},
  H: {
    // √(2·4) = 2.83, below T_F.
    h1: {
      type: 'risk',
      horizons: ['medium'],
      scores: [{ horizons: { medium: { magnitude: 2, likelihood: 4 } } }],
    },
  },
}

const ISSUES = Object.keys(REGISTER).map((code) => ({ id: `issue-${code}`, code }))

const IROS: ScoringIro[] = Object.entries(REGISTER).flatMap(([code, iros]) =>
  Object.entries(iros).map(([id, spec]) => ({
    id,
    issueId: `issue-${code}`,
    type: spec.type,
    actual: spec.actual ?? false,
    humanRights: spec.humanRights ?? false,
    horizons: spec.horizons ?? [],
    scores: spec.scores.map((scores, index) => ({ assessor: 'abc'[index] ?? '?', scores })),
  })),
)

function run(settings: DoubleMaterialitySettings): DoubleMaterialityResult {
  return scoreDoubleMateriality({ issues: ISSUES, iros: IROS, settings })
}

function topic(result: DoubleMaterialityResult, code: string) {
  const found = result.topics.find((entry) => entry.code === code)
  if (!found) throw new Error(`no topic ${code}`)
  return found
}

/** Every IRO's score (impact or financial), to 10 decimals, by id. */
function iroScores(result: DoubleMaterialityResult): Record<string, number | null> {
  return Object.fromEntries(
    result.topics.flatMap((entry) =>
      entry.iros.map((iro) => {
        const score = iro.type.endsWith('impact') ? iro.impact : iro.financial
        return [iro.id, score === null ? null : Number(score.toFixed(10))]
      }),
    ),
  )
}

const round = (value: number) => Number(value.toFixed(10))

describe('scoreDoubleMateriality, Mode B (default)', () => {
  const result = run(DEFAULT_DOUBLE_MATERIALITY)

  test('scores every IRO by the hand-computed values', () => {
    expect(iroScores(result)).toEqual({
      a1: 3,
      a2: 3,
      b1: 3,
      b2: 4,
      c1: 4,
      c2: 3,
      c3: 3,
      d1: null,
      d2: 2.5,
      e1: 3,
      e2: 2,
      f1: round(Math.sqrt(12)),
      f2: round(Math.sqrt(6)),
      h1: round(Math.sqrt(8)),
    })
  })

  test('puts each topic at the max of its IROs; material iff I_t ≥ 3 or F_t ≥ 3', () => {
    const topics = result.topics.map((entry) => ({
      code: entry.code,
      impact: entry.impact,
      financial: entry.financial === null ? null : round(entry.financial),
      material: entry.material,
    }))
    expect(topics).toEqual([
      { code: 'A', impact: 3, financial: null, material: true },
      { code: 'B', impact: 4, financial: null, material: true },
      { code: 'C', impact: 4, financial: null, material: true },
      { code: 'D', impact: 2.5, financial: null, material: false },
      { code: 'E', impact: 3, financial: null, material: true },
      { code: 'F', impact: null, financial: round(Math.sqrt(12)), material: true },
      { code: 'G', impact: null, financial: null, material: false },
      { code: 'H', impact: null, financial: round(Math.sqrt(8)), material: false },
    ])
    expect(topic(result, 'F').financialMaterial).toBe(true)
    expect(topic(result, 'F').impactMaterial).toBe(false)
  })

  test('a component at 5 raises a negative severity to T_I, a positive one never', () => {
    const strict = run({ formula: 'mode-b', thresholds: { impact: 3.5, financial: 3.5 } })
    const scores = iroScores(strict)
    expect(scores.a2).toBe(3.5)
    expect(scores.c1).toBe(4) // already above: max(4, 3.5)
    expect(scores.c3).toBe(3)
    expect(topic(strict, 'A')).toMatchObject({ impact: 3.5, material: true })
    expect(topic(strict, 'F').material).toBe(false) // √12 < 3.5
  })

  test('keeps the severity of a potential impact beside its score', () => {
    const b1 = topic(result, 'B').iros.find((iro) => iro.id === 'b1')
    expect(b1).toMatchObject({ severity: 4, impact: 3, financial: null, material: true })
    const d1 = topic(result, 'D').iros.find((iro) => iro.id === 'd1')
    expect(d1).toMatchObject({ severity: 3, impact: null, material: false })
  })

  test('scores each horizon that has both magnitude and likelihood', () => {
    const f1 = topic(result, 'F').iros.find((iro) => iro.id === 'f1')
    expect(f1?.horizons).toEqual({ short: 2, medium: Math.sqrt(12) })
    const f2 = topic(result, 'F').iros.find((iro) => iro.id === 'f2')
    expect(f2?.horizons).toEqual({ short: Math.sqrt(6) })
    expect(f2?.components).toEqual({
      'short.magnitude': { mean: 2, spread: 0, n: 1 },
      'short.likelihood': { mean: 3, spread: 0, n: 1 },
    })
  })
})

describe('several assessors', () => {
  const result = run(DEFAULT_DOUBLE_MATERIALITY)
  const e1 = topic(result, 'E').iros.find((iro) => iro.id === 'e1')

  test('average each component over those who scored it, with its spread', () => {
    expect(e1?.components).toEqual({
      scale: { mean: 3, spread: 2, n: 3 },
      scope: { mean: 3, spread: 3, n: 3 },
      irremediability: { mean: 3, spread: 0, n: 2 },
      likelihood: { mean: 3, spread: 2, n: 2 },
    })
    expect(e1?.assessors).toBe(3)
  })

  test('flag a disagreement of 2 points or more on any component', () => {
    expect(e1?.disagreement).toBe(true)
    const flags = Object.fromEntries(
      result.topics.flatMap((entry) => entry.iros.map((iro) => [iro.id, iro.disagreement])),
    )
    expect(Object.keys(flags).filter((id) => flags[id])).toEqual(['e1', 'e2', 'f1'])
  })

  test('count only assessors who scored a component the IRO uses', () => {
    const lone = scoreIro(
      {
        id: 'x',
        issueId: 'issue-A',
        type: 'negative-impact',
        actual: true,
        humanRights: false,
        horizons: [],
        scores: [
          { assessor: 'a', scores: impact([2, 2, 2]) },
          { assessor: 'b', scores: { horizons: { short: { magnitude: 5, likelihood: 5 } } } },
          { assessor: 'c', scores: { scale: null, scope: null } },
        ],
      },
      DEFAULT_DOUBLE_MATERIALITY,
    )
    expect(lone).toMatchObject({ impact: 2, assessors: 1, disagreement: false })
  })
})

describe('scoreDoubleMateriality, preset "severity × likelihood"', () => {
  const settings: DoubleMaterialitySettings = {
    formula: 'severity-likelihood',
    thresholds: { 'negative-impact': 3, 'positive-impact': 2.5, risk: 2, opportunity: 1.5 },
  }
  const result = run(settings)

  test('scores every IRO by the hand-computed values', () => {
    // Sev = (mean + max)/2; impact = Sev·L/5 (actual and potential human-rights: L = 5);
    // risk/opportunity = max over horizons of M·L/5.
    expect(iroScores(result)).toEqual({
      a1: 3.5, // (3 + 4)/2
      a2: round(11 / 3), // (7/3 + 5)/2
      b1: 1.6, // 4·2/5
      b2: 4, // 4·5/5
      c1: 4.5, // (4 + 5)/2, likelihood 1 not applied
      c2: 2.1, // (3 + 4)/2 = 3.5; 3.5·3/5
      c3: 4, // (3 + 5)/2
      d1: null,
      d2: 2.75, // (2.5 + 3)/2
      e1: 1.8, // means 3, 3, 3 → Sev 3; 3·3/5
      e2: 3, // means 4, 1, 1 → (2 + 4)/2
      f1: 2.4, // short 2·2/5 = 0.8, medium 4·3/5 = 2.4
      f2: 1.2, // 2·3/5
      h1: 1.6, // 2·4/5
    })
  })

  test('an IRO is material by its own type threshold; a topic if one of its IROs is', () => {
    const material = result.topics.flatMap((entry) =>
      entry.iros.filter((iro) => iro.material).map((iro) => iro.id),
    )
    expect(material).toEqual(['a1', 'a2', 'b2', 'c1', 'c3', 'd2', 'e2', 'f1'])
    const topics = result.topics.map((entry) => [
      entry.code,
      entry.impactMaterial,
      entry.financialMaterial,
      entry.material,
    ])
    expect(topics).toEqual([
      ['A', true, false, true],
      ['B', true, false, true],
      ['C', true, false, true],
      ['D', true, false, true], // 2.75 passes the positive threshold 2.5, not 3
      ['E', true, false, true],
      ['F', false, true, true], // f1 2.4 ≥ 2; f2 1.2 < 1.5
      ['G', false, false, false],
      ['H', false, false, false],
    ])
  })

  test('plots a topic at its highest impact and financial scores', () => {
    expect(topic(result, 'C').impact).toBe(4.5)
    expect(topic(result, 'F')).toMatchObject({ impact: null, financial: 2.4 })
    expect(topic(result, 'G')).toMatchObject({ impact: null, financial: null })
  })
})

describe('iroComponents', () => {
  test('lists what assessors score for each kind of IRO', () => {
    const base = { actual: false, horizons: [] as Horizon[] }
    expect(iroComponents({ ...base, type: 'negative-impact' })).toEqual([
      'scale',
      'scope',
      'irremediability',
      'likelihood',
    ])
    expect(iroComponents({ ...base, type: 'positive-impact', actual: true })).toEqual([
      'scale',
      'scope',
    ])
    expect(iroComponents({ ...base, type: 'risk', horizons: ['long', 'short'] })).toEqual([
      'short.magnitude',
      'short.likelihood',
      'long.magnitude',
      'long.likelihood',
    ])
    expect(iroComponents({ ...base, type: 'opportunity' })).toHaveLength(6)
  })
})

describe('componentParts, componentLabel and scoreOf', () => {
  test('read a component key as its horizon and part, in words and in the scores', () => {
    expect(componentParts('scope')).toEqual({ horizon: null, part: 'scope' })
    expect(componentParts('medium.likelihood')).toEqual({ horizon: 'medium', part: 'likelihood' })
    const names = { horizon: (h: Horizon) => `H:${h}`, part: (p: string) => `P:${p}` }
    expect(componentLabel('irremediability', names)).toBe('P:irremediability')
    expect(componentLabel('long.magnitude', names)).toBe('H:long · P:magnitude')
    const scores: IroScores = { likelihood: 2, horizons: { long: { magnitude: 4 } } }
    expect(scoreOf(scores, 'likelihood')).toBe(2)
    expect(scoreOf(scores, 'long.magnitude')).toBe(4)
    expect(scoreOf(scores, 'long.likelihood')).toBeUndefined()
    expect(scoreOf(scores, 'short.magnitude')).toBeUndefined()
  })
})
