import * as v from 'valibot'
import { Locale } from '../i18n/locales.ts'

/** The fields of an IRO a register file fills, in the order its columns and errors name them. */
export const IRO_IMPORT_FIELDS = [
  'code',
  'type',
  'actual',
  'humanRights',
  'valueChain',
  'horizons',
  'description',
  'affectedStakeholders',
  'evidence',
  'owner',
] as const
export type IroImportField = (typeof IRO_IMPORT_FIELDS)[number]

/** Most IROs one file takes. */
export const MAX_IRO_IMPORT_ROWS = 1000

/** `?skipInvalid=true`: store the valid rows of a file with errors and skip the others. */
export const ImportIrosQuery = v.object({
  skipInvalid: v.optional(v.picklist(['true', 'false']), 'false'),
})

/** Why a row was not stored; `code` lets the page say it in the reader's language. */
export const IRO_IMPORT_ERROR_CODES = [
  'required',
  'invalid',
  'too_long',
  'unknown_topic',
  'unknown_choice',
] as const
export type IroImportErrorCode = (typeof IRO_IMPORT_ERROR_CODES)[number]

/**
 * One error of a register import: `row` as a spreadsheet numbers it (the header is row 1 of a
 * CSV, row 2 under the title of the product's own XLSX), the column's field and why.
 */
export interface IroRowError {
  row: number
  field: IroImportField | 'row'
  code: IroImportErrorCode
  message: string
}

const WhatIf = v.optional(
  v.pipe(
    v.string(),
    v.transform(Number),
    v.number('Use a number from 0 to 5.'),
    v.minValue(0, 'Use a number from 0 to 5.'),
    v.maxValue(5, 'Use a number from 0 to 5.'),
  ),
)

/**
 * GET …/double-materiality.csv and .xlsx: `lang` for headings and names; `impact` and
 * `financial` are what-if thresholds of Mode B (as tried on the page, never saved).
 */
export const DmExportQuery = v.object({
  lang: v.optional(Locale, 'en'),
  impact: WhatIf,
  financial: WhatIf,
})
export type DmExportQuery = v.InferOutput<typeof DmExportQuery>
