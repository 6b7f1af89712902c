import { describe, expect, test } from 'vitest'
import type { Axis } from '../../surveys/domain/model.ts'
import type { ScoringSettings } from '../../surveys/domain/settings.ts'
import { compareRankKeys } from '../../surveys/scoring/ranking.ts'
import {
  type Aggregate,
  bandWidth,
  type IssueScore,
  type MatrixScores,
  quantile,
  type ScoringGroup,
  type ScoringInput,
  scoreMatrix,
  summarise,
} from '../../surveys/scoring/score-matrix.ts'

// Fixtures are built from raw answers (null = "don't know"); the expected values are worked out
// by hand in the comments. Groups answering with one repeated score have s = 0, so SE = 0 and
// only the 0.10 band can make them borderline.

const settings = (overrides: Partial<ScoringSettings> = {}): ScoringSettings => ({
  scaleMax: 5,
  nMin: 3,
  threshold: { mode: 'percentile', p: 0.75 },
  rule: 'both',
  borderline: { mode: 'se', k: 1.96 },
  excludeFlagged: false,
  ...overrides,
})

const absolute = (impact: number, stakeholder: number) =>
  ({ mode: 'absolute', impact, stakeholder }) as const

const add = (values: number[]) => values.reduce((sum, value) => sum + value, 0)

const times = (score: number, count: number): number[] => Array<number>(count).fill(score)

/** The sums the database returns for these answers. */
function answers(
  issueId: string,
  axis: Axis,
  groupKey: string,
  scores: (number | null)[],
): Aggregate {
  const given = scores.filter((score) => score !== null)
  const sumSquares = add(given.map((score) => score * score))
  const dontKnow = scores.length - given.length
  return { issueId, axis, groupKey, n: given.length, sum: add(given), sumSquares, dontKnow }
}

/** One group's answers on both axes of an issue. */
const rated = (
  issueId: string,
  groupKey: string,
  impact: (number | null)[],
  stakeholder: (number | null)[],
) => [
  answers(issueId, 'impact', groupKey, impact),
  answers(issueId, 'stakeholder', groupKey, stakeholder),
]

const group = (key: string, weight = 1): ScoringGroup => ({
  key,
  weight,
  axes: ['impact', 'stakeholder'],
})

/** Issue ids equal their codes, which keeps fixtures short. */
const issues = (...codes: string[]) => codes.map((code) => ({ id: code, code }))

function score(input: Partial<ScoringInput> & Pick<ScoringInput, 'aggregates'>): MatrixScores {
  return scoreMatrix({
    issues: issues(...new Set(input.aggregates.map((row) => row.issueId))),
    groups: [group('all')],
    settings: settings(),
    ...input,
  })
}

function find(result: MatrixScores, code: string): IssueScore {
  const issue = result.issues.find((candidate) => candidate.code === code)
  if (!issue) throw new Error(`no issue ${code}`)
  return issue
}

const tiers = (result: MatrixScores) =>
  Object.fromEntries(result.issues.map((issue) => [issue.code, issue.tier]))

describe('summarise', () => {
  test('matches a direct two-pass computation of mean and sample SD', () => {
    const direct = (values: number[]) => {
      const mean = add(values) / values.length
      const squares = add(values.map((value) => (value - mean) ** 2))
      return { mean, sd: Math.sqrt(squares / (values.length - 1)) }
    }
    for (const values of [
      [2, 4, 4, 4, 5, 5, 7, 9],
      [1, 5, 2, 2, 4],
      [3, 3, 3],
      [1, 7],
    ]) {
      const summary = summarise(answers('i', 'impact', 'g', values))
      expect(summary.n).toBe(values.length)
      expect(summary.mean).toBeCloseTo(direct(values).mean, 10)
      expect(summary.sd).toBeCloseTo(direct(values).sd, 10)
    }
  })

  test('computes from sums: n = 8, Σx = 40, Σx² = 232', () => {
    // mean = 40/8 = 5; s² = (8·232 − 40²)/(8·7) = 256/56 = 32/7; s = 2.1380899353
    const summary = summarise({ n: 8, sum: 40, sumSquares: 232 })
    expect(summary.mean).toBe(5)
    expect(summary.sd).toBeCloseTo(2.138089935299395, 10)
  })

  test('one answer has SD 0 and no answers have no mean', () => {
    expect(summarise({ n: 1, sum: 4, sumSquares: 16 })).toEqual({ n: 1, mean: 4, sd: 0 })
    expect(summarise({ n: 0, sum: 0, sumSquares: 0 })).toEqual({ n: 0, mean: null, sd: 0 })
  })

  test('equal non-integer scores give SD 0, not NaN from a rounding-negative variance', () => {
    // (3·Σx² − (Σx)²) for 1.3, 1.3, 1.3 comes out as −2.7e−15 in floating point.
    expect(summarise({ n: 3, sum: 1.3 * 3, sumSquares: 1.3 * 1.3 * 3 }).sd).toBe(0)
  })
})

