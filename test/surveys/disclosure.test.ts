import { describe, expect, test } from 'vitest'
import { AXIS_NAMES } from '../../surveys/domain/model.ts'
import { fieldedQuestionnaire } from '../../surveys/domain/questionnaire.ts'
import { nameIn } from '../../surveys/domain/settings.ts'
import type { Snapshot } from '../../surveys/domain/snapshot.ts'
import { DEFAULT_STAKEHOLDER_GROUPS } from '../../surveys/domain/stakeholders.ts'
import { compareResults, resultFromSnapshot } from '../../surveys/domain/year-over-year.ts'
import { LOCALES, type Locale } from '../../surveys/i18n/locales.ts'
import { surveyText } from '../../surveys/i18n/survey.ts'
import { HKEX_33 } from '../../surveys/libraries/hkex-33.ts'
import {
  buildDisclosure,
  type DisclosureSection,
  SECTION_IDS,
  sectionText,
} from '../../surveys/reports/disclosure.ts'
import { griTitle } from '../../surveys/reports/gri-titles.ts'
import { demoSnapshot, idOf, MATERIAL_CODES } from '../support/snapshot.ts'

const APPROVED = { approvedAt: '2026-03-20T06:00:00.000Z', selfApproved: false }

const RATIONALE: Record<Locale, string> = {
  en: 'Anti-corruption is a listing requirement and our customers audit it.',
  'zh-Hant': '反貪污屬上市規則要求，且客戶每年均作審核。',
  'zh-Hans': '反贪污属上市规则要求，且客户每年均作审核。',
}

/** The demo snapshot with one override: anti-corruption (31) moved into the material set. */
function withOverride(locale: Locale): Snapshot {
  const snapshot = demoSnapshot({ order: [...MATERIAL_CODES.map(idOf), idOf('31')] })
  for (const decision of snapshot.decisions) {
    if (decision.rationale) decision.rationale = RATIONALE[locale]
    if (decision.issueId === idOf('31'))
      Object.assign(decision, { material: true, override: true, rationale: RATIONALE[locale] })
  }
  return snapshot
}

const allText = (sections: DisclosureSection[]) => sections.map(sectionText).join('\n\n')
const section = (sections: DisclosureSection[], id: string) => {
  const found = sections.find((s) => s.id === id)
  if (!found) throw new Error(`no section ${id}`)
  return found
}
const names = (codes: string[], locale: Locale) =>
  codes.map((code) => HKEX_33.find((issue) => issue.code === code)?.names[locale] ?? code)

/** English left in Chinese text once codes are taken out: KPI codes (A2.2), C2, ESG, GRI 3-1. */
function englishIn(text: string): string[] {
  const stripped = text.replace(/GRI \d-\d/g, '').replace(/\b(GRI|ESG|C2|[AB]\d(\.\d+)?)\b/g, '')
  return stripped.match(/[A-Za-z]{2,}/g) ?? []
}

