import * as v from 'valibot'
import { IdString } from './assessments.ts'

/** An empty query parameter (`?entity=`) means "no filter", as a form leaves it. */
export const blankable = <S extends v.GenericSchema<string, unknown>>(schema: S) =>
  v.pipe(
    v.optional(v.string()),
    v.transform((value) => value?.trim() || undefined),
    v.optional(schema),
  )

const Word = v.pipe(v.string(), v.maxLength(40), v.regex(/^[a-z][a-z0-9-]*$/, 'Use a known name.'))

/** A day (taken in UTC) or an exact ISO timestamp. */
const Moment = v.pipe(
  v.string(),
  v.check(isMoment, 'Use a date like 2026-03-31 or a timestamp like 2026-03-31T16:00:00Z.'),
)

function isMoment(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(T.+)?$/.exec(value)
  const time = Date.parse(value)
  if (!match || Number.isNaN(time)) return false
  // Date.parse rolls 2026-02-30 over to 2 March; a real date reads back as itself.
  return match[2] !== undefined || new Date(time).toISOString().slice(0, 10) === match[1]
}

export const AUDIT_PAGE_SIZE = 50

/**
 * `GET /api/assessments/:id/audit` (and `audit.csv`, which ignores cursor and limit). `from` is
 * inclusive; `to` is inclusive too, a bare date meaning the whole of that day.
 */
export const AuditQuery = v.pipe(
  v.object({
    entity: blankable(Word),
    action: blankable(Word),
    actor: blankable(IdString),
    from: blankable(Moment),
    to: blankable(Moment),
    cursor: blankable(IdString),
    limit: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d{1,3}$/, 'Use a whole number.'),
        v.transform(Number),
        v.minValue(1, 'Ask for at least one entry.'),
        v.maxValue(200, 'Ask for at most 200 entries.'),
      ),
      String(AUDIT_PAGE_SIZE),
    ),
  }),
  v.forward(
    v.check((query) => {
      const { from, before } = auditRange(query)
      return !from || !before || from < before
    }, 'The range ends before it starts.'),
    ['to'],
  ),
)
export type AuditQuery = v.InferOutput<typeof AuditQuery>

const DAY = /^\d{4}-\d{2}-\d{2}$/
const MS_PER_DAY = 24 * 60 * 60 * 1000

/** The query's range as [from, before): a bare `to` date runs to the end of that day. */
export function auditRange(query: { from?: string | undefined; to?: string | undefined }) {
  const from = query.from ? new Date(query.from) : undefined
  const to = query.to ? new Date(query.to) : undefined
  const before = to && new Date(to.getTime() + (DAY.test(query.to ?? '') ? MS_PER_DAY : 1))
  return { from, before }
}
