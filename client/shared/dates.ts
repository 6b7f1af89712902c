import type { Locale } from '#surveys/i18n/locales'
import { formatLocale } from './locale.tsx'

/**
 * How a date is written. Moments (ISO instants) are shown in the viewer's time zone; days
 * (`YYYY-MM-DD`, a calendar day as the server stores it) as that day, whatever the zone.
 */
const STYLES = {
  /** "2 Dec 2026, 09:14" (en-GB) */
  moment: { dateStyle: 'medium', timeStyle: 'short' },
  /** "2 Dec 2026" */
  date: { dateStyle: 'medium' },
  /** "09:14:05" */
  time: { timeStyle: 'medium' },
  /** "09:14" */
  clock: { hour: '2-digit', minute: '2-digit' },
  /** A stored day: "2 Dec 2026" */
  day: { dateStyle: 'medium', timeZone: 'UTC' },
  /** A stored day, short: "2 Dec" */
  dayMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateStyle = keyof typeof STYLES

const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * The one date formatter of the clients: the interface's language in the browser's own variant
 * of it (formatLocale), so a British browser reads 2 Dec 2026 and an American one Dec 2, 2026.
 * `languages` is the browser's list (navigator.languages); tests pass their own.
 * @example formatDate('2026-12-02T09:14:00Z', 'en', 'date', ['en-GB']) // '2 Dec 2026'
 */
export function formatDate(
  value: string | Date,
  locale: Locale,
  style: DateStyle = 'moment',
  languages?: readonly string[],
): string {
  const tag = formatLocale(locale, languages)
  const key = `${tag} ${style}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, STYLES[style])
    formats.set(key, format)
  }
  return format.format(toDate(value))
}

/** An ISO instant as it is; a bare `YYYY-MM-DD` as that day at 00:00 UTC. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
}

/**
 * A reporting period of stored days, "1 Jan 2022 – 31 Dec 2022"; one end alone when the other
 * is not set, '' when neither is.
 * @example formatPeriod('2022-01-01', null, 'en', ['en-GB']) // '1 Jan 2022'
 */
export function formatPeriod(
  start: string | null,
  end: string | null,
  locale: Locale,
  languages?: readonly string[],
): string {
  return [start, end]
    .flatMap((day) => (day ? [formatDate(day, locale, 'day', languages)] : []))
    .join(' – ')
}
