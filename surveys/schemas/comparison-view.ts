import type { Comparison } from '../domain/year-over-year.ts'
import type { DoubleComparison } from '../domain/year-over-year-double.ts'

/**
 * The JSON of GET /api/assessments/:id/comparison, shared by server and client. Without an
 * earlier assessment `previous`, `comparison` and `double` are null and the sentence says so.
 */
export interface ComparisonView {
  previous: { id: string; name: string } | null
  /** A stakeholder-matrix year's comparison (null for a double-materiality year). */
  comparison: Comparison | null
  /** A double-materiality year's comparison: I_t, F_t and decisions by topic. */
  double: DoubleComparison | null
  /** The GRI 3-2 "changes from the previous period" sentence in the requested language. */
  sentence: string
}
