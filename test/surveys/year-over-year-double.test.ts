import { describe, expect, test } from 'vitest'
import type { Snapshot } from '../../surveys/domain/snapshot.ts'
import {
  type ComparableResult,
  compareDecisions,
  materialChanges,
} from '../../surveys/domain/year-over-year.ts'
import {
  type ComparableDouble,
  type ComparableTopic,
  compareDouble,
  compareDoubleDecisions,
  doubleFromResult,
  doubleFromSnapshot,
  type TopicChange,
} from '../../surveys/domain/year-over-year-double.ts'
import type { LocalizedText } from '../../surveys/i18n/locales.ts'
import { doubleChangesSentence } from '../../surveys/reports/disclosure.ts'
import type { TopicResult } from '../../surveys/scoring/double-materiality.ts'
import { demoSnapshot, idOf } from '../support/snapshot.ts'

// Year over year for double materiality (surveys/METHOD-MODE-B.md §8): every figure below is
// worked out by hand from the fixtures, never by the code under test.

const names = (en: string, hant: string, hans: string): LocalizedText => ({
  en,
  'zh-Hant': hant,
  'zh-Hans': hans,
})
const CLIMATE = names('Climate change mitigation', '氣候變化減緩', '气候变化减缓')
const WORKERS = names('Working conditions', '工作條件', '工作条件')
const PRIVACY = names('Privacy', '私隱', '隐私')
const CONDUCT = names('Business conduct', '商業行為', '商业行为')
const POLLUTION = names('Pollution of air', '空氣污染', '空气污染')

function topic(code: string, n: LocalizedText, scores: Partial<ComparableTopic>): ComparableTopic {
  return { code, names: n, impact: null, financial: null, material: false, ...scores }
}

const lastYear: ComparableDouble = {
  formula: 'mode-b',
  topics: [
    topic('E1.1', CLIMATE, { impact: 2.5, financial: 3.5, material: true }),
    topic('S1.1', WORKERS, { impact: 3.5, financial: null, material: true }),
    topic('S4.1', PRIVACY, { impact: 2, financial: 2 }),
    topic('G1.1', CONDUCT, { impact: 3.25, financial: 1, material: true }),
  ],
}

const thisYear: ComparableDouble = {
  formula: 'mode-b',
  topics: [
    topic('S4.1', PRIVACY, { impact: 4, financial: 4, material: true }),
    topic('E1.1', CLIMATE, { impact: 3, financial: 2, material: true }),
    topic('S1.1', WORKERS, { impact: 2, financial: 1.5 }),
    topic('E2.1', POLLUTION, { impact: 3.5, financial: null, material: true }),
  ],
}

const byCode = (changes: readonly TopicChange[], code: string) =>
  changes.find((change) => change.code === code)!

describe('compareDouble: two double-materiality years', () => {
  const comparison = compareDouble(lastYear, thisYear)

  test('I_t and F_t before, after and after − before; this year’s order, then the dropped', () => {
    expect(comparison).toMatchObject({
      basis: 'scores',
      previousFormula: 'mode-b',
      currentFormula: 'mode-b',
      formulaChanged: false,
    })
    expect(comparison.topics.map((t) => [t.code, t.presence])).toEqual([
      ['S4.1', 'both'],
      ['E1.1', 'both'],
      ['S1.1', 'both'],
      ['E2.1', 'new'],
      ['G1.1', 'dropped'],
    ])
    // 4 − 2 = 2 on both axes; climate 3 − 2.5 = 0.5 and 2 − 3.5 = −1.5.
    expect(byCode(comparison.topics, 'S4.1')).toMatchObject({
      impact: { before: 2, after: 4, delta: 2 },
      financial: { before: 2, after: 4, delta: 2 },
      movement: 'entered',
      arrowFrom: { impact: 2, financial: 2 },
    })
    expect(byCode(comparison.topics, 'E1.1')).toMatchObject({
      impact: { before: 2.5, after: 3, delta: 0.5 },
      financial: { before: 3.5, after: 2, delta: -1.5 },
      movement: 'stayed',
      arrowFrom: { impact: 2.5, financial: 3.5 },
    })
  })

  test('a score missing in one year: no delta and, without last year’s point, no arrow', () => {
    expect(byCode(comparison.topics, 'S1.1')).toEqual({
      code: 'S1.1',
      names: WORKERS,
      presence: 'both',
      impact: { before: 3.5, after: 2, delta: -1.5 },
      financial: { before: null, after: 1.5, delta: null },
      movement: 'left',
      arrowFrom: null,
    })
  })

  test('new and dropped topics: the other year is null; a dropped material topic left the set', () => {
    expect(byCode(comparison.topics, 'E2.1')).toEqual({
      code: 'E2.1',
      names: POLLUTION,
      presence: 'new',
      impact: { before: null, after: 3.5, delta: null },
      financial: { before: null, after: null, delta: null },
      movement: 'entered',
      arrowFrom: null,
    })
    expect(byCode(comparison.topics, 'G1.1')).toEqual({
      code: 'G1.1',
      names: CONDUCT,
      presence: 'dropped',
      impact: { before: 3.25, after: null, delta: null },
      financial: { before: 1, after: null, delta: null },
      movement: 'left',
      arrowFrom: null,
    })
    const moved = materialChanges(comparison.topics)
    expect(moved.entered.map((t) => t.code)).toEqual(['S4.1', 'E2.1'])
    expect(moved.left.map((t) => t.code)).toEqual(['S1.1', 'G1.1'])
    expect(moved.stayed).toBe(1)
  })

  test('another formula: still compared, and flagged', () => {
    const preset = compareDouble({ ...lastYear, formula: 'severity-likelihood' }, thisYear)
    expect(preset).toMatchObject({
      basis: 'scores',
      previousFormula: 'severity-likelihood',
      currentFormula: 'mode-b',
      formulaChanged: true,
    })
    expect(byCode(preset.topics, 'E1.1').financial.delta).toBe(-1.5)
  })
})

