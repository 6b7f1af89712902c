import { describe, expect, test } from 'vitest'
import {
  type ComparableIssue,
  type ComparableResult,
  compareResults,
  materialChanges,
  normalise,
  rescale,
  resultFromScores,
  resultFromSnapshot,
} from '../../surveys/domain/year-over-year.ts'
import type { LocalizedText } from '../../surveys/i18n/locales.ts'
import { changesSentence } from '../../surveys/reports/disclosure.ts'
import { demoScores, demoSnapshot, idOf } from '../support/snapshot.ts'

const names = (en: string, hant: string, hans: string): LocalizedText => ({
  en,
  'zh-Hant': hant,
  'zh-Hans': hans,
})
const WATER = names('Water use', '水資源使用', '水资源使用')
const OFFICE = names('Green office', '綠色辦公室', '绿色办公室')
const CLIMATE = names('Climate change response', '應對氣候變化', '应对气候变化')
const PRIVACY = names('Customer privacy protection', '客戶隱私保護', '客户隐私保护')

function issue(code: string, n: LocalizedText, scores: Partial<ComparableIssue>): ComparableIssue {
  return {
    code,
    names: n,
    impact: null,
    stakeholder: null,
    priority: null,
    rank: null,
    material: false,
    ...scores,
  }
}

const lastYear: ComparableResult = {
  scaleMax: 5,
  issues: [
    issue('9', CLIMATE, { impact: 4.2, stakeholder: 4.0, priority: 4.1, rank: 1, material: true }),
    issue('7', WATER, { impact: 3.8, stakeholder: 3.6, priority: 3.7, rank: 2, material: true }),
    issue('10', OFFICE, { impact: 2.5, stakeholder: 2.7, priority: 2.6, rank: 3 }),
    issue('99', names('Old issue', '舊議題', '旧议题'), {
      impact: 2,
      stakeholder: 2,
      priority: 2,
      rank: 4,
    }),
  ],
}

const thisYear: ComparableResult = {
  scaleMax: 5,
  issues: [
    issue('10', OFFICE, { impact: 4.5, stakeholder: 4.1, priority: 4.3, rank: 1, material: true }),
    issue('7', WATER, { impact: 4.0, stakeholder: 3.6, priority: 3.8, rank: 2, material: true }),
    issue('29', PRIVACY, { impact: 3.9, stakeholder: 3.5, priority: 3.7, rank: 3, material: true }),
    issue('9', CLIMATE, { impact: 3.0, stakeholder: null, priority: null, rank: null }),
  ],
}

