import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
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
  const failure = state.errors._
  return (
    <section class="card stack" aria-labelledby="import-title">
      <div>
        <h2 id="import-title">{t.importTitle}</h2>
        <p class="hint">{t.importLead}</p>
      </div>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault()
          state.send(false)
        }}
      >
        <div class="field">
          <label for="contacts-file">{t.file}</label>
          <input
            key={state.version}
            id="contacts-file"
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(event) => state.setFile(event.currentTarget.files?.[0])}
          />
        </div>
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
        {failure && (
          <p class="error-message" role="alert">
            {failure}
          </p>
        )}
        <div class="button-row">
          <button type="submit" class="button" disabled={state.busy}>
            {state.busy ? t.importing : t.import}
          </button>
        </div>
      </form>
      {state.rowErrors.length > 0 && (
        <RowErrors
          id="row-errors-title"
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
      )}
    </section>
  )
}
