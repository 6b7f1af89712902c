import type { Context } from 'hono'
import type * as v from 'valibot'
import { DomainError, parseInput } from './errors.ts'
import {
  CSV_TYPE,
  csvRows,
  type ImportColumns,
  type ImportRow,
  jsonRows,
  XLSX_TYPE,
  xlsxRows,
} from './services/import-files.ts'

export type UploadSource = 'json' | 'csv' | 'xlsx'

/**
 * An import's rows by Content-Type: a CSV file, an XLSX workbook or, where `json` gives the
 * array's schema, a JSON array. Every import route reads its body through here.
 */
export async function uploadedRows(
  c: Context,
  columns: ImportColumns,
  json?: v.GenericSchema<unknown, readonly unknown[]>,
): Promise<{ source: UploadSource; rows: ImportRow[] }> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'application/json' && json) {
    const body = await c.req.json().catch(() => {
      throw new DomainError(400, 'invalid_json', 'The body is not valid JSON.')
    })
    return { source: 'json', rows: jsonRows(parseInput(json, body)) }
  }
  if (type === CSV_TYPE) return { source: 'csv', rows: csvRows(await c.req.text(), columns) }
  if (type === XLSX_TYPE) {
    return { source: 'xlsx', rows: await xlsxRows(await c.req.arrayBuffer(), columns) }
  }
  const kinds = json
    ? 'application/json, text/csv or an .xlsx workbook'
    : 'text/csv or an .xlsx workbook'
  throw new DomainError(415, 'unsupported_media_type', `Send ${columns.noun} as ${kinds}.`)
}

/**
 * What a refused import says (422, with its row errors beside it): how many rows were wrong,
 * that nothing was stored, and the two ways on.
 */
export function rowsRefusedMessage(errors: readonly { row: number }[], rows: number): string {
  const invalid = new Set(errors.map((error) => error.row)).size
  return `${invalid} of ${rows} rows have errors; nothing was stored. Correct them, or import again with skipInvalid=true to store the others.`
}