describe('buildDisclosure', () => {
  test.each(LOCALES)(
    '%s: every section, the five material issues in order, the override',
    (locale) => {
      const sections = buildDisclosure(withOverride(locale), locale, { approval: APPROVED })
      expect(sections.map((s) => s.id)).toEqual([...SECTION_IDS])
      for (const s of sections) {
        expect(s.title.length).toBeGreaterThan(0)
        expect(s.paragraphs.every((p) => p.trim().length > 10)).toBe(true)
      }
      const material = section(sections, 'material').table
      expect(material?.rows.map((row) => row[2])).toEqual(names([...MATERIAL_CODES, '31'], locale))
      expect(material?.rows[0]).toEqual(
        locale === 'en'
          ? ['1', 'Environmental', 'Water use', 'A2 Use of Resources', 'A2.2, A2.4']
          : locale === 'zh-Hant'
            ? ['1', '環境', '水資源使用', 'A2 資源使用', 'A2.2、A2.4']
            : ['1', '环境', '水资源使用', 'A2 资源使用', 'A2.2、A2.4'],
      )
      const judged = section(sections, 'confirm').table
      expect(judged?.rows.map((row) => row[0])).toEqual(names(['16', '3', '9', '31'], locale))
      expect(judged?.rows.at(-1)?.[3]).toBe(RATIONALE[locale])
      const text = allText(sections)
      for (const name of names(MATERIAL_CODES, locale)) expect(text).toContain(name)
      expect(text).toContain(AXIS_NAMES.impact[locale])
      expect(text).toContain(AXIS_NAMES.stakeholder[locale])
      expect(section(sections, 'prioritise').figure?.id).toBe('matrix')
    },
  )

  test.each([
    [
      'en',
      [
        '12 March 2026',
        '20 March 2026',
        'for the year ended 31 December 2025',
        '33 potential material issues',
        '60 valid responses',
        '83.3%',
        '16.7%',
        '3.00',
        'six stakeholder groups',
      ],
    ],
    [
      'zh-Hant',
      [
        '2026年3月12日',
        '2026年3月20日',
        '截至2025年12月31日止年度',
        '33個潛在的重要性議題',
        '60份有效問卷',
        '83.3%',
        '16.7%',
        '3.00',
        '6類持份者',
      ],
    ],
    [
      'zh-Hans',
      [
        '2026年3月12日',
        '2026年3月20日',
        '截至2025年12月31日止年度',
        '33项潜在实质性议题',
        '60份有效问卷',
        '83.3%',
        '16.7%',
        '3.00',
        '6类利益相关方',
      ],
    ],
  ] as const)('%s formats dates, counts, rates, weights and thresholds', (locale, expected) => {
    const text = allText(buildDisclosure(withOverride(locale), locale, { approval: APPROVED }))
    for (const piece of expected) expect(text).toContain(piece)
  })

  test('large counts get digit grouping', () => {
    const snapshot = demoSnapshot()
    for (const group of snapshot.groups) group.responded = 250
    for (const [locale, total] of [
      ['en', '1,500'],
      ['zh-Hant', '1,500'],
      ['zh-Hans', '1,500'],
    ] as const) {
      expect(allText(buildDisclosure(snapshot, locale))).toContain(total)
    }
  })

  test.each(['zh-Hant', 'zh-Hans'] as const)(
    '%s leaves no English but codes and standard names',
    (locale) => {
      const sections = buildDisclosure(withOverride(locale), locale, {
        approval: { ...APPROVED, selfApproved: true },
        comparison: compareResults(
          resultFromSnapshot(demoSnapshot()),
          resultFromSnapshot(withOverride(locale)),
        ),
      })
      expect(englishIn(allText(sections))).toEqual([])
      const pending = buildDisclosure(withOverride(locale), locale)
      expect(englishIn(allText(pending))).toEqual([])
    },
  )

  test('each group shows invited, responded, rate, weight and its own channels', () => {
    const rows = section(buildDisclosure(demoSnapshot(), 'zh-Hant'), 'stakeholders').table?.rows
    expect(rows).toHaveLength(6)
    expect(rows?.[0]).toEqual([
      '政府及監管機構',
      '12',
      '10',
      '83.3%',
      '16.7%',
      DEFAULT_STAKEHOLDER_GROUPS[0]?.channels['zh-Hant'],
    ])
    expect(rows?.[2]?.slice(0, 4)).toEqual(['客戶', '公開連結', '10', '—'])
  })

  test('pending approval, self-approval and a group that did not answer are stated', () => {
    const snapshot = demoSnapshot()
    const silent = snapshot.groups[4]
    if (silent) silent.responded = 0
    const pending = allText(buildDisclosure(snapshot, 'en'))
    expect(pending).toContain("The results are pending the Board's approval.")
    expect(pending).toContain("subject to the Board's approval")
    expect(pending).toContain(
      'No valid responses were received from Suppliers; the results therefore do not reflect its views.',
    )
    const self = allText(
      buildDisclosure(snapshot, 'zh-Hant', { approval: { ...APPROVED, selfApproved: true } }),
    )
    expect(self).toContain(
      '由於本集團只有一名獲授權批准評估的人士，評估結果已於2026年3月20日由確認結果的同一人批准，並未經另一人審閱。',
    )
    expect(self).toContain('本次評估未收到供應商的有效問卷')
  })

  test.each([
    ['en', ['The Board reviewed', 'Board approved', "Following the Board's review"]],
    ['zh-Hant', ['董事會已於', '經董事會審視']],
    ['zh-Hans', ['董事会已于', '经董事会审阅']],
  ] as const)('%s: a self-approved result never says the Board approved it', (locale, board) => {
    const approval = { ...APPROVED, selfApproved: true }
    const self = allText(buildDisclosure(demoSnapshot(), locale, { approval }))
    for (const claim of board) expect(self).not.toContain(claim)
    const byBoard = allText(buildDisclosure(demoSnapshot(), locale, { approval: APPROVED }))
    for (const claim of board) expect(byBoard).toContain(claim)
    expect(allText(buildDisclosure(demoSnapshot(), 'en', { approval }))).toContain(
      'the results were approved on 20 March 2026 by the same person who confirmed them, without review by a second person.',
    )
  })

  test.each([
    ['en', ['The Board reviewed', 'Board approved', "Following the Board's review"]],
    ['zh-Hant', ['董事會已於', '經董事會審視']],
    ['zh-Hans', ['董事会已于', '经董事会审阅']],
  ] as const)(
    '%s: an approver the confirmer appointed after confirming is no Board either',
    (locale, board) => {
      const approval = { ...APPROVED, appointedByConfirmer: true }
      const text = allText(buildDisclosure(demoSnapshot(), locale, { approval }))
      for (const claim of board) expect(text).not.toContain(claim)
      const plain = {
        en: 'The results were approved on 20 March 2026 by a person whom the person who confirmed them appointed as an approver after confirming them; they were not reviewed by an independently appointed approver.',
        'zh-Hant':
          '評估結果已於2026年3月20日獲批准；批准人是確認結果的人士在確認後委任的，因此結果並未經獨立委任的批准人審閱。',
        'zh-Hans':
          '评估结果已于2026年3月20日获批准；批准人由确认结果的人员在确认后任命，因此结果未经独立任命的批准人审阅。',
      }
      expect(text).toContain(plain[locale])
    },
  )

  test.each([
    ['en', 'On 3 December 2026, the Group invited', 'Between 3 December 2026 and 4 December 2026'],
    ['zh-Hant', '本集團於2026年12月3日邀請', '於2026年12月3日至2026年12月4日期間，本集團邀請'],
    ['zh-Hans', '本集团于2026年12月3日邀请', '2026年12月3日至2026年12月4日期间，本集团邀请'],
  ] as const)('%s: a survey open for one day names that day once', (locale, oneDay, twoDays) => {
    // 20:00 UTC on the 2nd is 04:00 on the 3rd in Hong Kong, the report's time zone.
    const sameDay = demoSnapshot({
      survey: { openedAt: '2026-12-02T20:00:00.000Z', closedAt: '2026-12-03T09:00:00.000Z' },
    })
    const text = allText(buildDisclosure(sameDay, locale))
    expect(text).toContain(oneDay)
    expect(text).not.toMatch(/3 December 2026 and 3 December 2026|3日至2026年12月3日/)
    const longer = demoSnapshot({
      survey: { openedAt: '2026-12-03T01:00:00.000Z', closedAt: '2026-12-04T09:00:00.000Z' },
    })
    expect(allText(buildDisclosure(longer, locale))).toContain(twoDays)
  })

  test('states the rule and thresholds as configured', () => {
    const absolute = demoSnapshot()
    absolute.settings = {
      ...absolute.settings,
      threshold: { mode: 'absolute', impact: 3.5, stakeholder: 3.25 },
      rule: 'either',
    }
    absolute.result = {
      ...absolute.result,
      rule: 'either',
      thresholds: { impact: 3.5, stakeholder: 3.25 },
    }
    const text = allText(buildDisclosure(absolute, 'en'))
    expect(text).toContain(
      'when its score on either dimension reached the threshold. The thresholds were fixed before the survey opened: 3.50 for significance of impacts and 3.25 for influence on stakeholders.',
    )
    expect(text).toContain(
      'topics scoring at least 3.50 on significance of impacts or 3.25 on influence on stakeholders',
    )
    const topN = demoSnapshot()
    topN.settings = { ...topN.settings, threshold: { mode: 'topN', n: 5 } }
    topN.result = {
      ...topN.result,
      thresholds: { impact: null, stakeholder: null },
      cutPriority: 4.6,
    }
    expect(allText(buildDisclosure(topN, 'zh-Hans'))).toContain(
      '综合得分（两个维度得分的平均值）最高的5项议题建议列为实质性议题，其中最低综合得分为4.60。',
    )
  })

  test('names the ESG Reporting Guide before 2025 and the Code from 2025', () => {
    const older = demoSnapshot()
    older.assessment = { ...older.assessment, periodStart: '2024-01-01', periodEnd: '2024-12-31' }
    expect(allText(buildDisclosure(older, 'zh-Hant'))).toContain('《環境、社會及管治報告指引》')
    expect(allText(buildDisclosure(demoSnapshot(), 'zh-Hant'))).toContain(
      '《環境、社會及管治報告守則》',
    )
    expect(allText(buildDisclosure(older, 'en'))).toContain('ESG Reporting Guide')
  })

  test('GRI 3-2 lists the topics with their GRI standards and the changes sentence', () => {
    const previous = resultFromSnapshot(demoSnapshot())
    const current = withOverride('en')
    const gri = section(
      buildDisclosure(current, 'en', {
        comparison: compareResults(previous, resultFromSnapshot(current)),
      }),
      'gri-3-2',
    )
    expect(gri.table?.rows.at(-1)).toEqual([
      '6',
      'Anti-corruption',
      'GRI 205: Anti-corruption 2016',
    ])
    expect(gri.paragraphs[1]).toBe(
      'Compared with the previous reporting period, “Anti-corruption” was added to the list of material topics; the other five material topics remain unchanged.',
    )
  })
})

