/** Quality flags on one response (METHOD.md §9); flagged responses are kept unless excluded. */

export type ResponseFlag = 'straight-lining' | 'speeding' | 'repeat'

/**
 * `repeat`: an open link's response from an address (its keyed hash) that already answered
 * through the same link within this many hours. Set by the database at insert, since it needs
 * the stored responses; everything else here is pure.
 */
export const REPEAT_WINDOW_HOURS = 24

export interface ResponseTiming {
  /** One entry per item shown; null = "don't know / not applicable". */
  scores: readonly (number | null)[]
  startedAt: Date
  submittedAt: Date
}

const STRAIGHT_LINING_MIN_ITEMS = 10
const SPEEDING_SECONDS_PER_ITEM = 2

/**
 * Straight-lining: one score on every answered item, with at least 10 answered. Speeding: under
 * 2 s per item.
 * @example flagResponse({ scores: Array(12).fill(3), startedAt, submittedAt }) // ['straight-lining']
 */
export function flagResponse(response: ResponseTiming): ResponseFlag[] {
  const flags: ResponseFlag[] = []
  if (isStraightLined(response.scores)) flags.push('straight-lining')
  if (isSpeeding(response)) flags.push('speeding')
  return flags
}

function isStraightLined(scores: readonly (number | null)[]): boolean {
  const answered = scores.filter((score) => score !== null)
  return (
    answered.length >= STRAIGHT_LINING_MIN_ITEMS && answered.every((score) => score === answered[0])
  )
}

// Speeding is about the time per item (METHOD.md §9), but per-item timings are not recorded: the
// whole duration spread over the items (answered or "don't know") is the time per item we have.
function isSpeeding({ scores, startedAt, submittedAt }: ResponseTiming): boolean {
  if (scores.length === 0) return false
  const seconds = (submittedAt.getTime() - startedAt.getTime()) / 1000
  return seconds / scores.length < SPEEDING_SECONDS_PER_ITEM
}
