import { describe, expect, test } from 'vitest'
import type { Snapshot } from '../../surveys/domain/snapshot.ts'
import { LOCALES, type Locale } from '../../surveys/i18n/locales.ts'
import { buildDisclosure, type DisclosureSection } from '../../surveys/reports/disclosure.ts'
import type { TopicResult } from '../../surveys/scoring/double-materiality.ts'
import { demoSnapshot, idOf } from '../support/snapshot.ts'

// The double-materiality disclosure (issue 15 §9) on a sealed snapshot: what it cites and where
// its figure is. The words checked are the standards' own names, never the code's output.

const topic = (code: string, impact: number | null, financial: number | null): TopicResult => ({
  issueId: idOf(code),
  code,
  impact,
  financial,
  impactMaterial: (impact ?? 0) >= 3,
  financialMaterial: (financial ?? 0) >= 3,
  material: (impact ?? 0) >= 3 || (financial ?? 0) >= 3,
  iros: [],
})

/** The demo snapshot as a double-materiality version, its topics from `library`. */
function doubleSnapshot(library: string): Snapshot {
  const base = demoSnapshot()
  return {
    ...base,
    identification: { ...base.identification, library },
    doubleMateriality: {
      settings: { formula: 'mode-b', thresholds: { impact: 3, financial: 3 } },
      iros: [],
      scores: [],
      topics: [topic('7', 3.5, 2), topic('29', 2, 4), topic('9', 1.5, null)],
    },
  }
}

const identify = (snapshot: Snapshot, locale: Locale) => {
  const sections: DisclosureSection[] = buildDisclosure(snapshot, locale)
  return sections.find((section) => section.id === 'identify')!.paragraphs.join('\n')
}

/** What each language calls the HKEX guide, its Appendix C2 and Part D of the Code. */
const HKEX: Record<Locale, { guide: string; partD: string }> = {
  en: { guide: "the Stock Exchange's ESG Reporting Guide", partD: 'Part D of the Stock Exchange' },
  'zh-Hant': { guide: '《環境、社會及管治報告指引》', partD: '守則》D部分' },
  'zh-Hans': { guide: '《环境、社会及管治报告指引》', partD: '守则》D部分' },
}

describe('the identification sentence cites the method of the assessment', () => {
  test.each(LOCALES)(
    'double materiality on ESRS topics (%s): ESRS 1, ESRS 2, IFRS S2, Part D; not the guide',
    (locale) => {
      const text = identify(doubleSnapshot('esrs-2023'), locale)
      for (const name of ['ESRS 1', 'AR 16', 'ESRS 2', 'IFRS S2', HKEX[locale].partD]) {
        expect(text, name).toContain(name)
      }
      expect(text).not.toContain(HKEX[locale].guide)
      expect(text).not.toContain('C2')
    },
  )

  test.each(LOCALES)(
    'double materiality on the HKEX 33 (%s): the guide’s issues, assessed under ESRS 1 and 2',
    (locale) => {
      // The demo's period is 2025: the guide is the "Code" by then.
      const text = identify(doubleSnapshot('hkex-33'), locale)
      for (const name of ['C2', 'ESRS 1', 'ESRS 2', 'IFRS S2', HKEX[locale].partD]) {
        expect(text, name).toContain(name)
      }
      expect(text).not.toContain('AR 16')
    },
  )

  test.each(LOCALES)('the stakeholder matrix (%s) still cites the guide alone', (locale) => {
    const text = identify(
      demoSnapshot({
        assessment: {
          ...demoSnapshot().assessment,
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
        },
      }),
      locale,
    )
    expect(text).toContain(HKEX[locale].guide)
    for (const name of ['ESRS', 'IFRS', HKEX[locale].partD]) expect(text, name).not.toContain(name)
  })
})

describe('the figure of a double-materiality disclosure', () => {
  const CAPTION: Record<Locale, string[]> = {
    en: ['double-materiality matrix', 'impact materiality', 'financial materiality', '1 to 5'],
    'zh-Hant': ['雙重重要性矩陣', '影響重要性', '財務重要性', '1至5分'],
    'zh-Hans': ['双重实质性矩阵', '影响实质性', '财务实质性', '1至5分'],
  }

  test.each(LOCALES)('IRO-2 carries the double-materiality matrix, captioned in %s', (locale) => {
    const sections = buildDisclosure(doubleSnapshot('esrs-2023'), locale)
    const figures = sections.filter((section) => section.figure)
    expect(figures.map((section) => [section.id, section.figure?.id])).toEqual([
      ['iro-2', 'double-materiality'],
    ])
    for (const words of CAPTION[locale]) expect(figures[0]?.figure?.caption).toContain(words)
  })

  test('the preset’s caption says its 0–5 range; the matrix keeps the survey’s figure', () => {
    const base = doubleSnapshot('esrs-2023')
    const preset: Snapshot = {
      ...base,
      doubleMateriality: {
        ...base.doubleMateriality!,
        settings: {
          formula: 'severity-likelihood',
          thresholds: { 'negative-impact': 3, 'positive-impact': 3, risk: 3, opportunity: 3 },
        },
      },
    }
    const caption = buildDisclosure(preset, 'en').find((s) => s.figure)?.figure?.caption
    expect(caption).toContain('from 0 to 5')
    expect(caption).toContain('the threshold of its type')
    const matrix = buildDisclosure(demoSnapshot(), 'en').filter((section) => section.figure)
    expect(matrix.map((section) => section.figure?.id)).toEqual(['matrix'])
  })
})

describe('IRO-1 against ESRS 2 ¶53', () => {
  // ¶53(c)(iii): "how the undertaking prioritises sustainability-related risks relative to other
  // types of risks, including its use of risk-assessment tools" — the product cannot know it, so
  // (c) leaves it bracketed for the company, like (e) and (f).
  const BRACKET: Record<Locale, string> = {
    en: '[describe how they are prioritised relative to other types of risks, including the risk-assessment tools used]',
    'zh-Hant': '［請說明這些風險如何與其他類型的風險比較排序，包括所用的風險評估工具。］',
    'zh-Hans': '［请说明这些风险如何与其他类型的风险比较排序，包括所用的风险评估工具。］',
  }

  test.each(LOCALES)('(c) asks for the priority against other types of risks (%s)', (locale) => {
    const iro1 = buildDisclosure(doubleSnapshot('esrs-2023'), locale).find((s) => s.id === 'iro-1')
    const c = iro1?.paragraphs.find((p) => p.startsWith('(c)')) ?? ''
    expect(c).toContain(BRACKET[locale])
  })
})