describe('compareResults', () => {
  test('matches issues by code: score and rank changes, entered and left the material set', () => {
    const comparison = compareResults(lastYear, thisYear)
    expect(comparison.basis).toBe('raw')
    const byCode = Object.fromEntries(comparison.issues.map((i) => [i.code, i]))
    expect(comparison.issues.map((i) => [i.code, i.presence, i.movement])).toEqual([
      ['10', 'both', 'entered'],
      ['7', 'both', 'stayed'],
      ['29', 'new', 'entered'],
      ['9', 'both', 'left'],
      ['99', 'dropped', 'out'],
    ])
    expect(byCode['10']?.impact.delta).toBeCloseTo(2.0, 12)
    expect(byCode['10']?.priority).toMatchObject({ before: 2.6, after: 4.3 })
    expect(byCode['10']?.rank).toEqual({ before: 3, after: 1, delta: 2 })
    expect(byCode['7']?.stakeholder).toEqual({ before: 3.6, after: 3.6, delta: 0 })
    expect(byCode['29']?.impact).toEqual({ before: null, after: 3.9, delta: null })
    expect(byCode['9']?.rank).toEqual({ before: 1, after: null, delta: null })
    expect(byCode['9']?.arrowFrom).toEqual({ impact: 4.2, stakeholder: 4.0 })
    expect(byCode['29']?.arrowFrom).toBeNull()
    const changes = materialChanges(comparison.issues)
    expect(changes.entered.map((i) => i.code)).toEqual(['10', '29'])
    expect(changes.left.map((i) => i.code)).toEqual(['9'])
    expect(changes.stayed).toBe(1)
  })

  test('compares on x̃ = (x − 1)/(K − 1) when the scale changed, and rescales the arrows', () => {
    expect(normalise(4, 5)).toBe(0.75)
    expect(rescale(4, 5, 7)).toBe(5.5)
    const sevenPoint: ComparableResult = {
      scaleMax: 7,
      issues: [
        issue('7', WATER, { impact: 5.5, stakeholder: 4, priority: 4.75, rank: 1, material: true }),
      ],
    }
    const comparison = compareResults(lastYear, sevenPoint)
    expect(comparison.basis).toBe('normalised')
    const water = comparison.issues.find((i) => i.code === '7')
    // Last year 3.8 on 1..5 → 0.7; this year 5.5 on 1..7 → 0.75.
    expect(water?.impact.before).toBeCloseTo(0.7, 12)
    expect(water?.impact.after).toBeCloseTo(0.75, 12)
    expect(water?.impact.delta).toBeCloseTo(0.05, 12)
    expect(water?.arrowFrom?.impact).toBeCloseTo(5.2, 12)
    expect(water?.rank.delta).toBe(1)
  })

  test('reads a confirmed snapshot (material = confirmed) and live scores (material = tier)', () => {
    const snapshot = demoSnapshot({ order: [idOf('7'), idOf('16')] })
    const confirmed = resultFromSnapshot(snapshot)
    expect(confirmed.issues.filter((i) => i.material).map((i) => i.code)).toEqual(['7', '16'])
    const live = resultFromScores(demoScores(), new Map([[idOf('7'), WATER]]))
    expect(live.issues.filter((i) => i.material).map((i) => i.code)).toEqual([
      '7',
      '10',
      '15',
      '29',
      '30',
    ])
    expect(live.issues[0]?.names).toEqual(WATER)
    expect(live.issues[1]?.names.en).toBe('10')
    const comparison = compareResults(live, confirmed)
    expect(materialChanges(comparison.issues).left.map((i) => i.code)).toEqual([
      '10',
      '15',
      '29',
      '30',
    ])
  })
})

describe('the GRI 3-2 changes sentence', () => {
  const comparison = compareResults(lastYear, thisYear)

  test('names what entered and left, in three languages', () => {
    expect(changesSentence(comparison, 'en')).toBe(
      'Compared with the previous reporting period, “Green office” and “Customer privacy protection” were added to the list of material topics and “Climate change response” was removed from it; the other material topic remains unchanged.',
    )
    expect(changesSentence(comparison, 'zh-Hant')).toBe(
      '與上一報告期相比，「綠色辦公室」及「客戶隱私保護」新增為重要性議題，「應對氣候變化」不再列為重要性議題；其餘1個重要性議題維持不變。',
    )
    expect(changesSentence(comparison, 'zh-Hans')).toBe(
      '与上一报告期相比，“绿色办公室”和“客户隐私保护”新增为实质性议题，“应对气候变化”不再列为实质性议题；其余1项实质性议题保持不变。',
    )
  })

  test('says so when nothing changed, when there is no previous period, and when K changed', () => {
    const same = compareResults(thisYear, thisYear)
    expect(changesSentence(same, 'en')).toBe(
      'The list of material topics is unchanged from the previous reporting period.',
    )
    expect(changesSentence(same, 'zh-Hant')).toBe('與上一報告期相比，重要性議題列表並無變化。')
    expect(changesSentence(null, 'zh-Hans')).toBe(
      '本年度为本集团首次采用此方法开展实质性评估，因此无与上一报告期相比的变化。',
    )
    const rescaled = compareResults({ ...thisYear, scaleMax: 7 }, thisYear)
    expect(changesSentence(rescaled, 'en')).toContain(
      'As the rating scale changed from 7 to 5 points, scores were compared on a common scale of 0 to 1.',
    )
    expect(changesSentence(rescaled, 'zh-Hant')).toContain('由7分制改為5分制')
  })

  test('only removals', () => {
    const removed = compareResults(thisYear, { ...thisYear, issues: thisYear.issues.slice(1) })
    expect(changesSentence(removed, 'en')).toBe(
      'Compared with the previous reporting period, “Green office” was removed from the list of material topics; the other two material topics remain unchanged.',
    )
  })
})
