import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
import type { ContactRowError } from '#surveys/schemas/contacts'
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
          locale={props.locale}
          errors={state.rowErrors}
          rows={state.badRows}
          busy={state.busy}
          onSkip={() => state.send(true)}
        />
      )}
    </section>
  )
}

/** The rows the server refused, each error in the reader's language, and "skip these". */
function RowErrors(props: {
  locale: Locale
  errors: ContactRowError[]
  rows: number
  busy: boolean
  onSkip(): void
}) {
  const t = contactsText[props.locale]
  return (
    <div class="stack" role="alert" aria-labelledby="row-errors-title">
      <div>
        <h3 id="row-errors-title">{t.errorsTitle(props.rows)}</h3>
        <p class="hint">{t.errorsLead}</p>
      </div>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.row}</th>
              <th scope="col">{t.field}</th>
              <th scope="col">{t.problem}</th>
            </tr>
          </thead>
          <tbody>
            {props.errors.map((error) => (
              <tr key={`${error.row}:${error.field}:${error.code}`}>
                <td class="number">{error.row}</td>
                <td>{t[`field_${error.field}`]}</td>
                <td>{t[`error_${error.code}`] ?? error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="button-row">
        <button
          type="button"
          class="button button--secondary"
          disabled={props.busy}
          onClick={props.onSkip}
        >
          {t.skipAndImport}
        </button>
      </div>
    </div>
  )
}