describe('the scale in the words respondents saw', () => {
  test.each([
    [
      'en',
      '1 (“Not important”) to 5 (“Very important”), with 3 labelled “Moderately important”',
      "“Don't know / not applicable” answers",
    ],
    ['zh-Hant', '1（「不重要」）至5（「非常重要」），3為「一般重要」', '「不知道／不適用」的回答'],
    ['zh-Hans', '1（“不重要”）至5（“非常重要”），3为“一般重要”', '“不知道／不适用”的回答'],
  ] as const)(
    "%s: the survey's labels, also for snapshots sealed without them",
    (locale, scale, dontKnow) => {
      const text = section(buildDisclosure(demoSnapshot(), locale), 'prioritise').paragraphs[0]
      expect(text).toContain(scale)
      expect(text).toContain(dontKnow)
      expect(text).not.toMatch(/very low|極低|很低|不了解/)
      expect(text).toContain(surveyText[locale].dontKnow)
    },
  )

  test("the sealed labels win over today's, on the scale that was fielded", () => {
    const snapshot = demoSnapshot()
    snapshot.questionnaire = fieldedQuestionnaire({ scaleMax: 7, groups: [], issues: [] })
    const [low] = snapshot.questionnaire.scale.labels
    if (low) low.label = { ...low.label, 'zh-Hant': '完全不重要' }
    const text = section(buildDisclosure(snapshot, 'zh-Hant'), 'prioritise').paragraphs[0]
    expect(text).toContain('1（「完全不重要」）至7（「非常重要」），4為「一般重要」')
  })
})

