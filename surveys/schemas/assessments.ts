import * as v from 'valibot'
import { ISSUE_LIBRARIES, type IssueLibraryKey } from '../libraries/index.ts'

/** Ids travel as strings of digits. */
export const IdString = v.pipe(v.string('Use an id.'), v.regex(/^[1-9]\d{0,14}$/, 'Use an id.'))

export const IsoDate = v.pipe(
  v.string('Use a date like 2025-12-31.'),
  v.isoDate('Use a date like 2025-12-31.'),
)

const LIBRARY_KEYS = Object.keys(ISSUE_LIBRARIES) as [IssueLibraryKey, ...IssueLibraryKey[]]

export const CreateAssessmentBody = v.pipe(
  v.object({
    name: v.pipe(
      v.string('Enter a name.'),
      v.trim(),
      v.nonEmpty('Enter a name, e.g. FY2025 materiality assessment.'),
      v.maxLength(200, 'Use at most 200 characters.'),
    ),
    /** The owning organisation's id; defaults to the user's only organisation. */
    organisation: v.optional(IdString),
    periodStart: v.optional(v.nullable(IsoDate)),
    periodEnd: v.optional(v.nullable(IsoDate)),
    library: v.optional(v.picklist(LIBRARY_KEYS, 'Use a known issue library.'), 'hkex-33'),
  }),
  v.forward(
    v.check(
      ({ periodStart, periodEnd }) => !periodStart || !periodEnd || periodStart <= periodEnd,
      'The period ends before it starts.',
    ),
    ['periodEnd'],
  ),
)
export type CreateAssessmentBody = v.InferOutput<typeof CreateAssessmentBody>

/** Status moves an admin may ask for; confirmed/approved come from the confirmation steps. */
export const StatusChange = v.object({
  status: v.picklist(['open', 'closed'], 'Use open or closed.'),
  /** Required to reopen a closed assessment. */
  reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000))),
})
export type StatusChange = v.InferOutput<typeof StatusChange>

export const LINK_KINDS = ['open', 'single-use'] as const
export const MAX_LINKS_PER_BATCH = 5000

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
    expiresAt: v.optional(v.nullable(v.pipe(v.string(), v.isoTimestamp('Use a date and time.')))),
    maxResponses: v.optional(
      v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1, 'Allow at least one response.'))),
    ),
  }),
  v.forward(
    v.check(({ kind, count }) => kind === 'single-use' || count === 1, 'An open link is one link.'),
    ['count'],
  ),
)
export type CreateLinksBody = v.InferOutput<typeof CreateLinksBody>
