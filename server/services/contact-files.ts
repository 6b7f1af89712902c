import { readCsv } from '#surveys/reports/csv'
import { MAX_IMPORT_ROWS } from '#surveys/schemas/contacts'
import { badRequest } from '../errors.ts'

/** A row of an import: where it was (see ContactRowError.row) and its values by field. */
export interface ImportRow {
  row: number
  values: unknown
}

export const CSV_TYPE = 'text/csv'
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Column headings people use, lower-cased, to the field they fill. */
const HEADINGS: Record<string, string> = {
  name: 'name',
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  group: 'group',
  'stakeholder group': 'group',
  language: 'language',
  locale: 'language',
  lang: 'language',
  affiliation: 'affiliation',
  organisation: 'affiliation',
  organization: 'affiliation',
  company: 'affiliation',
}
const REQUIRED = ['name', 'email', 'group', 'language']

/** The rows of a JSON array: row n is the n-th item. */
export const jsonRows = (items: readonly unknown[]): ImportRow[] =>
  items.map((values, i) => ({ row: i + 1, values }))

/** The rows of a CSV file under its header; row numbers as a spreadsheet shows them. */
export function csvRows(text: string): ImportRow[] {
  return tableRows(readCsv(text))
}

/** The rows of an XLSX workbook's first sheet, read with exceljs (already a dependency). */
export async function xlsxRows(bytes: ArrayBuffer): Promise<ImportRow[]> {
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
  return tableRows(Array.from(table, (cells) => cells ?? []))
}

/** Header row to fields; blank rows are left out but keep their numbers for the others. */
function tableRows(table: string[][]): ImportRow[] {
  const [header = [], ...records] = table
  const fields = header.map((heading) => HEADINGS[heading.trim().toLowerCase()])
  const missing = REQUIRED.filter((field) => !fields.includes(field))
  if (missing.length > 0) {
    throw badRequest('The file’s first row must name its columns.', {
      file: [
        `Add a column named ${missing.join(', ')} (name, email, group, language, affiliation).`,
      ],
    })
  }
  const rows: ImportRow[] = []
  records.forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return
    const values: Record<string, string> = {}
    fields.forEach((field, column) => {
      if (field && values[field] === undefined) values[field] = record[column] ?? ''
    })
    rows.push({ row: i + 2, values })
  })
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badRequest(`Import at most ${MAX_IMPORT_ROWS} contacts at once.`, {
      file: [`The file has ${rows.length} contacts.`],
    })
  }
  return rows
}
