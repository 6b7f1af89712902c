import type { Comparison } from '../domain/year-over-year.ts'

/**
 * The JSON of GET /api/assessments/:id/comparison, shared by server and client. Without an
 * earlier assessment `previous` and `comparison` are null and the sentence says so.
 */
export interface ComparisonView {
  previous: { id: string; name: string } | null
  comparison: Comparison | null
  /** The GRI 3-2 "changes from the previous period" sentence in the requested language. */
  sentence: string
}
