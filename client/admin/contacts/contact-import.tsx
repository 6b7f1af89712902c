import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
import { ImportCard } from '../components/import-card.tsx'
import { RowErrors } from '../components/row-errors.tsx'
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
      title={t.importTitle}
      lead={t.importLead}
      fileLabel={t.file}
      importLabel={t.import}
      importingLabel={t.importing}
      state={state}
      refused={
        state.rowErrors.length > 0 && (
          <RowErrors
            id="contacts-row-errors-title"
            title={t.errorsTitle(state.badRows)}
            lead={t.errorsLead}
            headings={{ row: t.row, field: t.field, problem: t.problem }}
            lines={state.rowErrors.map((error) => ({
              row: error.row,
              field: t[`field_${error.field}`],
              problem: t[`error_${error.code}`] ?? error.message,
            }))}
            skipLabel={t.skipAndImport}
            busy={state.busy}
            onSkip={() => state.send(true)}
          />
        )
      }
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
