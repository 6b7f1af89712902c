import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { ASPECTS, type Aspect, IssueDefinition } from '../../surveys/domain/model.ts'
import { LOCALES } from '../../surveys/i18n/locales.ts'
import { HKEX_33 } from '../../surveys/libraries/hkex-33.ts'
import { ISSUE_LIBRARIES } from '../../surveys/libraries/index.ts'
import { GRI_TOPIC_STANDARDS } from '../support/gri-standards.ts'

/** The source report's names, verbatim: [zh-Hant, en] for issues 1..33. */
const SOURCE_NAMES: readonly (readonly [string, string])[] = [
  ['環境合規', 'Environmental compliance'],
  ['空氣污染物管理', 'Air pollutant management'],
  ['溫室氣體排放管理', 'Greenhouse gas emissions management'],
  ['廢棄物管理', 'Waste management'],
  ['廢水管理', 'Wastewater management'],
  ['能源使用', 'Energy use'],
  ['水資源使用', 'Water use'],
  ['原材料及包裝材料', 'Raw and packaging materials'],
  ['應對氣候變化', 'Climate change response'],
  ['綠色辦公室', 'Green office'],
  ['環境事故預防及處理', 'Environmental incident prevention and response'],
  ['僱傭合規', 'Employment compliance'],
  ['薪酬及福利', 'Remuneration and benefits'],
  ['工作時數及假期', 'Working hours and leave'],
  ['多元化與平等機會', 'Diversity and equal opportunity'],
  ['職業健康與安全', 'Occupational health and safety'],
  ['培訓與發展', 'Training and development'],
  ['防止童工和強制勞工', 'Prevention of child and forced labour'],
  ['營運合規', 'Operational compliance'],
  ['管理供應鏈的環境風險', 'Environmental risks in the supply chain'],
  ['管理供應鏈的社會風險', 'Social risks in the supply chain'],
  ['採購常規', 'Procurement practices'],
  ['質量管理', 'Quality management'],
  ['客戶健康與安全', 'Customer health and safety'],
  ['負責的營銷及推廣', 'Responsible marketing and promotion'],
  ['客戶服務管理', 'Customer service management'],
  ['知識產權保護', 'Intellectual property protection'],
  ['資訊安全', 'Information security'],
  ['客戶隱私保護', 'Customer privacy protection'],
  ['研發及創新', 'Research, development and innovation'],
  ['反貪污', 'Anti-corruption'],
  ['公益慈善', 'Philanthropy and charity'],
  ['推動社區發展', 'Community development'],
]

// Traditional-only characters used in the library, each paired by position with its simplified
// form (characters that are also valid in traditional text, such as 后 or 准, are left out).
const TRADITIONAL =
  '環規關廢棄資許違罰處氣監測並減車輛設備營運產顆體計圍訂標續辦無確電節轉裝選對響較應變識別極風險與機' +
  '調業務綠約紙勵員養習慣預發時報僱傭勞動會權競爭貼數獲補償論齡殘職團隊場傷為訓徑讓們長強實條經現糾則' +
  '廣據鏈評優採購進問題開況質過試認證穩戶負責銷傳誤導陳詢訴護專訊統網絡擊濫隱儲個創貪舉賄賂詐錢義醫療災區'
const SIMPLIFIED =
  '环规关废弃资许违罚处气监测并减车辆设备营运产颗体计围订标续办无确电节转装选对响较应变识别极风险与机' +
  '调业务绿约纸励员养习惯预发时报雇佣劳动会权竞争贴数获补偿论龄残职团队场伤为训径让们长强实条经现纠则' +
  '广据链评优采购进问题开况质过试认证稳户负责销传误导陈询诉护专讯统网络击滥隐储个创贪举贿赂诈钱义医疗灾区'

const HAN = /\p{Script=Han}/u
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/
const LATIN = /[A-Za-z]/

/** Number of KPIs in each aspect of the HKEX ESG Reporting Guide (Appendix C2). */
const HKEX_KPI_COUNTS: Record<string, number> = {
  A1: 6,
  A2: 5,
  A3: 1,
  A4: 1,
  B1: 2,
  B2: 3,
  B3: 2,
  B4: 2,
  B5: 4,
  B6: 5,
  B7: 3,
  B8: 2,
}