describe('quantile', () => {
  test('matches numpy’s default (type 7) quantiles', () => {
    // h = (n − 1)·p; Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])
    expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 10) // h = 2.25: 3 + 0.25·1
    expect(quantile([3.1, 3.5, 4.2], 0.75)).toBeCloseTo(3.85, 10) // h = 1.5: 3.5 + 0.5·0.7
    const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    expect(quantile(oneToTen, 0.75)).toBeCloseTo(7.75, 10) // h = 6.75: 7 + 0.75·1
    expect(quantile(oneToTen, 0.1)).toBeCloseTo(1.9, 10) // h = 0.9: 1 + 0.9·1
  })

  test('p = 0 and p = 1 give the extremes; one value gives itself', () => {
    expect(quantile([2, 3, 5], 0)).toBe(2)
    expect(quantile([2, 3, 5], 1)).toBe(5)
    expect(quantile([4.2], 0.75)).toBe(4.2)
  })

  test('rejects no values, p outside 0..1 and unsorted values', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError)
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError)
    expect(() => quantile([1, 2], Number.NaN)).toThrow(RangeError)
    expect(() => quantile([2, 1], 0.5)).toThrow(RangeError)
  })
})

describe('scoreMatrix: one issue and axis', () => {
  // Weights: gov 1, inv 2, emp 1.
  // impact:      gov 4,4,5 · inv 3,3,3,4 · emp 2,5,DK (n = 2 < nMin = 3: not eligible)
  // stakeholder: gov DK,DK,DK (all "don't know") · inv 4,4,4 · emp no responses at all
  const groups = [group('gov', 1), group('inv', 2), group('emp', 1)]
  const aggregates = [
    answers('i1', 'impact', 'gov', [4, 4, 5]),
    answers('i1', 'impact', 'inv', [3, 3, 3, 4]),
    answers('i1', 'impact', 'emp', [2, 5, null]),
    answers('i1', 'stakeholder', 'gov', [null, null, null]),
    answers('i1', 'stakeholder', 'inv', [4, 4, 4]),
  ]
  const result = score({ groups, aggregates })
  const [issue] = result.issues

  test('reports every source group for tooltips, eligible or not', () => {
    // gov: m = 13/3; s² = (3·57 − 13²)/(3·2) = 2/6 → s = √(1/3) = 0.5773502692
    // inv: m = 13/4; s² = (4·43 − 13²)/(4·3) = 3/12 → s = 0.5
    // emp: m = 7/2;  s² = (2·29 − 7²)/(2·1) = 9/2 → s = 2.1213203436
    const [gov, inv, emp] = issue!.impact.groups
    expect(gov).toMatchObject({ key: 'gov', weight: 1, n: 3, dontKnow: 0, eligible: true })
    expect(gov!.mean).toBeCloseTo(13 / 3, 10)
    expect(gov!.sd).toBeCloseTo(0.5773502691896257, 10)
    expect(inv).toMatchObject({ key: 'inv', weight: 2, n: 4, mean: 3.25, sd: 0.5, eligible: true })
    expect(emp).toMatchObject({ key: 'emp', n: 2, mean: 3.5, dontKnow: 1, eligible: false })
    expect(emp!.sd).toBeCloseTo(2.1213203435596424, 10)
  })

  test('computes S, coverage, SE and spread over the eligible groups only', () => {
    // S = (1·13/3 + 2·13/4)/(1 + 2) = (26/6 + 39/6)/3 = 65/18 = 3.6111111111
    // C = (1 + 2)/(1 + 2 + 1) = 0.75
    // ŵ = 1/3, 2/3: SE² = (1/9)·(1/3)/3 + (4/9)·(1/4)/4 = 1/81 + 1/36 = 13/324 → SE = √13/18
    // D = 13/3 − 13/4 = 13/12
    const { impact } = issue!
    expect(impact.score).toBeCloseTo(65 / 18, 10)
    expect(impact.coverage).toBeCloseTo(0.75, 10)
    expect(impact.se).toBeCloseTo(0.20030840419244383, 10)
    expect(impact.spread).toBeCloseTo(13 / 12, 10)
    expect(impact.n).toBe(9) // 3 + 4 + 2 answers from all source groups
    expect(impact.dontKnow).toBe(1)
  })

  test('treats all "don\'t know" and no responses as no data, with one eligible group', () => {
    // Only inv is eligible: S = 4, SE = √(1²·0/3) = 0, D = 0 (one group), C = 2/(1 + 2 + 1) = 0.5
    const { stakeholder } = issue!
    expect(stakeholder.groups[0]).toMatchObject({ n: 0, mean: null, sd: 0, dontKnow: 3 })
    expect(stakeholder.groups[2]).toMatchObject({ key: 'emp', n: 0, mean: null, dontKnow: 0 })
    expect(stakeholder.groups.map((g) => g.eligible)).toEqual([false, true, false])
    expect(stakeholder).toMatchObject({ score: 4, se: 0, spread: 0, coverage: 0.5, dontKnow: 3 })
  })

  test('takes the priority as the mean of the two axis scores', () => {
    // P = (65/18 + 4)/2 = 137/36 = 3.8055555556
    expect(issue!.priority).toBeCloseTo(137 / 36, 10)
  })

  test('a coverage of exactly 0.5 is not low coverage', () => {
    expect(issue!.flags).not.toContain('low-coverage')
  })

  test('what-if weights replace the groups’ weights', () => {
    const whatIf = score({ groups, aggregates, weights: { inv: 1 } }).issues[0]!.impact
    // S = (13/3 + 13/4)/2 = 91/24 = 3.7916666667; C = 2/3
    // ŵ = 1/2, 1/2: SE² = (1/4)·(1/3)/3 + (1/4)·(1/4)/4 = 1/36 + 1/64 = 25/576 → SE = 5/24
    expect(whatIf.score).toBeCloseTo(91 / 24, 10)
    expect(whatIf.coverage).toBeCloseTo(2 / 3, 10)
    expect(whatIf.se).toBeCloseTo(5 / 24, 10)
    expect(whatIf.groups[1]!.weight).toBe(1)
  })

  test('a group weighted 0 is not eligible and moves neither S nor the spread', () => {
    const whatIf = score({ groups, aggregates, weights: { gov: 0 } }).issues[0]!.impact
    // E = {inv}: S = 13/4, SE = 0.5/√4 = 0.25, D = 0, C = 2/(0 + 2 + 1) = 2/3
    expect(whatIf.groups[0]).toMatchObject({ key: 'gov', weight: 0, eligible: false })
    expect(whatIf).toMatchObject({ score: 3.25, se: 0.25, spread: 0 })
    expect(whatIf.coverage).toBeCloseTo(2 / 3, 10)
  })

  test('all weights 0 leave no score and no coverage, for management to decide', () => {
    const weights = { gov: 0, inv: 0, emp: 0 }
    const [zero] = score({ groups, aggregates, weights }).issues
    expect(zero!.impact).toMatchObject({ score: null, se: null, spread: null, coverage: 0 })
    expect(zero).toMatchObject({ priority: null, rank: null, tier: 'review' })
    expect(zero!.flags).toEqual(['insufficient-data', 'low-coverage'])
  })

  test('rejects a negative weight', () => {
    expect(() => score({ groups, aggregates, weights: { inv: -1 } })).toThrow(RangeError)
  })

  test('ignores answers from a group that does not rate the axis, pooled or not', () => {
    // gov rates impact only; its stakeholder rows (1,1,1) must not count anywhere.
    // impact gov 4,4,4 · emp 4,4,4 → 4; stakeholder emp 4,4,4 → 4; T = 3.5: material.
    // Pooled, stakeholder is emp's 4,4,4 alone (with gov's rows it would be 15/6 = 2.5).
    const groups: ScoringGroup[] = [{ key: 'gov', weight: 1, axes: ['impact'] }, group('emp')]
    const aggregates = [
      ...rated('O', 'gov', [4, 4, 4], [1, 1, 1]),
      ...rated('O', 'emp', [4, 4, 4], [4, 4, 4]),
    ]
    const threshold = absolute(3.5, 3.5)
    const issue = score({ groups, aggregates, settings: settings({ threshold }) }).issues[0]!
    expect(issue.stakeholder).toMatchObject({ score: 4, n: 3, coverage: 1 })
    expect(issue.stakeholder.groups.map((g) => g.key)).toEqual(['emp'])
    expect(issue).toMatchObject({ tier: 'material', flags: [] })
    expect(issue.sensitivity).toEqual({ pooled: 'material', equalWeights: 'material' })
  })
})

