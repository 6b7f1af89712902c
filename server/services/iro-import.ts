import { listIssues } from '#db/queries/assessments'
import { insertIros } from '#db/queries/iros'
import { planIroImport } from '#surveys/domain/iro-import'
import { doubleText } from '#surveys/i18n/double-materiality'
import { LOCALES } from '#surveys/i18n/locales'
import {
  IRO_IMPORT_FIELDS,
  type IroRowError,
  MAX_IRO_IMPORT_ROWS,
} from '#surveys/schemas/iro-files'
import type { AppDeps, SessionUser } from '../context.ts'
import { withAssessment } from './access.ts'
import type { ImportColumns, ImportRow } from './import-files.ts'
import { assertRegisterOpen } from './iros.ts'

/** The register download's headings, in every language, and the field names themselves. */
function registerHeadings(): Record<string, string> {
  const headings: Record<string, string> = Object.fromEntries(
    IRO_IMPORT_FIELDS.map((field) => [field.toLowerCase(), field]),
  )
  for (const locale of LOCALES) {
    const t = doubleText[locale]
    const named: [string, string][] = [
      [t.csvCode, 'code'],
      [t.type, 'type'],
      [t.kind, 'actual'],
      [t.humanRights, 'humanRights'],
      [t.valueChain, 'valueChain'],
      [t.horizons, 'horizons'],
      [t.description, 'description'],
      [t.csvAffected, 'affectedStakeholders'],
      [t.csvEvidence, 'evidence'],
      [t.owner, 'owner'],
    ]
    for (const [heading, field] of named) headings[heading.trim().toLowerCase()] = field
  }
  return headings
}

/** A register file's columns: those of the CSV and XLSX downloads. */
export const IRO_COLUMNS: ImportColumns = {
  headings: registerHeadings(),
  required: ['code', 'type', 'actual', 'description'],
  hint: 'Code, Type, Actual or potential, Description, as in the register download',
  max: MAX_IRO_IMPORT_ROWS,
  noun: 'impacts, risks or opportunities',
}

export interface IroImportResult {
  created: number
  skipped: number
  errors: IroRowError[]
  /** True when rows had errors and the caller did not ask to skip them: nothing stored. */
  rejected: boolean
}

/**
 * POST …/iros/import: adds IROs to the register from a file's checked rows, each under the
 * topic its code names. A row with an error stops the whole import (nothing is stored) unless
 * `skipInvalid`: then the valid rows are stored and the others counted as skipped. Audited.
 */
export async function importIros(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  input: { rows: ImportRow[]; source: 'json' | 'csv' | 'xlsx'; skipInvalid: boolean },
): Promise<IroImportResult> {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Impacts, risks and opportunities can be imported')
    const issues = await listIssues(tx, assessmentId)
    const topics = new Map(issues.map((issue) => [issue.code.toLowerCase(), String(issue.id)]))
    const plan = planIroImport(input.rows, topics)
    if (plan.errors.length > 0 && !input.skipInvalid) {
      return { created: 0, skipped: 0, errors: plan.errors, rejected: true }
    }
    const created = await insertIros(
      tx,
      plan.iros.map(({ row: _, issueId, ...iro }) => ({
        ...iro,
        issueId: Number(issueId),
        assessmentId,
        createdBy: user.id,
      })),
    )
    await audit({
      action: 'import',
      entity: 'iros',
      after: { source: input.source, rows: input.rows.length, created, skipped: plan.invalidRows },
    })
    return { created, skipped: plan.invalidRows, errors: plan.errors, rejected: false }
  })
}
