/**
 * The one CSV writer of the product: every CSV it makes (ranked table, evidence pack, audit log,
 * comments, the links downloaded in the browser) goes through here, so the formula guard cannot
 * drift apart between copies.
 *
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled. A UTF-8 byte-order mark leads a file so Excel reads Chinese correctly. Text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
 * leading apostrophe: exported text must never execute (OWASP "CSV injection"). Only values the
 * product itself writes as numbers (`number`, `fixed`) stay bare, so `-1+HYPERLINK(…)` typed
 * into a name is text and guarded, while a computed −1.25 stays a number.
 */

/** A number the product computed, written with a fixed count of decimals (e.g. 3.50). */
export interface CsvFixed {
  readonly fixed: number
  readonly decimals: number
}

export type CsvCell = string | number | boolean | CsvFixed | null | undefined

/** The media type every CSV is sent or saved with. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'

/** The byte-order mark that starts every CSV file. */
export const CSV_BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/**
 * A computed number shown with `decimals` decimals; null stays empty.
 * @example csvField(fixed(-1.5, 2)) // '-1.50'
 */
export function fixed(value: number | null, decimals: number): CsvFixed | null {
  return value === null ? null : { fixed: value, decimals }
}

/** One field, neutralised and quoted as needed; null and undefined are empty. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return value.fixed.toFixed(value.decimals)
  if (typeof value !== 'string') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * One record, ending in CRLF: the unit a streaming writer sends.
 * @example csvRow(['=1+1', 2]) // "'=1+1,2\r\n"
 */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`
}

/** The start of a file: the byte-order mark and the header record. Rows follow with csvRow. */
export function csvHeader(header: readonly string[]): string {
  return CSV_BOM + csvRow(header)
}

/**
 * A whole file: the byte-order mark, the header and the rows.
 * @example csvDocument(['a', 'b'], [[1, '=x']]) // '\uFEFFa,b\r\n1,\'=x\r\n'
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let text = csvHeader(header)
  for (const row of rows) text += csvRow(row)
  return text
}

/**
 * Reads a CSV file into records: RFC 4180 quoting, CRLF or LF line ends, a leading byte-order
 * mark ignored. A file from Excel with a formula guard keeps its apostrophe: it is text.
 * @example readCsv('a,b\n"x, y",2\n') // [['a', 'b'], ['x, y', '2']]
 */
export function readCsv(source: string): string[][] {
  const body = source.replace(/^\uFEFF/, '')
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  const endRecord = () => {
    record.push(field)
    records.push(record)
    record = []
    field = ''
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || (c === '\r' && body[i + 1] === '\n')) {
      if (c === '\r') i++
      endRecord()
    } else field += c
  }
  if (field !== '' || record.length > 0) endRecord()
  return records
}

/**
 * A cell read back from a file the product wrote: the apostrophe the formula guard put before
 * = + - @, tab or carriage return is taken off again; any other text is as it was.
 * @example unguardCsvText("'=1+1") // '=1+1'
 */
export function unguardCsvText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
}
