import { commonText } from '#surveys/i18n/common'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { useLocale } from '../locale.tsx'

/** A language menu; each language is named in itself so anyone can find theirs. */
export function LanguageSwitch(props: { onChange?: (locale: Locale) => void }) {
  const { locale, setLocale } = useLocale()
  const t = commonText[locale]
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t.language}</span>
      <select
        value={locale}
        onChange={(event) => {
          const next = event.currentTarget.value as Locale
          setLocale(next)
          props.onChange?.(next)
        }}
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LOCALE_NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  )
}
