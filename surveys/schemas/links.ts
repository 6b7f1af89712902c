import * as v from 'valibot'

export const LINK_KINDS = ['open', 'single-use'] as const
export type LinkKind = (typeof LINK_KINDS)[number]
export const MAX_LINKS_PER_BATCH = 5000

/**
 * Where a survey link stands. A single-use link is `completed` once answered; an open link is
 * `started` once anyone has begun or answered, and `completed` when its response cap is reached.
 */
export const LINK_STATES = ['unused', 'started', 'completed', 'revoked', 'expired'] as const
export type LinkState = (typeof LINK_STATES)[number]

const Timestamp = v.pipe(
  v.string('Use a date and time.'),
  v.isoTimestamp('Use a date and time, e.g. 2026-06-30T17:00:00Z.'),
)

const MaxResponses = v.pipe(
  v.number('Enter a number.'),
  v.integer('Enter a whole number.'),
  v.minValue(1, 'Allow at least one response.'),
  v.maxValue(1_000_000, 'Use at most 1,000,000.'),
)

export const CreateLinksBody = v.pipe(
  v.object({
    group: v.pipe(
      v.string('Choose a stakeholder group.'),
      v.nonEmpty('Choose a stakeholder group.'),
    ),
    kind: v.picklist(LINK_KINDS, 'Use open or single-use.'),
    count: v.optional(
      v.pipe(
        v.number('Enter a number.'),
        v.integer('Enter a whole number.'),
        v.minValue(1, 'Create at least one link.'),
        v.maxValue(MAX_LINKS_PER_BATCH, `Create at most ${MAX_LINKS_PER_BATCH} links at a time.`),
      ),
      1,
    ),
    expiresAt: v.optional(v.nullable(Timestamp)),
    /** Open links only: stop taking responses after this many. */
    maxResponses: v.optional(v.nullable(MaxResponses)),
  }),
  v.forward(
    v.check(({ kind, count }) => kind === 'single-use' || count === 1, 'An open link is one link.'),
    ['count'],
  ),
  v.forward(
    v.check(
      ({ kind, maxResponses }) => kind === 'open' || maxResponses == null,
      'A single-use link takes one response.',
    ),
    ['maxResponses'],
  ),
)
export type CreateLinksBody = v.InferOutput<typeof CreateLinksBody>

/** PATCH …/links/:linkId: revoke, or set or clear the expiry or the cap. */
export const UpdateLinkBody = v.object({
  revoked: v.optional(v.literal(true, 'A revoked link stays revoked; re-issue it instead.')),
  expiresAt: v.optional(v.nullable(Timestamp)),
  maxResponses: v.optional(v.nullable(MaxResponses)),
})
export type UpdateLinkBody = v.InferOutput<typeof UpdateLinkBody>

const Count = (max: number, fallback: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,7}$/, 'Use a whole number.'),
      v.transform(Number),
      v.maxValue(max, `Use at most ${max}.`),
    ),
    String(fallback),
  )

/**
 * Where a page of links starts: `older.<id>` (the links after that one, newest first) or
 * `newer.<id>` (the page before it). The list answers with both as nextCursor and prevCursor.
 * @example v.parse(LinkCursor, 'older.120') // { direction: 'older', id: 120 }
 */
export const LinkCursor = v.pipe(
  v.string(),
  v.regex(/^(older|newer)\.[1-9]\d{0,14}$/, 'Use nextCursor or prevCursor from a page of links.'),
  v.transform((text) => {
    const [direction, id] = text.split('.')
    return { direction: direction === 'newer' ? 'newer' : 'older', id: Number(id) } as const
  }),
)

/** GET …/links: filters and a page of the list (keyset: see LinkCursor). */
export const ListLinksQuery = v.object({
  group: v.optional(v.string()),
  kind: v.optional(v.picklist(LINK_KINDS, 'Use open or single-use.')),
  status: v.optional(v.picklist(LINK_STATES, 'Use a link status.')),
  cursor: v.optional(LinkCursor),
  limit: Count(500, 100),
})
export type ListLinksQuery = v.InferOutput<typeof ListLinksQuery>
