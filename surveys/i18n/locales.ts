import * as v from 'valibot'
import { withoutBidiControls } from '../reports/plain-text.ts'

/** The languages every respondent- and admin-facing text exists in. */
export const LOCALES = ['en', 'zh-Hant', 'zh-Hans'] as const

export const Locale = v.picklist(LOCALES, 'Use one of en, zh-Hant, zh-Hans.')
export type Locale = v.InferOutput<typeof Locale>

/** A text in all three languages; none may be empty. */
export const LocalizedText = v.object({
  en: v.pipe(
    v.string(),
    withoutBidiControls,
    v.trim(),
    v.minLength(1, 'Required in English.'),
    v.maxLength(2000),
  ),
  'zh-Hant': v.pipe(
    v.string(),
    withoutBidiControls,
    v.trim(),
    v.minLength(1, 'Required in 繁體中文.'),
    v.maxLength(2000),
  ),
  'zh-Hans': v.pipe(
    v.string(),
    withoutBidiControls,
    v.trim(),
    v.minLength(1, 'Required in 简体中文.'),
    v.maxLength(2000),
  ),
})
export type LocalizedText = v.InferOutput<typeof LocalizedText>

/** The names shown in the language switcher, each in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
}

/** Picks a supported locale from a raw value, e.g. `?locale=zh-hant`. */
export function parseLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined
  const lower = value.trim().toLowerCase()
  return LOCALES.find((locale) => locale.toLowerCase() === lower)
}

/**
 * Chooses the best locale from an Accept-Language header.
 * Chinese variants map by script or region: Hant for TW/HK/MO, Hans for CN/SG.
 * @example negotiateLocale('zh-HK,zh;q=0.9,en;q=0.8') // 'zh-Hant'
 */
export function negotiateLocale(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of ranked) {
    const locale = localeForTag(tag)
    if (locale) return locale
  }
  return undefined
}

function localeForTag(tag: string): Locale | undefined {
  if (tag === 'en' || tag.startsWith('en-')) return 'en'
  if (tag === 'zh' || tag.startsWith('zh-')) {
    if (/-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant'
    return 'zh-Hans'
  }
  return undefined
}
