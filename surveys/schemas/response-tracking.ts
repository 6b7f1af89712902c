import * as v from 'valibot'

/** Whether the runtime knows `name` as an IANA time zone. */
function knownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/**
 * GET …/responses: `tz`, the time zone whose calendar days count responses per day (the
 * browser's own); UTC when left out.
 * @example v.parse(ResponsesQuery, { tz: 'Asia/Hong_Kong' }) // { tz: 'Asia/Hong_Kong' }
 */
export const ResponsesQuery = v.object({
  tz: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/, 'Use an IANA time zone, e.g. Asia/Hong_Kong.'),
      v.check(knownTimeZone, 'Use an IANA time zone, e.g. Asia/Hong_Kong.'),
    ),
    'UTC',
  ),
})
export type ResponsesQuery = v.InferOutput<typeof ResponsesQuery>
