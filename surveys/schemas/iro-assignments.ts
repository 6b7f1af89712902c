import * as v from 'valibot'
import { IdString } from './assessments.ts'

const Ids = (message: string, max: number) =>
  v.pipe(
    v.array(IdString, message),
    v.maxLength(max, `List at most ${max}.`),
    v.check((list) => new Set(list).size === list.length, 'Name each one once.'),
  )

/**
 * POST …/iro-assignments: assign members to score IROs, chosen by hand (`iroIds`), a whole topic
 * at once (`issueIds`: every IRO under it now) or both. Assignments already there stay.
 */
export const AssignIrosBody = v.pipe(
  v.object({
    assessorIds: v.pipe(
      Ids('Choose who scores.', 100),
      v.minLength(1, 'Choose at least one person to score.'),
    ),
    iroIds: v.optional(Ids('Choose impacts, risks or opportunities.', 2000), []),
    issueIds: v.optional(Ids('Choose topics.', 500), []),
  }),
  v.forward(
    v.check(
      (body) => body.iroIds.length + body.issueIds.length > 0,
      'Choose topics or impacts, risks and opportunities to assign.',
    ),
    ['issueIds'],
  ),
)
export type AssignIrosBody = v.InferOutput<typeof AssignIrosBody>

/** PUT …/iros/:iroId/assessors: who scores this IRO, replacing the list (empty: nobody). */
export const IroAssessorsBody = v.object({ assessorIds: Ids('Choose who scores.', 100) })
export type IroAssessorsBody = v.InferOutput<typeof IroAssessorsBody>

/** POST …/assessor-reminders: a reminder in the product, with an optional note. */
export const RemindAssessorBody = v.object({
  assessorId: IdString,
  note: v.optional(
    v.pipe(
      v.string('Write the note as text.'),
      v.trim(),
      v.maxLength(500, 'Use at most 500 characters.'),
    ),
  ),
})
export type RemindAssessorBody = v.InferOutput<typeof RemindAssessorBody>
