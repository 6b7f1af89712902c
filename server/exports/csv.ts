import type { Cell, RankedTable } from './ranked-table.ts'

/**
 * The table as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF
 * lines, scores rounded to two decimals as on screen, footnotes after a blank line.
 */
export function toCsv(table: RankedTable): string {
  const decimals = new Set(table.decimalColumns)
  const lines = [
    table.headers.map(quote),
    ...table.rows.map((row) => row.map((cell, i) => quote(format(cell, decimals.has(i))))),
    [],
    ...table.notes.map((note) => [quote(note)]),
  ]
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`
}

function format(cell: Cell, decimal: boolean): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return decimal ? cell.toFixed(2) : String(cell)
  return cell
}

function quote(text: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