describe('scoreMatrix: percentile thresholds', () => {
  // One group; issue scores are the means of the answers.
  // impact:      A 2 · B 3 · C 4 · D 5 · E mean(4,5,4,5) = 4.5 · F no answers
  // stakeholder: A 1 · B 2 · C 2 · D 3 · E 2                 · F no answers
  const aggregates = [
    ...rated('A', 'all', [2, 2, 2], [1, 1, 1]),
    ...rated('B', 'all', [3, 3, 3], [2, 2, 2]),
    ...rated('C', 'all', [4, 4, 4], [2, 2, 2]),
    ...rated('D', 'all', [5, 5, 5], [3, 3, 3]),
    ...rated('E', 'all', [4, 5, 4, 5], [2, 2, 2, 2]),
    ...rated('F', 'all', [], []),
  ]

  test('Q_p wins on impact and the neutral floor (K+1)/2 = 3 on stakeholder', () => {
    // F has no score and is left out. impact sorted 2, 3, 4, 4.5, 5: h = 4·0.75 = 3 → Q = 4.5
    // T = max(3, 4.5) = 4.5. stakeholder sorted 1, 2, 2, 2, 3: Q = x[3] = 2 → T = max(3, 2) = 3
    expect(score({ aggregates }).thresholds).toEqual({ impact: 4.5, stakeholder: 3 })
  })

  test('interpolates between scores', () => {
    // p = 0.6: h = 4·0.6 = 2.4 → Q = 4 + 0.4·(4.5 − 4) = 4.2
    const threshold = { mode: 'percentile', p: 0.6 } as const
    const result = score({ aggregates, settings: settings({ threshold }) })
    expect(result.thresholds.impact).toBeCloseTo(4.2, 10)
  })

  test('the floor is 4 on a 7-point scale', () => {
    // impact T = max(4, 4.5) = 4.5; stakeholder T = max(4, 2) = 4
    const result = score({ aggregates, settings: settings({ scaleMax: 7 }) })
    expect(result.thresholds).toEqual({ impact: 4.5, stakeholder: 4 })
    expect(result.scaleMax).toBe(7)
  })

  test('with no scores at all the thresholds are the neutral point', () => {
    const rows = rated('A', 'all', [null, null, null], [])
    expect(score({ aggregates: rows }).thresholds).toEqual({ impact: 3, stakeholder: 3 })
    const seven = score({ aggregates: rows, settings: settings({ scaleMax: 7 }) })
    expect(seven.thresholds).toEqual({ impact: 4, stakeholder: 4 })
  })
})

