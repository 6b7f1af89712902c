import { readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Catalog } from '../../surveys/i18n/catalog.ts'
import { LOCALES, negotiateLocale, parseLocale } from '../../surveys/i18n/locales.ts'

// Every catalog file in surveys/i18n, so a new one is checked without being listed here;
// locales.ts defines the languages themselves (each named in its own script), not UI strings.
const folder = new URL('../../surveys/i18n/', import.meta.url)
const modules = await Promise.all(
  readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && file !== 'locales.ts')
    .map(
      async (file) =>
        [file, (await import(new URL(file, folder).href)) as Record<string, unknown>] as const,
    ),
)
const catalogs = modules.flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCatalog(value))
    .map(([name, value]) => ({
      name: `${file}#${name}`,
      catalog: value as Catalog<Record<string, unknown>>,
    })),
)

function isCatalog(value: unknown): boolean {
  return typeof value === 'object' && value !== null && LOCALES.every((locale) => locale in value)
}

const CJK = /[\u3400-\u9fff]/

describe('UI string catalogs', () => {
  test('there are catalogs to check', () => {
    expect(catalogs.map((c) => c.name)).toEqual(
      expect.arrayContaining(['common.ts#commonText', 'auth.ts#authText']),
    )
  })

  test.each(catalogs)('$name has the same keys in every locale', ({ catalog }) => {
    const keys = Object.keys(catalog.en).sort()
    for (const locale of LOCALES) expect(Object.keys(catalog[locale]).sort()).toEqual(keys)
  })

  test.each(catalogs)(
    '$name has no empty strings and the same kind of value per key',
    ({ catalog }) => {
      for (const [key, english] of Object.entries(catalog.en)) {
        for (const locale of LOCALES) {
          const value = catalog[locale][key]
          expect(typeof value, `${locale}.${key}`).toBe(typeof english)
          if (typeof value === 'string') expect(value.trim(), `${locale}.${key}`).not.toBe('')
        }
      }
    },
  )

  test.each(catalogs)(
    '$name is translated: Chinese strings hold Chinese, English holds none',
    ({ catalog }) => {
      for (const [key, english] of Object.entries(catalog.en)) {
        if (typeof english !== 'string') continue
        expect(CJK.test(english), `en.${key}`).toBe(false)
        for (const locale of ['zh-Hant', 'zh-Hans'] as const) {
          const value = catalog[locale][key]
          // Brand names and codes may stay as they are; prose must be translated.
          if (
            typeof value === 'string' &&
            /[a-z]{4,}\s+[a-z]{3,}/i.test(english) &&
            english !== 'Materiality'
          ) {
            expect(CJK.test(value), `${locale}.${key}: ${value}`).toBe(true)
          }
        }
      }
    },
  )
})

describe('locale choice', () => {
  test('parses ?locale= case-insensitively and rejects others', () => {
    expect(parseLocale('zh-hant')).toBe('zh-Hant')
    expect(parseLocale('ZH-HANS')).toBe('zh-Hans')
    expect(parseLocale('fr')).toBeUndefined()
    expect(parseLocale('')).toBeUndefined()
  })

  test('maps Accept-Language to the right script', () => {
    expect(negotiateLocale('zh-HK,zh;q=0.9,en;q=0.8')).toBe('zh-Hant')
    expect(negotiateLocale('zh-TW')).toBe('zh-Hant')
    expect(negotiateLocale('zh-Hant-HK')).toBe('zh-Hant')
    expect(negotiateLocale('zh-CN,zh;q=0.9')).toBe('zh-Hans')
    expect(negotiateLocale('fr-FR,en-GB;q=0.5')).toBe('en')
    expect(negotiateLocale('en;q=0.3,zh-HK;q=0.9')).toBe('zh-Hant')
    expect(negotiateLocale('fr,de')).toBeUndefined()
    expect(negotiateLocale(undefined)).toBeUndefined()
  })
})
