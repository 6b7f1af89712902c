import type { RankedTable } from './ranked-table.ts'

/**
 * The table as an Excel workbook: one sheet, a header row, exact values shown to two
 * decimals, footnotes below the table.
 */
export async function toXlsx(table: RankedTable, sheetName: string): Promise<Buffer> {
  // Loaded on first use: exceljs is large and most server processes never write a workbook.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Materiality'
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }],
  })
  sheet.addRow(table.headers).font = { bold: true }
  for (const row of table.rows) sheet.addRow(row)
  for (const column of table.decimalColumns) sheet.getColumn(column + 1).numFmt = '0.00'
  sheet.getColumn(3).width = 40
  sheet.getColumn(4).width = 24
  sheet.addRow([])
  for (const note of table.notes) sheet.addRow([note])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