describe('a reason written in another language than the report', () => {
  const reasons = (snapshot: Snapshot, locale: Locale) =>
    section(buildDisclosure(snapshot, locale), 'confirm').table?.rows.map((row) => row[3])

  test.each([
    ['zh-Hant', 'en', '（原文為英文）'],
    ['zh-Hans', 'en', '（原文为英文）'],
    ['en', 'zh-Hans', ' (written in Simplified Chinese)'],
    ['zh-Hant', 'zh-Hans', '（原文為簡體中文）'],
  ] as const)('%s report, %s reason: labelled with its language', (report, written, label) => {
    expect(reasons(withOverride(written), report)?.at(-1)).toBe(`${RATIONALE[written]}${label}`)
    expect(reasons(withOverride(report), report)?.at(-1)).toBe(RATIONALE[report])
  })

  test('the stored language wins over what the text suggests', () => {
    const snapshot = withOverride('en')
    for (const decision of snapshot.decisions)
      if (decision.rationale) decision.rationaleLocale = 'zh-Hant'
    expect(reasons(snapshot, 'zh-Hant')?.every((reason) => !reason?.includes('（原文'))).toBe(true)
    expect(reasons(snapshot, 'en')?.at(-1)).toBe(`${RATIONALE.en} (written in Traditional Chinese)`)
  })
})

describe('griTitle', () => {
  test('Chinese reports name the GRI topic standards in Chinese; unknown ones stay as typed', () => {
    expect(griTitle('GRI 205: Anti-corruption 2016', 'zh-Hant')).toBe('GRI 205：反貪污 2016')
    expect(griTitle('GRI 306: Waste 2020', 'zh-Hans')).toBe('GRI 306：废弃物 2020')
    expect(griTitle('GRI 306: Effluents and Waste 2016', 'zh-Hans')).toBe(
      'GRI 306：污水和废弃物 2016',
    )
    expect(griTitle('GRI 205: Anti-corruption 2016', 'en')).toBe('GRI 205: Anti-corruption 2016')
    expect(griTitle('SASB FB-AG-140a', 'zh-Hant')).toBe('SASB FB-AG-140a')
    const rows = section(buildDisclosure(withOverride('zh-Hant'), 'zh-Hant'), 'gri-3-2').table?.rows
    expect(rows?.at(-1)).toEqual(['6', '反貪污', 'GRI 205：反貪污 2016'])
  })
})

describe('nameIn', () => {
  test('the name in a language where given, else the name', () => {
    const settings = { names: { 'zh-Hant': '2025年度重要性評估', 'zh-Hans': '' } }
    expect(nameIn('FY2025 assessment', settings, 'zh-Hant')).toBe('2025年度重要性評估')
    expect(nameIn('FY2025 assessment', settings, 'zh-Hans')).toBe('FY2025 assessment')
    expect(nameIn('FY2025 assessment', {}, 'en')).toBe('FY2025 assessment')
  })
})

describe('sectionText', () => {
  test('title, paragraphs, figure and a tab-separated table, for the clipboard', () => {
    expect(
      sectionText({
        id: 'prioritise',
        title: 'T',
        paragraphs: ['One.', 'Two.'],
        figure: { id: 'matrix', caption: 'Figure 1' },
        table: { head: ['a', 'b'], rows: [['1', '2']] },
      }),
    ).toBe('T\n\nOne.\n\nTwo.\n\n[Figure 1]\n\na\tb\n1\t2')
  })
})