/** The HKEX aspects each of the library's aspects may map to. */
const HKEX_ASPECTS_BY_ASPECT: Record<Aspect, RegExp> = {
  environmental: /^A[1-4]$/,
  employment: /^B[1-4]$/,
  operating: /^B[5-7]$/,
  community: /^B8$/,
}

const CHINESE = ['zh-Hant', 'zh-Hans'] as const

function issue(code: string): IssueDefinition {
  const found = HKEX_33.find((entry) => entry.code === code)
  if (!found) throw new Error(`No issue ${code}`)
  return found
}

function found(text: string, characters: string): string[] {
  return [...text].filter((character) => characters.includes(character))
}

function expectedAspect(code: number): Aspect {
  if (code <= 11) return 'environmental'
  if (code <= 18) return 'employment'
  if (code <= 31) return 'operating'
  return 'community'
}

describe('HKEX_33', () => {
  test('every issue is a valid IssueDefinition, unchanged by parsing', () => {
    const failures = HKEX_33.flatMap((entry) => {
      const result = v.safeParse(IssueDefinition, entry)
      if (!result.success) return [{ code: entry.code, issues: v.flatten(result.issues) }]
      return []
    })
    expect(failures).toEqual([])
    for (const entry of HKEX_33) expect(v.parse(IssueDefinition, entry)).toEqual(entry)
  })

  test('has the codes "1" to "33" in table order', () => {
    expect(HKEX_33.map((entry) => entry.code)).toEqual(
      Array.from({ length: 33 }, (_, index) => String(index + 1)),
    )
  })

  test('keeps the English and traditional Chinese names of the source report verbatim', () => {
    expect(HKEX_33.map((entry) => [entry.names['zh-Hant'], entry.names.en])).toEqual(SOURCE_NAMES)
  })

  test('puts issues 1–11, 12–18, 19–31 and 32–33 in the four aspects, 11/7/13/2', () => {
    for (const entry of HKEX_33) {
      expect(entry.aspect, `issue ${entry.code}`).toBe(expectedAspect(Number(entry.code)))
    }
    const counts = ASPECTS.map((aspect) => HKEX_33.filter((e) => e.aspect === aspect).length)
    expect(counts).toEqual([11, 7, 13, 2])
  })

  test('has no Chinese in English texts and no Latin letters in Chinese texts', () => {
    for (const entry of HKEX_33) {
      for (const text of [entry.names.en, entry.descriptions.en]) {
        expect(HAN.test(text) || CJK_PUNCTUATION.test(text), `issue ${entry.code}: ${text}`).toBe(
          false,
        )
      }
      for (const locale of CHINESE) {
        for (const text of [entry.names[locale], entry.descriptions[locale]]) {
          expect(HAN.test(text), `issue ${entry.code}: ${text}`).toBe(true)
          expect(LATIN.test(text), `issue ${entry.code}: ${text}`).toBe(false)
        }
      }
    }
  })

  test('writes zh-Hans in simplified and zh-Hant in traditional characters', () => {
    expect([...TRADITIONAL]).toHaveLength([...SIMPLIFIED].length)
    for (const entry of HKEX_33) {
      for (const field of ['names', 'descriptions'] as const) {
        const label = `issue ${entry.code} ${field}`
        expect(found(entry[field]['zh-Hans'], TRADITIONAL), label).toEqual([])
        expect(found(entry[field]['zh-Hant'], SIMPLIFIED), label).toEqual([])
      }
    }
  })

  test('gives a distinct simplified name wherever the traditional one has traditional-only characters', () => {
    const withTraditional = HKEX_33.filter((e) => found(e.names['zh-Hant'], TRADITIONAL).length)
    expect(withTraditional.length).toBeGreaterThanOrEqual(30)
    for (const entry of withTraditional) {
      expect(entry.names['zh-Hans'], `issue ${entry.code}`).not.toBe(entry.names['zh-Hant'])
    }
    for (const entry of HKEX_33) {
      expect(entry.descriptions['zh-Hans'], `issue ${entry.code}`).not.toBe(
        entry.descriptions['zh-Hant'],
      )
    }
  })

  test('simplifies names, with the mainland term where it differs', () => {
    expect(issue('28').names['zh-Hans']).toBe('信息安全')
    expect(issue('12').names['zh-Hans']).toBe('雇佣合规')
    expect(issue('1').names['zh-Hans']).toBe('环境合规')
  })

  test('has unique names and descriptions in every language', () => {
    for (const locale of LOCALES) {
      const names = HKEX_33.map((entry) => entry.names[locale])
      const descriptions = HKEX_33.map((entry) => entry.descriptions[locale])
      expect(new Set(names).size, locale).toBe(33)
      expect(new Set(descriptions).size, locale).toBe(33)
    }
  })

  test('describes each issue in one short sentence per language', () => {
    for (const entry of HKEX_33) {
      const { en } = entry.descriptions
      expect(en.length, `issue ${entry.code}`).toBeLessThanOrEqual(160)
      expect(en, `issue ${entry.code}`).toMatch(/^[A-Z].*[^.]\.$/)
      expect(en, `issue ${entry.code}`).not.toMatch(/[.!?]\s/)
      for (const locale of CHINESE) {
        const text = entry.descriptions[locale]
        expect([...text].length, `issue ${entry.code} ${locale}`).toBeLessThanOrEqual(60)
        expect(text, `issue ${entry.code} ${locale}`).toMatch(/^[^。！？]+。$/)
      }
    }
  })

  test('maps the issues the source report names to their HKEX aspects and KPIs', () => {
    expect(issue('7').hkex.aspect).toBe('A2')
    expect(issue('7').hkex.kpis).toContain('A2.2')
    expect(issue('15').hkex.aspect).toBe('B1')
    expect(issue('29').hkex.aspect).toBe('B6')
    expect(issue('29').hkex.kpis).toContain('B6.5')
    expect(issue('31').hkex.aspect).toBe('B7')
  })

  test('maps each issue to an HKEX aspect of its own kind', () => {
    for (const entry of HKEX_33) {
      expect(entry.hkex.aspect, `issue ${entry.code}`).toMatch(HKEX_ASPECTS_BY_ASPECT[entry.aspect])
    }
  })

  test('lists only KPIs of the mapped aspect that exist in the Guide, without repeats', () => {
    for (const entry of HKEX_33) {
      const { aspect, kpis } = entry.hkex
      expect(new Set(kpis).size, `issue ${entry.code}`).toBe(kpis.length)
      for (const kpi of kpis) {
        expect(kpi, `issue ${entry.code}`).toMatch(/^[AB]\d\.\d$/)
        expect(kpi.startsWith(`${aspect}.`), `issue ${entry.code}: ${kpi} in ${aspect}`).toBe(true)
        const number = Number(kpi.slice(aspect.length + 1))
        expect(number, `issue ${entry.code}: ${kpi}`).toBeGreaterThanOrEqual(1)
        expect(number, `issue ${entry.code}: ${kpi}`).toBeLessThanOrEqual(
          HKEX_KPI_COUNTS[aspect] ?? 0,
        )
      }
    }
  })

  test('covers every KPI of the Guide with at least one issue', () => {
    const covered = new Set(HKEX_33.flatMap((entry) => entry.hkex.kpis))
    const all = Object.entries(HKEX_KPI_COUNTS).flatMap(([aspect, count]) =>
      Array.from({ length: count }, (_, index) => `${aspect}.${index + 1}`),
    )
    expect(all.filter((kpi) => !covered.has(kpi))).toEqual([])
  })

  test('names only GRI topic standards, each once', () => {
    for (const entry of HKEX_33) {
      expect(new Set(entry.gri).size, `issue ${entry.code}`).toBe(entry.gri.length)
      for (const standard of entry.gri) {
        expect(GRI_TOPIC_STANDARDS.has(standard), `issue ${entry.code}: ${standard}`).toBe(true)
      }
    }
    expect(issue('3').gri).toContain('GRI 305: Emissions 2016')
    expect(issue('7').gri).toContain('GRI 303: Water and Effluents 2018')
    expect(issue('29').gri).toContain('GRI 418: Customer Privacy 2016')
    expect(issue('31').gri).toContain('GRI 205: Anti-corruption 2016')
  })
})

describe('ISSUE_LIBRARIES', () => {
  test('offers the default library under the key hkex-33, and the ESRS sub-topics by version', () => {
    expect(Object.keys(ISSUE_LIBRARIES)).toEqual(['hkex-33', 'esrs-2023', 'esrs'])
    expect(ISSUE_LIBRARIES['hkex-33']).toBe(HKEX_33)
    expect(ISSUE_LIBRARIES.esrs).toBe(ISSUE_LIBRARIES['esrs-2023'])
  })
})
