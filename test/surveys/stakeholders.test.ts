import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { StakeholderGroupDefinition } from '../../surveys/domain/model.ts'
import { DEFAULT_STAKEHOLDER_GROUPS } from '../../surveys/domain/stakeholders.ts'
import { LOCALES } from '../../surveys/i18n/locales.ts'

// Traditional-only characters used in the groups' texts, each paired by position with its
// simplified form (characters that are also valid in traditional text are left out).
const TRADITIONAL =
  '監機構規則潔從業納證產動術進習導參關門協會組織議訓視檢電話郵對聯絡東資續經營績務運時備觀報開發財訊過網' +
  '聞與溝戶質確責滿調問員維護職場談懷設線應採購約贏穩雙實訪評區眾環饋詢體'
const SIMPLIFIED =
  '监机构规则洁从业纳证产动术进习导参关门协会组织议训视检电话邮对联络东资续经营绩务运时备观报开发财讯过网' +
  '闻与沟户质确责满调问员维护职场谈怀设线应采购约赢稳双实访评区众环馈询体'

const HAN = /\p{Script=Han}/u
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef]/
const LATIN = /[A-Za-z]/

/** The source report's groups, verbatim: key, zh-Hant and English names in table order. */
const SOURCE_GROUPS = [
  ['government', '政府及監管機構', 'Government and regulators'],
  ['investors', '股東及投資者', 'Shareholders and investors'],
  ['customers', '客戶', 'Customers'],
  ['employees', '員工', 'Employees'],
  ['suppliers', '供應商', 'Suppliers'],
  ['community', '社區與公眾', 'Community and public'],
]

const TEXTS = ['names', 'expectations', 'channels'] as const
const LIST_SEPARATORS = { en: '; ', 'zh-Hant': '；', 'zh-Hans': '；' } as const

function found(text: string, characters: string): string[] {
  return [...text].filter((character) => characters.includes(character))
}

describe('DEFAULT_STAKEHOLDER_GROUPS', () => {
  test('every group is a valid StakeholderGroupDefinition, unchanged by parsing', () => {
    const failures = DEFAULT_STAKEHOLDER_GROUPS.flatMap((group) => {
      const result = v.safeParse(StakeholderGroupDefinition, group)
      return result.success ? [] : [{ key: group.key, issues: v.flatten(result.issues) }]
    })
    expect(failures).toEqual([])
    for (const group of DEFAULT_STAKEHOLDER_GROUPS) {
      expect(v.parse(StakeholderGroupDefinition, group)).toEqual(group)
    }
  })

  test('has the six groups of the source report in order, with their names verbatim', () => {
    expect(
      DEFAULT_STAKEHOLDER_GROUPS.map((group) => [
        group.key,
        group.names['zh-Hant'],
        group.names.en,
      ]),
    ).toEqual(SOURCE_GROUPS)
  })

  test('weighs the groups equally and lets each rate both axes', () => {
    const weights = DEFAULT_STAKEHOLDER_GROUPS.map((group) => group.weight)
    expect(weights).toEqual([1, 1, 1, 1, 1, 1])
    for (const group of DEFAULT_STAKEHOLDER_GROUPS) {
      expect(group.axes, group.key).toEqual(['impact', 'stakeholder'])
    }
  })

  test('has no Chinese in English texts and no Latin letters in Chinese texts', () => {
    for (const group of DEFAULT_STAKEHOLDER_GROUPS) {
      for (const field of TEXTS) {
        const label = `${group.key} ${field}`
        const { en } = group[field]
        expect(HAN.test(en) || CJK_PUNCTUATION.test(en), `${label}: ${en}`).toBe(false)
        for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
          const text = group[field][locale]
          expect(HAN.test(text), `${label} ${locale}: ${text}`).toBe(true)
          expect(LATIN.test(text), `${label} ${locale}: ${text}`).toBe(false)
        }
      }
    }
  })

  test('writes zh-Hans in simplified and zh-Hant in traditional characters', () => {
    expect([...TRADITIONAL]).toHaveLength([...SIMPLIFIED].length)
    for (const group of DEFAULT_STAKEHOLDER_GROUPS) {
      for (const field of TEXTS) {
        const label = `${group.key} ${field}`
        expect(found(group[field]['zh-Hans'], TRADITIONAL), label).toEqual([])
        expect(found(group[field]['zh-Hant'], SIMPLIFIED), label).toEqual([])
        expect(group[field]['zh-Hans'], label).not.toBe(group[field]['zh-Hant'])
      }
    }
  })

  test('lists the same number of expectations and channels in every language', () => {
    for (const group of DEFAULT_STAKEHOLDER_GROUPS) {
      for (const field of ['expectations', 'channels'] as const) {
        const counts = LOCALES.map((locale) => group[field][locale].split(LIST_SEPARATORS[locale]))
        const [en, ...chinese] = counts.map((items) => items.length)
        expect(en, `${group.key} ${field}`).toBeGreaterThanOrEqual(2)
        expect(chinese, `${group.key} ${field}`).toEqual([en, en])
        for (const items of counts) {
          for (const item of items) expect(item, `${group.key} ${field}`).toMatch(/^\S(.*\S)?$/)
        }
      }
    }
  })

  test('has unique names, expectations and channels in every language', () => {
    for (const field of TEXTS) {
      for (const locale of LOCALES) {
        const texts = DEFAULT_STAKEHOLDER_GROUPS.map((group) => group[field][locale])
        expect(new Set(texts).size, `${field} ${locale}`).toBe(6)
      }
    }
  })
})
