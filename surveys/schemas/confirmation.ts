import * as v from 'valibot'
import { Locale } from '../i18n/locales.ts'
import { withoutBidiControls } from '../reports/plain-text.ts'
import { IdString } from './assessments.ts'

/** The longest rationale or comment we store; a paragraph, not a report. */
export const MAX_RATIONALE = 2000

const Rationale = v.pipe(
  v.string('Write the rationale as text.'),
  withoutBidiControls,
  v.trim(),
  v.maxLength(MAX_RATIONALE, `Use at most ${MAX_RATIONALE} characters.`),
)

/** Management's decision on one issue; whether a rationale is required is checked per issue. */
export const Decision = v.object({
  issueId: IdString,
  material: v.boolean('Say whether the issue is material.'),
  rationale: v.optional(v.nullable(Rationale)),
  /** The language the rationale is written in; else it is told from the text (see writtenIn). */
  locale: v.optional(Locale),
  /** The rationale was written once for several issues decided together (a bulk decision). */
  shared: v.optional(v.boolean('Say whether the rationale is shared as true or false.')),
})
export type Decision = v.InferOutput<typeof Decision>

/**
 * `POST /api/assessments/:id/confirmation`. The shape is checked here; the rules that need the
 * computed tiers (every issue once, rationales, order = material set) are in confirmation.ts.
 */
export const ConfirmationBody = v.object({
  decisions: v.pipe(
    v.array(Decision, 'Send the decisions as a list.'),
    v.minLength(1, 'Decide on at least one issue.'),
    v.maxLength(1000),
  ),
  order: v.pipe(v.array(IdString, 'Send the order as a list of issue ids.'), v.maxLength(1000)),
  /** The language of the interface the rationales were written in: a hint for writtenIn. */
  locale: v.optional(Locale),
})
export type ConfirmationBody = v.InferOutput<typeof ConfirmationBody>

export const APPROVAL_DECISIONS = ['approve', 'return'] as const
export const MIN_RETURN_COMMENT = 10

/**
 * `POST /api/assessments/:id/approval`. It names what it decides on: the version and the SHA-256
 * of the snapshot the approver saw; another one (a newer version, a wrong hash) is 409
 * `stale_version`. A return needs a comment, so the reviewers know what to change. An approval may
 * go without one: the approval itself is the record, and a required field there collects "OK"
 * rather than information. Whatever is written is kept.
 */
export const ApprovalBody = v.pipe(
  v.object({
    decision: v.picklist(APPROVAL_DECISIONS, 'Choose approve or return.'),
    version: v.pipe(
      v.number('Name the version you decide on.'),
      v.safeInteger('Name the version you decide on.'),
      v.minValue(1, 'Name the version you decide on.'),
    ),
    hash: v.pipe(
      v.string('Give the SHA-256 of the version you decide on.'),
      v.regex(/^[0-9a-f]{64}$/, 'Give the SHA-256 of the version you decide on (64 hex digits).'),
    ),
    comment: v.optional(
      v.pipe(
        v.string('Write the comment as text.'),
        withoutBidiControls,
        v.trim(),
        v.maxLength(MAX_RATIONALE, `Use at most ${MAX_RATIONALE} characters.`),
      ),
      '',
    ),
  }),
  v.forward(
    v.check(
      ({ decision, comment }) => decision === 'approve' || comment.length >= MIN_RETURN_COMMENT,
      'Say what management should reconsider before it confirms again.',
    ),
    ['comment'],
  ),
)
export type ApprovalBody = v.InferOutput<typeof ApprovalBody>

/** `GET /api/assessments/:id/disclosure?locale=`: the report's language (else the assessment's). */
export const DisclosureQuery = v.object({ locale: v.optional(Locale) })
export type DisclosureQuery = v.InferOutput<typeof DisclosureQuery>