describe('scoreMatrix: rules and tiers', () => {
  // One group, constant answers (SE = 0), absolute thresholds 3.5 on both axes; no score is
  // within 0.10 of a threshold. A: 4, 4 · B: 4, 3 · C: 3, 4 · D: 3, 3
  const aggregates = [
    ...rated('A', 'all', [4, 4, 4], [4, 4, 4]),
    ...rated('B', 'all', [4, 4, 4], [3, 3, 3]),
    ...rated('C', 'all', [3, 3, 3], [4, 4, 4]),
    ...rated('D', 'all', [3, 3, 3], [3, 3, 3]),
  ]
  const under = (rule: ScoringSettings['rule']) =>
    score({ aggregates, settings: settings({ rule, threshold: absolute(3.5, 3.5) }) })

  test('both: the top-right quadrant is material; one axis alone goes to review', () => {
    const result = under('both')
    expect(tiers(result)).toEqual({ A: 'material', B: 'review', C: 'review', D: 'not-material' })
    expect(result.thresholds).toEqual({ impact: 3.5, stakeholder: 3.5 })
    expect(result.rule).toBe('both')
    expect(find(result, 'A').flags).toEqual([])
  })

  test('either: one axis at or above its threshold is enough', () => {
    const expected = { A: 'material', B: 'material', C: 'material', D: 'not-material' }
    expect(tiers(under('either'))).toEqual(expected)
  })

  test('impactOnly: only the impact axis counts', () => {
    const expected = { A: 'material', B: 'material', C: 'not-material', D: 'not-material' }
    expect(tiers(under('impactOnly'))).toEqual(expected)
  })

  test('a score equal to its threshold is at or above it', () => {
    // S = 4 = T on both axes, but then |S − T| = 0 ≤ 0.10: borderline, so review
    const result = score({ aggregates, settings: settings({ threshold: absolute(4, 4) }) })
    expect(find(result, 'A')).toMatchObject({ tier: 'review', flags: ['borderline'] })
    // under both, B (4 ≥ 4, 3 < 4) has one axis at its threshold: review, not not-material
    expect(find(result, 'B').tier).toBe('review')
  })
})

describe('scoreMatrix: borderline', () => {
  test('within the 0.10 band of a threshold', () => {
    // weights gov 3, inv 2; impact gov 4,4,4 · inv 3,3,3: S = (3·4 + 2·3)/5 = 3.6, SE = 0
    const groups = [group('gov', 3), group('inv', 2)]
    const aggregates = [
      ...rated('X', 'gov', [4, 4, 4], [5, 5, 5]),
      ...rated('X', 'inv', [3, 3, 3], [5, 5, 5]),
    ]
    const at = (impact: number) =>
      find(
        score({ groups, aggregates, settings: settings({ threshold: absolute(impact, 3.5) }) }),
        'X',
      )
    // T = 3.5: |3.6 − 3.5| = 0.10 ≤ max(0.10, 1.96·0) (exactly, though 3.6 − 3.5 ≠ 0.1 in binary)
    expect(at(3.5)).toMatchObject({ tier: 'review', flags: ['borderline'] })
    // T = 3.49: |3.6 − 3.49| = 0.11 > 0.10
    expect(at(3.49).tier).toBe('material')
    expect(at(3.49).flags).not.toContain('borderline')
    // T = 3.7: |3.6 − 3.7| = 0.10, and below the threshold: still review, not not-material
    expect(at(3.7)).toMatchObject({ tier: 'review', flags: ['borderline'] })
  })

  test('within 1.96·SE of a threshold when that is wider than 0.10', () => {
    // Y impact 3,5,3,5: m = 4, s² = (4·68 − 16²)/(4·3) = 4/3, SE = √(4/3)/√4 = 0.5773502692
    // 1.96·SE = 1.1316 > 0.10 and |4 − 3.5| = 0.5 ≤ 1.1316: borderline
    // Z impact 4,4,4,4: m = 4, SE = 0, |4 − 3.5| = 0.5 > 0.10: material
    const aggregates = [
      ...rated('Y', 'all', [3, 5, 3, 5], [5, 5, 5, 5]),
      ...rated('Z', 'all', [4, 4, 4, 4], [5, 5, 5, 5]),
    ]
    const result = score({ aggregates, settings: settings({ threshold: absolute(3.5, 3.5) }) })
    expect(find(result, 'Y').impact.se).toBeCloseTo(0.5773502691896257, 10)
    expect(find(result, 'Y')).toMatchObject({ tier: 'review', flags: ['borderline'] })
    expect(find(result, 'Z')).toMatchObject({ tier: 'material', flags: [] })
  })
})

