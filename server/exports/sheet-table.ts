import { csvDocument, fixed } from '#surveys/reports/csv'

export type Cell = string | number | null

/**
 * A table as the product exports it (the ranked table, the IRO register, the double-materiality
 * matrix): a title, headers, rows, which columns hold scores, and the notes that say what the
 * numbers were computed with (kept apart from the rows, so the data parses as a table: a second
 * sheet in XLSX, left out of the CSV).
 */
export interface SheetTable {
  /** The assessment's full name, the table's title and, for a what-if view, that mark. */
  title: string
  /** A fixed, localised worksheet name (Excel refuses / \ ? * [ ] : and more than 31 characters). */
  sheetName: string
  notesSheetName: string
  headers: string[]
  rows: Cell[][]
  /** Columns (from 0) holding scores: rounded to two decimals in CSV, exact in XLSX. */
  decimalColumns: number[]
  notes: string[]
  /** Columns kept in view when scrolling right in XLSX; default none. */
  frozenColumns?: number
  /** Widths of wide columns (from 0) in XLSX, in characters. */
  widths?: Readonly<Record<number, number>>
}

/**
 * The table as CSV (the one writer, surveys/reports/csv.ts): header and rows only, scores
 * rounded to two decimals as on screen. The notes stay out so every record is a row of the table.
 */
export function sheetTableCsv(table: SheetTable): string {
  const decimals = new Set(table.decimalColumns)
  return csvDocument(
    table.headers,
    table.rows.map((row) =>
      row.map((cell, i) => (typeof cell === 'number' && decimals.has(i) ? fixed(cell, 2) : cell)),
    ),
  )
}
