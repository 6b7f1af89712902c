import type { Locale } from '#surveys/i18n/locales'

/** A moment as people read it in their language, e.g. "25 Nov 2026, 09:14". */
export function formatWhen(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}