describe('scoreMatrix: the borderline band setting', () => {
  // Y impact 3,5,3,5: m = 4, SE = √(4/3)/√4 = 0.5773502692 · Z impact 4,4,4,4: m = 4, SE = 0.
  // Stakeholder 5 for both; absolute thresholds 3.5, so |S − T| = 0.5 on impact for both and
  // 1.5 on stakeholder (never in a band below).
  const aggregates = [
    ...rated('Y', 'all', [3, 5, 3, 5], [5, 5, 5, 5]),
    ...rated('Z', 'all', [4, 4, 4, 4], [5, 5, 5, 5]),
  ]
  const under = (borderline: ScoringSettings['borderline']) =>
    score({ aggregates, settings: settings({ threshold: absolute(3.5, 3.5), borderline }) })

  test('k·SE: a smaller k narrows the band around each issue', () => {
    // k = 1: max(0.10, 0.5774) = 0.5774 ≥ 0.5: Y borderline · k = 0.8: 0.4619 < 0.5: material
    expect(find(under({ mode: 'se', k: 1 }), 'Y')).toMatchObject({
      tier: 'review',
      flags: ['borderline'],
    })
    expect(find(under({ mode: 'se', k: 0.8 }), 'Y')).toMatchObject({ tier: 'material', flags: [] })
  })

  test('k·SE never goes below 0.10: k = 0 leaves the 0.10 floor', () => {
    // Threshold 3.95: |4 − 3.95| = 0.05 ≤ max(0.10, 0·SE) = 0.10 for Y and Z alike
    const result = score({
      aggregates,
      settings: settings({ threshold: absolute(3.95, 3.5), borderline: { mode: 'se', k: 0 } }),
    })
    expect(tiers(result)).toEqual({ Y: 'review', Z: 'review' })
  })

  test('a fixed width ignores SE: the same band for every issue', () => {
    // width 0.6: |4 − 3.5| = 0.5 ≤ 0.6 for Y and for Z (SE 0) · width 0.3: 0.5 > 0.3 for both
    expect(tiers(under({ mode: 'fixed', width: 0.6 }))).toEqual({ Y: 'review', Z: 'review' })
    expect(tiers(under({ mode: 'fixed', width: 0.3 }))).toEqual({ Y: 'material', Z: 'material' })
  })

  test('off: a score on its threshold is above it and material, not borderline', () => {
    // Threshold 4 on impact: S = 4 ≥ 4 for both; without a band nothing is borderline
    const result = score({
      aggregates,
      settings: settings({ threshold: absolute(4, 3.5), borderline: { mode: 'off' } }),
    })
    expect(find(result, 'Y')).toMatchObject({ tier: 'material', flags: [] })
    expect(find(result, 'Z')).toMatchObject({ tier: 'material', flags: [] })
  })

  test('only the axes the rule reads have a band', () => {
    // Stakeholder threshold 5: |5 − 5| = 0, in any band; impactOnly does not read that axis
    const result = score({
      aggregates,
      settings: settings({ threshold: absolute(3, 5), rule: 'impactOnly' }),
    })
    // impact: |4 − 3| = 1 > max(0.10, 1.96·0) for Z; 1 ≤ 1.96·0.5774 = 1.1316 for Y
    expect(find(result, 'Z')).toMatchObject({ tier: 'material', flags: [] })
    expect(find(result, 'Y')).toMatchObject({ tier: 'review', flags: ['borderline'] })
  })

  test('bandWidth: max(0.10, k·SE), the fixed width, or none', () => {
    expect(bandWidth({ mode: 'se', k: 1.96 }, 0.2)).toBeCloseTo(0.392, 12)
    expect(bandWidth({ mode: 'se', k: 1.96 }, 0.03)).toBe(0.1)
    expect(bandWidth({ mode: 'se', k: 1.96 }, null)).toBeNull()
    expect(bandWidth({ mode: 'fixed', width: 0.25 }, 0.9)).toBe(0.25)
    expect(bandWidth({ mode: 'off' }, 0.2)).toBeNull()
  })
})

describe('scoreMatrix: coverage and missing data', () => {
  const groups = [group('gov'), group('inv'), group('emp')]
  const threshold = absolute(3.5, 3.5)

  test('coverage below 0.5 sends an issue to review', () => {
    // impact: gov 5,5,5 · inv 5,5 (n = 2 < 3) · emp none → C = 1/(1 + 1 + 1) = 1/3 < 0.5
    // stakeholder: 5,5,5 from all three → C = 1
    // Pooled, impact has n = 5 ≥ 3 answers as one group: C = 1, S = 5, material → sensitive
    const aggregates = [
      ...rated('L', 'gov', [5, 5, 5], [5, 5, 5]),
      ...rated('L', 'inv', [5, 5], [5, 5, 5]),
      answers('L', 'stakeholder', 'emp', [5, 5, 5]),
    ]
    const issue = score({ groups, aggregates, settings: settings({ threshold }) }).issues[0]!
    expect(issue.impact.coverage).toBeCloseTo(1 / 3, 10)
    expect(issue).toMatchObject({ tier: 'review', flags: ['low-coverage', 'sensitive'] })
    expect(issue.sensitivity).toEqual({ pooled: 'material', equalWeights: 'review' })
  })

  test('a coverage of 0.5 from decimal weights is not low, despite binary rounding', () => {
    // weights 0.1, 0.7, 0.8; impact: the 0.8 group has n = 2 < 3
    // C = (0.1 + 0.7)/(0.1 + 0.7 + 0.8) = 0.5 (0.49999999999999994 in binary)
    const decimals = [group('gov', 0.1), group('inv', 0.7), group('emp', 0.8)]
    const aggregates = [
      ...rated('W', 'gov', [4, 4, 4], [4, 4, 4]),
      ...rated('W', 'inv', [4, 4, 4], [4, 4, 4]),
      ...rated('W', 'emp', [4, 4], [4, 4, 4]),
    ]
    const issue = score({ groups: decimals, aggregates }).issues[0]!
    expect(issue.impact.coverage).toBeCloseTo(0.5, 10)
    expect(issue.flags).not.toContain('low-coverage')
  })

  test('no eligible group on an axis: insufficient data, no priority, no rank, review', () => {
    // impact: gov answered "don't know" three times; stakeholder: gov 4,4,4
    const aggregates = rated('N', 'gov', [null, null, null], [4, 4, 4])
    const issue = score({ groups, aggregates, settings: settings({ threshold }) }).issues[0]!
    expect(issue).toMatchObject({ priority: null, rank: null, tier: 'review' })
    expect(issue.impact).toMatchObject({ score: null, coverage: 0, n: 0, dontKnow: 3 })
    expect(issue.flags).toEqual(['insufficient-data', 'low-coverage'])
  })

  test('impactOnly decides on impact even when stakeholder has no data', () => {
    // M: impact gov, inv, emp 4,4,4 (S = 4, C = 1); stakeholder: no answers
    const aggregates = ['gov', 'inv', 'emp'].map((key) => answers('M', 'impact', key, [4, 4, 4]))
    const decide = (rule: ScoringSettings['rule']) =>
      score({ groups, aggregates, settings: settings({ threshold, rule }) }).issues[0]!
    expect(decide('impactOnly')).toMatchObject({ tier: 'material', rank: null, priority: null })
    expect(decide('impactOnly').flags).toEqual(['insufficient-data', 'low-coverage'])
    expect(decide('both').tier).toBe('review')
    expect(decide('either').tier).toBe('review')
  })
})

