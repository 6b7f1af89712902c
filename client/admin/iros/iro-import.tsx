import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import type { Locale } from '#surveys/i18n/locales'
import type { IroRowError } from '#surveys/schemas/iro-files'
import { ImportCard } from '../components/import-card.tsx'
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
  return (
    <ImportCard
      id="iro-import"
      heading="h3"
      text={t}
      fieldHeading={t.column}
      describe={(error) => ({
        field: columnName(props.locale, error.field),
        problem: t[`error_${error.code}`],
      })}
      state={state}
    />
  )
}
