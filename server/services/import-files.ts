import { readCsv } from '#surveys/reports/csv'
import { badRequest } from '../errors.ts'

/** A row of an import: where it was (the row as a spreadsheet numbers it) and its values by field. */
export interface ImportRow {
  row: number
  values: unknown
}

export const CSV_TYPE = 'text/csv'
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** What a file of one kind of record holds: its columns by heading, and the limits. */
export interface ImportColumns {
  /** Column headings people use, lower-cased, to the field they fill. */
  headings: Readonly<Record<string, string>>
  /** Fields without which no row can be read; the header row is the first naming them all. */
  required: readonly string[]
  /** The headings to name when one is missing, e.g. "name, email, group, language". */
  hint: string
  /** Most rows one import takes, and what they are called in the message. */
  max: number
  noun: string
}

/** The rows of a JSON array: row n is the n-th item. */
export const jsonRows = (items: readonly unknown[]): ImportRow[] =>
  items.map((values, i) => ({ row: i + 1, values }))

/** The rows of a CSV file under its header; row numbers as a spreadsheet shows them. */
export function csvRows(text: string, columns: ImportColumns): ImportRow[] {
  return tableRows(readCsv(text), columns)
}

/** The rows of an XLSX workbook's first sheet, read with exceljs (already a dependency). */
export async function xlsxRows(bytes: ArrayBuffer, columns: ImportColumns): Promise<ImportRow[]> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes)
  } catch {
    throw badRequest('The file is not an Excel workbook (.xlsx).')
  }
  const sheet = workbook.worksheets[0]
  const table: string[][] = []
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    table[number - 1] = Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)
  })
  return tableRows(
    Array.from(table, (cells) => cells ?? []),
    columns,
  )
}

/** How many rows above the header a file may have (a title, a note), as our exports do. */
const HEADER_SEARCH = 5

/**
 * The header row (the first of the first few naming every required field: a title row above
 * it, as the product's XLSX exports have, is passed over) to fields; blank rows are left out
 * but keep their numbers for the others.
 */
function tableRows(table: string[][], columns: ImportColumns): ImportRow[] {
  const fieldsOf = (header: string[]) =>
    header.map((heading) => columns.headings[heading.trim().toLowerCase()])
  const at = table
    .slice(0, HEADER_SEARCH)
    .findIndex((header) => columns.required.every((field) => fieldsOf(header).includes(field)))
  if (at === -1) {
    const fields = fieldsOf(table[0] ?? [])
    const missing = columns.required.filter((field) => !fields.includes(field))
    throw badRequest('The file’s first row must name its columns.', {
      file: [`Add a column named ${missing.join(', ')} (${columns.hint}).`],
    })
  }
  const fields = fieldsOf(table[at] ?? [])
  const rows: ImportRow[] = []
  table.slice(at + 1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return
    const values: Record<string, string> = {}
    fields.forEach((field, column) => {
      if (field && values[field] === undefined) values[field] = record[column] ?? ''
    })
    rows.push({ row: at + i + 2, values })
  })
  if (rows.length > columns.max) {
    throw badRequest(`Import at most ${columns.max} ${columns.noun} at once.`, {
      file: [`The file has ${rows.length} ${columns.noun}.`],
    })
  }
  return rows
}
