import { CSV_CONTENT_TYPE } from '#surveys/reports/csv'
import { exportFileName } from '#surveys/reports/file-names'
import type { MatrixQuery } from '#surveys/schemas/matrix'
import type { AppDeps, SessionUser } from '../context.ts'
import type { Download } from '../download.ts'
import { rankedTable } from '../exports/ranked-table.ts'
import { type SheetTable, sheetTableCsv } from '../exports/sheet-table.ts'
import { toXlsx } from '../exports/xlsx.ts'
import { getMatrix } from './matrix.ts'

export type ExportFormat = 'csv' | 'xlsx'

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: CSV_CONTENT_TYPE,
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * A table as a CSV or XLSX file named after the assessment and `stamp`: every table download
 * goes through here, to the one CSV writer and the one XLSX writer.
 */
export async function tableDownload(
  table: SheetTable,
  format: ExportFormat,
  assessmentName: string,
  stamp: string,
): Promise<Download> {
  return {
    body: format === 'csv' ? sheetTableCsv(table) : await toXlsx(table),
    contentType: CONTENT_TYPES[format],
    filename: exportFileName(assessmentName, stamp, format),
  }
}

/** The ranked table of the matrix (same view and what-if as the page) as a file to download. */
export async function exportRankedTable(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: MatrixQuery,
  format: ExportFormat,
): Promise<Download> {
  const view = await getMatrix(deps, user, assessmentId, query)
  const date = deps.clock.now().toISOString().slice(0, 10)
  // The CSV holds only the table, so a what-if view says so in its name.
  const stamp = view.whatIf ? `${date}-what-if` : date
  return tableDownload(rankedTable(view), format, view.assessment.name, stamp)
}