describe('scoreMatrix: topN', () => {
  // One group, constant answers. P = (x + y)/2:
  // A 5,5 → 5 · B 5,3 → 4 · C 4,4 → 4 · D 3,3 → 3 · E no answers → null
  // Ranks: A 1; B and C tie on P = 4, B has the higher S(impact): B 2, C 3; D 4; E none.
  const aggregates = [
    ...rated('A', 'all', [5, 5, 5], [5, 5, 5]),
    ...rated('B', 'all', [5, 5, 5], [3, 3, 3]),
    ...rated('C', 'all', [4, 4, 4], [4, 4, 4]),
    ...rated('D', 'all', [3, 3, 3], [3, 3, 3]),
    ...rated('E', 'all', [], []),
  ]
  const top = (n: number) =>
    score({ aggregates, settings: settings({ threshold: { mode: 'topN', n } }) })

  test('ties at the cut all go to review', () => {
    // N = 2: the cut is P(2nd) = 4 and the 3rd also has P = 4, so B and C are both review
    const result = top(2)
    expect(tiers(result)).toEqual({
      A: 'material',
      B: 'review',
      C: 'review',
      D: 'not-material',
      E: 'review',
    })
    expect(result.thresholds).toEqual({ impact: null, stakeholder: null })
    expect(result.cutPriority).toBe(4)
    expect(find(result, 'B').flags).toEqual(['borderline'])
    expect(result.issues.map((issue) => [issue.code, issue.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
      ['D', 4],
      ['E', null],
    ])
  })

  test('the N issues of highest priority are material, whatever the rule', () => {
    // N = 1: cut 5, next 4; N = 3: cut 4, next 3 — B holds under topN though its
    // stakeholder score is low, and the B–C tie inside the top 3 does not matter.
    expect(tiers(top(1))).toMatchObject({ A: 'material', B: 'not-material', C: 'not-material' })
    expect(top(1).cutPriority).toBe(5)
    expect(tiers(top(3))).toEqual({
      A: 'material',
      B: 'material',
      C: 'material',
      D: 'not-material',
      E: 'review',
    })
  })

  test('a top-N issue with coverage below 0.5 goes to review', () => {
    // weights gov 1, inv 1, emp 1. A: impact only gov 5,5,5 eligible → C = 1/3; stakeholder
    // all three 5,5,5. P(A) = 5, rank 1 of 2, inside the top 1, but review. B: 3,3 from all.
    const groups = [group('gov'), group('inv'), group('emp')]
    const aggregates = [
      ...rated('A', 'gov', [5, 5, 5], [5, 5, 5]),
      ...['inv', 'emp'].map((key) => answers('A', 'stakeholder', key, [5, 5, 5])),
      ...['gov', 'inv', 'emp'].flatMap((key) => rated('B', key, [3, 3, 3], [3, 3, 3])),
    ]
    const threshold = { mode: 'topN', n: 1 } as const
    const result = score({ groups, aggregates, settings: settings({ threshold }) })
    expect(find(result, 'A')).toMatchObject({ rank: 1, tier: 'review' })
    expect(find(result, 'A').flags).toContain('low-coverage')
    expect(find(result, 'B')).toMatchObject({ rank: 2, tier: 'not-material' })
  })

  test('with fewer ranked issues than N there is no cut and every ranked issue is in', () => {
    const result = top(10)
    expect(result.cutPriority).toBeNull()
    expect(find(result, 'D').tier).toBe('material')
  })
})

describe('scoreMatrix: ranking', () => {
  test('ties on priority go to the higher impact score', () => {
    // T2: 4, 3 and T1: 3, 4 both have P = 3.5; T2 has S(impact) 4 > 3, so it ranks first
    const aggregates = [
      ...rated('T1', 'all', [3, 3, 3], [4, 4, 4]),
      ...rated('T2', 'all', [4, 4, 4], [3, 3, 3]),
    ]
    expect(score({ aggregates }).issues.map((issue) => issue.code)).toEqual(['T2', 'T1'])
  })

  test('then to the higher stakeholder score', () => {
    // With P and S(impact) equal, S(stakeholder) is equal too, so only hand-built keys reach
    // this level: B (3.2) ranks before A (3.0) though A's code comes first.
    const key = { priority: 3.5, impact: 4, spread: 0 }
    const a = { ...key, stakeholder: 3, code: 'A', id: 'a' }
    const b = { ...key, stakeholder: 3.2, code: 'B', id: 'b' }
    expect(compareRankKeys(a, b)).toBeGreaterThan(0)
    expect(compareRankKeys(b, a)).toBeLessThan(0)
  })

  test('then to the smaller spread', () => {
    // U1 impact gov 5,5,5 · inv 3,3,3: S = 4, D = 2. U2 impact 4,4,4 from both: S = 4, D = 0.
    // Stakeholder 3,3,3 from both for each: P = 3.5 for both; U2 ranks first.
    const groups = [group('gov'), group('inv')]
    const aggregates = [
      ...rated('U1', 'gov', [5, 5, 5], [3, 3, 3]),
      ...rated('U1', 'inv', [3, 3, 3], [3, 3, 3]),
      ...rated('U2', 'gov', [4, 4, 4], [3, 3, 3]),
      ...rated('U2', 'inv', [4, 4, 4], [3, 3, 3]),
    ]
    const result = score({ groups, aggregates })
    expect(result.issues.map((issue) => [issue.code, issue.rank])).toEqual([
      ['U2', 1],
      ['U1', 2],
    ])
  })

  test('then to the code, compared with numbers as numbers', () => {
    // Identical answers; "E2" before "E10" (a plain string sort would put "E10" first)
    const aggregates = [
      ...rated('E10', 'all', [4, 4, 4], [4, 4, 4]),
      ...rated('E2', 'all', [4, 4, 4], [4, 4, 4]),
    ]
    expect(score({ aggregates }).issues.map((issue) => [issue.code, issue.rank])).toEqual([
      ['E2', 1],
      ['E10', 2],
    ])
  })

  test('lists unranked issues last, by code', () => {
    const aggregates = [
      ...rated('Z10', 'all', [], [4, 4, 4]),
      ...rated('Z9', 'all', [], [4, 4, 4]),
      ...rated('Z11', 'all', [2, 2, 2], [2, 2, 2]),
    ]
    expect(score({ aggregates }).issues.map((issue) => issue.code)).toEqual(['Z11', 'Z9', 'Z10'])
  })
})

describe('scoreMatrix: contested', () => {
  test('a spread of 1.5 or more between group means is contested', () => {
    // K1 impact gov 5,5,5 · inv 3,4,4,3: D = 5 − 3.5 = 1.5 → contested
    // K2 impact gov 5,5,5 · inv 4,4,3,4: D = 5 − 3.75 = 1.25 → not
    // K3 impact gov 4,4,5 · inv 3,3,3,2,3,3: D = 13/3 − 17/6 = 9/6 = 1.5 (1.4999999999999996
    //    in binary) → contested
    const groups = [group('gov'), group('inv')]
    const aggregates = [
      ...rated('K1', 'gov', [5, 5, 5], [4, 4, 4]),
      ...rated('K1', 'inv', [3, 4, 4, 3], [4, 4, 4]),
      ...rated('K2', 'gov', [5, 5, 5], [4, 4, 4]),
      ...rated('K2', 'inv', [4, 4, 3, 4], [4, 4, 4]),
      ...rated('K3', 'gov', [4, 4, 5], [4, 4, 4]),
      ...rated('K3', 'inv', [3, 3, 3, 2, 3, 3], [4, 4, 4]),
    ]
    const result = score({ groups, aggregates })
    expect(find(result, 'K1').impact.spread).toBe(1.5)
    expect(find(result, 'K1').flags).toContain('contested')
    expect(find(result, 'K2').impact.spread).toBe(1.25)
    expect(find(result, 'K2').flags).not.toContain('contested')
    expect(find(result, 'K3').impact.spread).toBeCloseTo(1.5, 10)
    expect(find(result, 'K3').flags).toContain('contested')
  })
})

describe('scoreMatrix: sensitivity', () => {
  const impactOnly = (impact: number) =>
    settings({ rule: 'impactOnly', threshold: absolute(impact, impact) })

  test('the pooled respondent mean can change a tier', () => {
    // impact gov 5,5,5 · emp 1 ×30, weights 1 and 1; T = 2.5, impactOnly
    // main: S = (5 + 1)/2 = 3, SE = 0, |3 − 2.5| = 0.5 > 0.10 → material; D = 4 → contested
    // pooled: n = 33, Σx = 15 + 30 = 45, Σx² = 75 + 30 = 105 → S = 45/33 = 15/11 = 1.3636
    //   s² = (33·105 − 45²)/(33·32) = 1440/1056 = 15/11; SE = √(15/11/33) = √5/11 = 0.2033
    //   |1.3636 − 2.5| = 1.1364 > max(0.10, 1.96·0.2033 = 0.3984), below T → not-material
    // equal weights: the weights are already equal → material
    const groups = [group('gov'), group('emp')]
    const aggregates = [
      ...rated('S1', 'gov', [5, 5, 5], [4, 4, 4]),
      ...rated('S1', 'emp', times(1, 30), [4, 4, 4]),
    ]
    const issue = score({ groups, aggregates, settings: impactOnly(2.5) }).issues[0]!
    expect(issue.tier).toBe('material')
    expect(issue.sensitivity).toEqual({ pooled: 'not-material', equalWeights: 'material' })
    expect(issue.flags).toEqual(['contested', 'sensitive'])
  })

  test('equal weights can change a tier', () => {
    // impact gov (weight 3) 4 ×30 · emp (weight 1) 2 ×10; T = 3.2, impactOnly
    // main: S = (3·4 + 1·2)/4 = 3.5, SE = 0, |3.5 − 3.2| = 0.3 > 0.10 → material
    // equal: S = (4 + 2)/2 = 3 < 3.2, |3 − 3.2| = 0.2 > 0.10 → not-material
    // pooled: n = 40, S = (120 + 20)/40 = 3.5; s² = (40·520 − 140²)/(40·39) = 10/13,
    //   SE = √(10/13/40) = 0.1387; |3.5 − 3.2| = 0.3 > 1.96·0.1387 = 0.2718 → material
    const groups = [group('gov', 3), group('emp', 1)]
    const aggregates = [
      ...rated('S2', 'gov', times(4, 30), [4, 4, 4]),
      ...rated('S2', 'emp', times(2, 10), [4, 4, 4]),
    ]
    const issue = score({ groups, aggregates, settings: impactOnly(3.2) }).issues[0]!
    expect(issue.impact.score).toBeCloseTo(3.5, 10)
    expect(issue.tier).toBe('material')
    expect(issue.sensitivity).toEqual({ pooled: 'material', equalWeights: 'not-material' })
    expect(issue.flags).toEqual(['contested', 'sensitive'])
  })

  test('equal weights give a group weighted 0 the weight 1', () => {
    // impact gov (weight 1) 4,4,4 · emp (weight 0) 1,1,1; T = 3.5, impactOnly
    // main: E = {gov}, S = 4, C = 1/1 = 1, D = 0 → material, not contested
    // equal: S = (4 + 1)/2 = 2.5, |2.5 − 3.5| = 1 > 0.10 → not-material
    // pooled: S = 15/6 = 2.5; s² = (6·51 − 15²)/(6·5) = 2.7, SE = √(2.7/6) = 0.6708;
    //   |2.5 − 3.5| = 1 ≤ 1.96·0.6708 = 1.3148 → borderline → review
    const groups = [group('gov', 1), group('emp', 0)]
    const aggregates = [
      ...rated('S3', 'gov', [4, 4, 4], [4, 4, 4]),
      ...rated('S3', 'emp', [1, 1, 1], [4, 4, 4]),
    ]
    const issue = score({ groups, aggregates, settings: impactOnly(3.5) }).issues[0]!
    expect(issue.impact).toMatchObject({ score: 4, coverage: 1, spread: 0 })
    expect(issue.tier).toBe('material')
    expect(issue.sensitivity).toEqual({ pooled: 'review', equalWeights: 'not-material' })
    expect(issue.flags).toEqual(['sensitive'])
  })

  test('the pooled variant recomputes its thresholds on the pooled scores', () => {
    // Percentile p = 0.75, impactOnly; gov and emp weigh 1; Q2 and Q3 have the same answers.
    //            impact answers                   main S            pooled S
    // Q1         gov 4,4,4 · emp 4,4,4             4                 4 (SE 0 in both)
    // Q2, Q3     gov 5,5,5 · emp 3,4 ×15           (5 + 3.5)/2 = 4.25 (15 + 105)/33 = 40/11 = 3.6364
    // Q4, Q5     gov 2,2,2 · emp 2,2,2             2                 2
    // main T:   sorted 2, 2, 4, 4.25, 4.25; h = 4·0.75 = 3 → T = 4.25; Q1 |4 − 4.25| = 0.25
    //           > 0.10, below → not-material
    // pooled T: sorted 2, 2, 3.6364, 3.6364, 4 → T = max(3, 3.6364) = 3.6364; Q1
    //           |4 − 3.6364| = 0.3636 > 0.10, above → material (against the main T it would not be)
    const groups = [group('gov'), group('emp')]
    const impact = {
      Q1: [
        [4, 4, 4],
        [4, 4, 4],
      ],
      Q2: [[5, 5, 5], Array.from({ length: 30 }, (_, i) => 3 + (i % 2))],
      Q3: [[5, 5, 5], Array.from({ length: 30 }, (_, i) => 3 + (i % 2))],
      Q4: [
        [2, 2, 2],
        [2, 2, 2],
      ],
      Q5: [
        [2, 2, 2],
        [2, 2, 2],
      ],
    }
    const aggregates = Object.entries(impact).flatMap(([code, [gov, emp]]) => [
      ...rated(code, 'gov', gov!, [4, 4, 4]),
      ...rated(code, 'emp', emp!, [4, 4, 4]),
    ])
    const result = score({ groups, aggregates, settings: settings({ rule: 'impactOnly' }) })
    expect(result.thresholds.impact).toBeCloseTo(4.25, 10)
    expect(find(result, 'Q2').impact.score).toBeCloseTo(4.25, 10)
    expect(find(result, 'Q1').tier).toBe('not-material')
    expect(find(result, 'Q1').sensitivity).toEqual({
      pooled: 'material',
      equalWeights: 'not-material',
    })
  })
})
