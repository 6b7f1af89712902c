import type { ComponentChildren } from 'preact'
import type { FieldErrors } from '../../shared/form.ts'
import { RowErrors } from './row-errors.tsx'

/** The words of an import card; the contacts' and the IRO register's catalogs both carry them. */
export interface ImportText {
  importTitle: string
  importLead: string
  file: string
  import: string
  importing: string
  errorsTitle(rows: number): string
  errorsLead: string
  row: string
  problem: string
  skipAndImport: string
}

/**
 * The card a file import sits in — contacts and the IRO register: title, lead, the file field,
 * any further field (contacts' pasted CSV), the failure, the import button, then the rows the
 * import refused (RowErrors, each said by `describe`). Its state comes from useFileImport.
 */
export function ImportCard<E extends { row: number }>(props: {
  id: string
  heading: 'h2' | 'h3'
  text: ImportText
  /** The refused rows' column heading: what `describe` names in `field`. */
  fieldHeading: string
  describe(error: E): { field: string; problem: string }
  state: {
    version: number
    setFile(file: File | undefined): void
    rowErrors: E[]
    badRows: number
    busy: boolean
    errors: FieldErrors
    send(skipInvalid: boolean): Promise<void>
  }
  children?: ComponentChildren
}) {
  const { state, text: t } = props
  const Heading = props.heading
  const failure = state.errors._
  return (
    <section class="card stack" aria-labelledby={`${props.id}-title`}>
      <div>
        <Heading id={`${props.id}-title`}>{t.importTitle}</Heading>
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
          <label for={`${props.id}-file`}>{t.file}</label>
          <input
            key={state.version}
            id={`${props.id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(event) => state.setFile(event.currentTarget.files?.[0])}
          />
        </div>
        {props.children}
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
          id={`${props.id}-row-errors-title`}
          title={t.errorsTitle(state.badRows)}
          lead={t.errorsLead}
          headings={{ row: t.row, field: props.fieldHeading, problem: t.problem }}
          lines={state.rowErrors.map((error) => ({ row: error.row, ...props.describe(error) }))}
          skipLabel={t.skipAndImport}
          busy={state.busy}
          onSkip={() => state.send(true)}
        />
      )}
    </section>
  )
}
