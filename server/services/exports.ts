import { CSV_CONTENT_TYPE } from '#surveys/reports/csv'
import { exportFileName } from '#surveys/reports/file-names'
import type { MatrixQuery } from '#surveys/schemas/matrix'
import type { AppDeps, SessionUser } from '../context.ts'
import type { Download } from '../download.ts'
import { rankedTable, rankedTableCsv } from '../exports/ranked-table.ts'
import { toXlsx } from '../exports/xlsx.ts'
import { getMatrix } from './matrix.ts'

export type ExportFormat = 'csv' | 'xlsx'

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: CSV_CONTENT_TYPE,
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
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
  const table = rankedTable(view)
  const body = format === 'csv' ? rankedTableCsv(table) : await toXlsx(table)
  const date = deps.clock.now().toISOString().slice(0, 10)
  // The CSV holds only the table, so a what-if view says so in its name.
  const stamp = view.whatIf ? `${date}-what-if` : date
  return {
    body,
    contentType: CONTENT_TYPES[format],
    filename: exportFileName(view.assessment.name, stamp, format),
  }
}