describe('across methods: the material decisions only', () => {
  const matrixYear: ComparableResult = {
    scaleMax: 5,
    issues: [
      {
        code: 'E1.1',
        names: CLIMATE,
        impact: 4.1,
        stakeholder: 3.9,
        priority: 4,
        rank: 1,
        material: true,
      },
      {
        code: 'S4.1',
        names: PRIVACY,
        impact: 2.2,
        stakeholder: 2.4,
        priority: 2.3,
        rank: 2,
        material: false,
      },
      {
        code: 'G1.1',
        names: CONDUCT,
        impact: 3.6,
        stakeholder: 3.1,
        priority: 3.35,
        rank: 3,
        material: true,
      },
    ],
  }

  test('a double-materiality year after a stakeholder matrix: movements, no scores, no arrows', () => {
    const comparison = compareDoubleDecisions(matrixYear.issues, thisYear)
    expect(comparison).toMatchObject({
      basis: 'decisions',
      previousFormula: null,
      currentFormula: 'mode-b',
      formulaChanged: false,
    })
    expect(comparison.topics.map((t) => [t.code, t.presence, t.movement])).toEqual([
      ['S4.1', 'both', 'entered'],
      ['E1.1', 'both', 'stayed'],
      ['S1.1', 'new', 'out'],
      ['E2.1', 'new', 'entered'],
      ['G1.1', 'dropped', 'left'],
    ])
    for (const change of comparison.topics) {
      expect(change.impact).toEqual({ before: null, after: null, delta: null })
      expect(change.financial).toEqual({ before: null, after: null, delta: null })
      expect(change.arrowFrom).toBeNull()
    }
  })

  test('a stakeholder matrix after a double-materiality year: the matrix comparison, decisions only', () => {
    const comparison = compareDecisions(lastYear.topics, matrixYear)
    expect(comparison.basis).toBe('decisions')
    expect(comparison.issues.map((i) => [i.code, i.presence, i.movement])).toEqual([
      ['E1.1', 'both', 'stayed'],
      ['S4.1', 'both', 'out'],
      ['G1.1', 'both', 'stayed'],
      ['S1.1', 'dropped', 'left'],
    ])
    for (const change of comparison.issues) {
      for (const axis of ['impact', 'stakeholder', 'priority', 'rank'] as const) {
        expect(change[axis].delta).toBeNull()
      }
      expect(change.arrowFrom).toBeNull()
    }
  })
})

/** A double-materiality snapshot on the demo snapshot's issues, sealed I_t and F_t by hand. */
function doubleSnapshot(): Snapshot {
  const base = demoSnapshot({ order: [idOf('9'), idOf('29')] })
  const sealed = (
    code: string,
    impact: number | null,
    financial: number | null,
    material: boolean,
  ) =>
    ({
      issueId: idOf(code),
      code,
      impact,
      financial,
      impactMaterial: material,
      financialMaterial: false,
      material,
      iros: [],
    }) satisfies TopicResult
  return {
    ...base,
    doubleMateriality: {
      settings: { formula: 'severity-likelihood', thresholds: {} as never },
      iros: [],
      scores: [],
      // Computed: 9 not material, 29 and 7 material; management confirmed 9 and 29 (order).
      topics: [
        sealed('9', 2.8, 2.6, false),
        sealed('29', 3.4, null, true),
        sealed('7', 3, 3, true),
      ],
    },
  }
}

