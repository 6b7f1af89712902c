import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import type { Locale } from '#surveys/i18n/locales'
import type { IroRowError } from '#surveys/schemas/iro-files'
import { RowErrors } from '../components/row-errors.tsx'
import { useIroImport } from './use-iro-import.ts'

/** The column an error is about, named as the register download names it. */
function columnName(locale: Locale, field: IroRowError['field']): string {
  const t = doubleText[locale]
  const names: Record<IroRowError['field'], string> = {
    code: t.csvCode,
    type: t.type,
    actual: t.kind,
    humanRights: t.humanRights,
    valueChain: t.valueChain,
    horizons: t.horizons,
    description: t.description,
    affectedStakeholders: t.csvAffected,
    evidence: t.csvEvidence,
    owner: t.owner,
    row: iroRegisterText[locale].wholeRow,
  }
  return names[field]
}

/** Import IROs from a CSV or XLSX file in the register's columns; rows with errors are listed. */
export function IroImport(props: {
  locale: Locale
  assessmentId: string
  onImported(sentence: string): void
}) {
  const t = iroRegisterText[props.locale]
  const state = useIroImport(props)
  const failure = state.errors._
  return (
    <section class="card stack" aria-labelledby="iro-import-title">
      <div>
        <h3 id="iro-import-title">{t.importTitle}</h3>
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
          <label for="iro-file">{t.file}</label>
          <input
            key={state.version}
            id="iro-file"
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(event) => state.setFile(event.currentTarget.files?.[0])}
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
          id="iro-row-errors-title"
          title={t.errorsTitle(state.badRows)}
          lead={t.errorsLead}
          headings={{ row: t.row, field: t.column, problem: t.problem }}
          lines={state.rowErrors.map((error) => ({
            row: error.row,
            field: columnName(props.locale, error.field),
            problem: t[`error_${error.code}`],
          }))}
          skipLabel={t.skipAndImport}
          busy={state.busy}
          onSkip={() => state.send(true)}
        />
      )}
    </section>
  )
}
