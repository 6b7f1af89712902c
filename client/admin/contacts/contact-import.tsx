import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
import { ImportCard } from '../components/import-card.tsx'
import { useContactImport } from './use-contact-import.ts'

/** Import contacts from a CSV or XLSX file or pasted CSV; rows with errors are listed to skip. */
export function ContactImport(props: {
  locale: Locale
  organisationId: string
  onImported(sentence: string): void
}) {
  const t = contactsText[props.locale]
  const state = useContactImport(props)
  return (
    <ImportCard
      id="contacts-import"
      heading="h2"
      text={t}
      fieldHeading={t.field}
      describe={(error) => ({
        field: t[`field_${error.field}`],
        problem: t[`error_${error.code}`] ?? error.message,
      })}
      state={state}
    >
      <div class="field">
        <label for="contacts-csv">{t.paste}</label>
        <p id="contacts-csv-hint" class="hint">
          {t.pasteHint}
        </p>
        <textarea
          id="contacts-csv"
          rows={5}
          aria-describedby="contacts-csv-hint"
          spellcheck={false}
          value={state.text}
          onInput={(event) => state.setText(event.currentTarget.value)}
        />
      </div>
    </ImportCard>
  )
}
