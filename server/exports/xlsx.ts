import type { SheetTable } from './sheet-table.ts'

/**
 * The table as an Excel workbook. The first sheet, under a fixed localised name (an assessment's
 * own name may hold characters Excel refuses in sheet names, such as / : [ ] ? or be "History"),
 * starts with a title row carrying the assessment's full name, then the header row and one row
 * per record: exact values shown to two decimals, filters on the header. The notes (responses,
 * weights, thresholds) are on a second sheet, so nothing but table rows sits under the header.
 * The one XLSX writer of the product's tables.
 */
export async function toXlsx(table: SheetTable): Promise<Buffer> {
  // Loaded on first use: exceljs is large and most server processes never write a workbook.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Materiality'
  workbook.title = table.title
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: 2, xSplit: table.frozenColumns ?? 0 }],
  })
  sheet.addRow([table.title]).font = { bold: true, size: 14 }
  sheet.addRow(table.headers).font = { bold: true }
  for (const row of table.rows) sheet.addRow(row)
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: table.headers.length } }
  for (const column of table.decimalColumns) sheet.getColumn(column + 1).numFmt = '0.00'
  for (const [column, width] of Object.entries(table.widths ?? {})) {
    sheet.getColumn(Number(column) + 1).width = width
  }
  const notes = workbook.addWorksheet(table.notesSheetName)
  notes.getColumn(1).width = 120
  notes.addRow([table.title]).font = { bold: true }
  for (const note of table.notes) notes.addRow([note]).alignment = { wrapText: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