describe('reading a year', () => {
  test('a sealed double-materiality version: I_t, F_t as sealed, material = the confirmed order', () => {
    const sealed = doubleFromSnapshot(doubleSnapshot())!
    expect(sealed.formula).toBe('severity-likelihood')
    expect(sealed.topics).toEqual([
      topic('9', demoSnapshot().issues.find((i) => i.code === '9')!.names, {
        impact: 2.8,
        financial: 2.6,
        material: true,
      }),
      topic('29', demoSnapshot().issues.find((i) => i.code === '29')!.names, {
        impact: 3.4,
        material: true,
      }),
      topic('7', demoSnapshot().issues.find((i) => i.code === '7')!.names, {
        impact: 3,
        financial: 3,
      }),
    ])
  })

  test('a stakeholder-matrix version is not a double-materiality year', () => {
    expect(doubleFromSnapshot(demoSnapshot())).toBeNull()
  })

  test('a live result: material as computed, names by issue id, the code where a name is missing', () => {
    const live = doubleFromResult(
      {
        settings: { formula: 'mode-b' },
        topics: [
          { issueId: '5', code: 'E1.1', impact: 3, financial: null, material: true },
          { issueId: '6', code: 'X9', impact: null, financial: null, material: false },
        ],
      },
      new Map([['5', CLIMATE]]),
    )
    expect(live).toEqual({
      formula: 'mode-b',
      topics: [
        topic('E1.1', CLIMATE, { impact: 3, material: true }),
        topic('X9', names('X9', 'X9', 'X9'), {}),
      ],
    })
  })
})

describe('the "changes from the previous period" sentence of a double-materiality year', () => {
  const comparison = compareDouble(lastYear, thisYear)

  test('entered and left, in three languages', () => {
    expect(doubleChangesSentence(comparison, 'en')).toBe(
      'Compared with the previous reporting period, “Privacy” and “Pollution of air” were added to the list of material topics and “Working conditions” and “Business conduct” were removed from it; the other material topic remains unchanged.',
    )
    expect(doubleChangesSentence(comparison, 'zh-Hant')).toBe(
      '與上一報告期相比，「私隱」及「空氣污染」新增為重要性議題，「工作條件」及「商業行為」不再列為重要性議題；其餘1個重要性議題維持不變。',
    )
    expect(doubleChangesSentence(comparison, 'zh-Hans')).toBe(
      '与上一报告期相比，“隐私”和“空气污染”新增为实质性议题，“工作条件”和“商业行为”不再列为实质性议题；其余1项实质性议题保持不变。',
    )
  })

  test('the formula changed: said after the changes', () => {
    const changed = compareDouble({ ...lastYear, formula: 'severity-likelihood' }, thisYear)
    expect(doubleChangesSentence(changed, 'en')).toMatch(
      / The scoring formula changed from the severity × likelihood preset to the default double materiality formula, so the two periods' scores are not strictly comparable\.$/,
    )
    expect(doubleChangesSentence(changed, 'zh-Hant')).toMatch(
      /評分公式由「嚴重程度 × 可能性」預設公式改為預設的雙重重要性公式，兩個報告期的得分不能直接比較。$/,
    )
    expect(doubleChangesSentence(comparison, 'en')).not.toMatch(/formula/)
  })

  test('against a stakeholder matrix: only the lists were compared; unchanged; first', () => {
    const decisions = compareDoubleDecisions(
      thisYear.topics.map((t) => ({ code: t.code, names: t.names, material: t.material })),
      thisYear,
    )
    expect(doubleChangesSentence(decisions, 'en')).toBe(
      'The list of material topics is unchanged from the previous reporting period. As one of the two periods was assessed with the stakeholder matrix and the other by double materiality, only the lists of material topics were compared, not the scores.',
    )
    expect(doubleChangesSentence(decisions, 'zh-Hans')).toBe(
      '与上一报告期相比，实质性议题列表无变化。由于两个报告期分别采用利益相关方矩阵及双重实质性评估，因此仅比较实质性议题列表，不比较得分。',
    )
    expect(doubleChangesSentence(null, 'en')).toMatch(/^This is the first materiality assessment/)
  })
})
