import { type ComponentChildren, createContext } from 'preact'
import { useContext, useEffect, useMemo, useState } from 'preact/hooks'
import type { Catalog } from '#surveys/i18n/catalog'
import { type Locale, negotiateLocale, parseLocale } from '#surveys/i18n/locales'

const STORAGE_KEY = 'materiality.locale'

interface LocaleState {
  locale: Locale
  setLocale(locale: Locale): void
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} })

/** The locale from ?locale=, then the last choice, then the browser's languages. */
export function initialLocale(fallback: Locale = 'en'): Locale {
  const fromUrl = parseLocale(new URLSearchParams(location.search).get('locale'))
  const stored = parseLocale(readStorage())
  return fromUrl ?? stored ?? negotiateLocale(navigator.languages.join(',')) ?? fallback
}

/**
 * The browser's own language tag when it speaks the interface's language, else the interface's:
 * for dates and numbers, so that a British browser reads 2 Dec 2026 in English. Dates go
 * through formatDate (dates.ts), which uses this.
 * @example formatLocale('en') // 'en-GB' in a browser set to British English
 */
export function formatLocale(
  locale: Locale,
  // Outside a browser (unit tests) there is no navigator: the interface's own locale.
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  return languages.find((tag) => negotiateLocale(tag) === locale) ?? locale
}

/** The locale someone chose (?locale= or earlier in this browser), if any. */
export function chosenLocale(): Locale | undefined {
  return (
    parseLocale(new URLSearchParams(location.search).get('locale')) ?? parseLocale(readStorage())
  )
}

export function LocaleProvider(props: { initial?: Locale; children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(props.initial ?? initialLocale())
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const value = useMemo(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        writeStorage(next)
        setLocaleState(next)
      },
    }),
    [locale],
  )
  return <LocaleContext.Provider value={value}>{props.children}</LocaleContext.Provider>
}

export const useLocale = () => useContext(LocaleContext)

/** The strings of a catalog in the current locale. */
export function useText<T>(catalog: Catalog<T>) {
  return catalog[useLocale().locale]
}

// Storage can be unavailable (private modes, blocked cookies); the choice then lasts the visit.
function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

function writeStorage(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {}
}
