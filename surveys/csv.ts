/**
 * CSV for spreadsheets (RFC 4180): CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled. A UTF-8 byte-order mark leads the file so Excel reads Chinese
 * correctly. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) get a leading apostrophe: exported text must never execute (OWASP "CSV
 * injection").
 */

export type CsvCell = string | number | boolean | null | undefined

const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** One field, neutralised and quoted as needed; null and undefined are empty. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One record, ending in CRLF. */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`
}

/**
 * A whole file: the byte-order mark, the header and the rows.
 * @example csvDocument(['a', 'b'], [[1, '=x']]) // '\uFEFFa,b\r\n1,\'=x\r\n'
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let text = BOM + csvRow(header)
  for (const row of rows) text += csvRow(row)
  return text
}
