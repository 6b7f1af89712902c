import type { Locale } from '../i18n/locales.ts'

/** How numbers, dates, lists and quotations are written in one report language. */
export interface Format {
  /** 1,234 */
  count(value: number): string
  /** Scores and thresholds to two decimals: 3.67; a missing one as a dash. */
  score(value: number | null): string
  /** 0.1667 → 16.7% */
  percent(value: number): string
  /** An ISO timestamp as a date in the report's time zone: 12 March 2026 / 2026年3月12日 */
  date(iso: string): string
  /** A calendar date (YYYY-MM-DD) as it is, whatever the time zone. */
  day(date: string): string
  /** A, B and C / A、B及C */
  list(items: readonly string[]): string
  /** “name” / 「名稱」 */
  quote(text: string): string
}

// Hong Kong English and Traditional Chinese, and mainland Simplified Chinese conventions.
const TAGS: Record<Locale, string> = { en: 'en-GB', 'zh-Hant': 'zh-HK', 'zh-Hans': 'zh-CN' }
const QUOTES: Record<Locale, [string, string]> = {
  en: ['“', '”'],
  'zh-Hant': ['「', '」'],
  'zh-Hans': ['“', '”'],
}
const LAST_JOIN: Record<Locale, string> = { en: ' and ', 'zh-Hant': '及', 'zh-Hans': '和' }
const JOIN: Record<Locale, string> = { en: ', ', 'zh-Hant': '、', 'zh-Hans': '、' }

/** The formats of a locale; dates are shown in `timeZone` (Hong Kong unless told otherwise). */
export function formatFor(locale: Locale, timeZone = 'Asia/Hong_Kong'): Format {
  const tag = TAGS[locale]
  const count = new Intl.NumberFormat(tag)
  const score = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone })
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })
  const [open, close] = QUOTES[locale]
  return {
    count: (value) => count.format(value),
    score: (value) => (value === null ? '—' : score.format(value)),
    percent: (value) => percent.format(value),
    date: (iso) => date.format(new Date(iso)),
    day: (value) => day.format(new Date(`${value}T00:00:00Z`)),
    list: (items) => series(items, JOIN[locale], LAST_JOIN[locale]),
    quote: (text) => `${open}${text}${close}`,
  }
}

/**
 * Items joined with `separator`, the last with `last`.
 * @example series(['(1) a', '(2) b', '(3) c'], '; ', '; and ') // '(1) a; (2) b; and (3) c'
 */
export function series(items: readonly string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(separator)}${last}${items.at(-1)}`
}
