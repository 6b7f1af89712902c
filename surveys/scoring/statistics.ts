/** Sums of one group's non-null scores, as SQL aggregates them. */
export interface Sums {
  n: number
  sum: number
  sumSquares: number
}

export interface Summary {
  n: number
  mean: number | null
  sd: number
}

/**
 * Scores, thresholds and coverages are rationals computed in binary floating point, so values
 * equal in exact arithmetic can differ in the last bits (3.6 − 3.5 = 0.10000000000000009).
 * Comparisons allow this much so they agree with a recomputation by hand.
 */
export const TOLERANCE = 1e-9

/** a ≥ b, up to rounding. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - TOLERANCE
}

/** a = b, up to rounding. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE
}

/** Σ values, summed in order. */
export function total(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0)
}

/**
 * Mean and sample standard deviation (denominator n − 1) from a group's sums.
 * @example summarise({ n: 3, sum: 12, sumSquares: 50 }) // { n: 3, mean: 4, sd: 1 }
 */
export function summarise({ n, sum, sumSquares }: Sums): Summary {
  if (n === 0) return { n, mean: null, sd: 0 }
  if (n < 2) return { n, mean: sum / n, sd: 0 }
  // Exact for integer scores; the clamp only absorbs rounding when non-integer scores are equal.
  const variance = (n * sumSquares - sum * sum) / (n * (n - 1))
  return { n, mean: sum / n, sd: Math.sqrt(Math.max(0, variance)) }
}

/**
 * The type 7 quantile (linear interpolation: numpy's default, spreadsheets' PERCENTILE.INC) of
 * values sorted ascending.
 * @example quantile([1, 2, 3, 4], 0.75) // 3.25
 */
export function quantile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) throw new RangeError('A quantile needs at least one value.')
  if (!(p >= 0 && p <= 1)) throw new RangeError('A quantile needs p from 0 to 1.')
  if (!isAscending(sortedValues)) throw new RangeError('A quantile needs values sorted ascending.')
  const h = (sortedValues.length - 1) * p
  const lower = Math.floor(h)
  const below = sortedValues[lower]!
  const above = sortedValues[Math.min(lower + 1, sortedValues.length - 1)]!
  return below + (h - lower) * (above - below)
}

function isAscending(values: readonly number[]): boolean {
  return values.every((value, i) => i === 0 || values[i - 1]! <= value)
}
