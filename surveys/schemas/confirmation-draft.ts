import * as v from 'valibot'
import { withoutBidiControls } from '../reports/plain-text.ts'
import { IdString } from './assessments.ts'
import { MAX_RATIONALE } from './confirmation.ts'

/**
 * One issue in the saved confirmation draft: undecided (null or left out) until someone
 * chooses. The reason is kept as typed (not trimmed), so the page shows it back exactly; none is
 * ''. `shared` marks a reason written once for several issues with a bulk decision.
 */
export const DraftDecisionEntry = v.object({
  issueId: IdString,
  material: v.optional(v.nullable(v.boolean('Say whether the issue is material.')), null),
  rationale: v.pipe(
    v.optional(v.nullable(v.string('Write the rationale as text.')), ''),
    v.transform((text) => text ?? ''),
    withoutBidiControls,
    v.maxLength(MAX_RATIONALE, `Use at most ${MAX_RATIONALE} characters.`),
  ),
  shared: v.optional(v.boolean()),
})
export type DraftDecisionEntry = v.InferOutput<typeof DraftDecisionEntry>

/**
 * `PUT /api/assessments/:id/confirmation/draft`. `version` is the one the edit started from
 * (0 when there was no saved draft); a different stored version answers 409.
 */
export const ConfirmationDraftBody = v.object({
  decisions: v.pipe(
    v.array(DraftDecisionEntry, 'Send the decisions as a list.'),
    v.maxLength(1000),
  ),
  order: v.pipe(v.array(IdString, 'Send the order as a list of issue ids.'), v.maxLength(1000)),
  version: v.pipe(
    v.number('Send the version the draft was loaded at.'),
    v.integer('Send the version the draft was loaded at.'),
    v.minValue(0, 'Send the version the draft was loaded at.'),
  ),
})
export type ConfirmationDraftBody = v.InferOutput<typeof ConfirmationDraftBody>
