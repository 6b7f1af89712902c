import type { MatrixIssue } from '#surveys/schemas/matrix-view'

/** One plotted issue: chart.js keeps it as the point's raw data. */
export interface MatrixPoint {
  x: number
  y: number
  issue: MatrixIssue
}
