import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'

/**
 * The language of the report text, apart from the page's own language: a Hong Kong team often
 * works in English and files the report in Chinese.
 */
export function ReportLanguage(props: {
  value: Locale
  legend: string
  hint: string
  onChange(locale: Locale): void
}) {
  return (
    <fieldset class="report-language" aria-describedby="report-language-hint">
      <legend>{props.legend}</legend>
      <div class="segmented">
        {LOCALES.map((locale) => (
          <label key={locale} lang={locale}>
            <input
              type="radio"
              name="report-language"
              value={locale}
              checked={props.value === locale}
              onChange={() => props.onChange(locale)}
            />
            <span>{LOCALE_NAMES[locale]}</span>
          </label>
        ))}
      </div>
      <p id="report-language-hint" class="hint">
        {props.hint}
      </p>
    </fieldset>
  )
}
