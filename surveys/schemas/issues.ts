import * as v from 'valibot'
import { IssueDefinition } from '../domain/model.ts'
import { Reason } from './assessments.ts'

const Position = v.pipe(
  v.number('Enter a number.'),
  v.integer('Enter a whole number.'),
  v.minValue(0, 'Use 0 or more.'),
  v.maxValue(10_000, 'Use at most 10,000.'),
)

/** POST …/issues: a new issue; it goes last unless `position` says where. */
export const CreateIssueBody = v.object({
  ...IssueDefinition.entries,
  position: v.optional(Position),
})
export type CreateIssueBody = v.InferOutput<typeof CreateIssueBody>

/**
 * PATCH …/issues/:issueId. `position` moves the issue to that place (0 = first). Once the
 * assessment opens only the wording and the HKEX/GRI mappings may change.
 */
export const UpdateIssueBody = v.object({
  ...v.partial(IssueDefinition).entries,
  position: v.optional(Position),
  reason: v.optional(Reason),
})
export type UpdateIssueBody = v.InferOutput<typeof UpdateIssueBody>

/** The fields that may still change after the assessment opens (corrections, audited). */
export const ISSUE_FIELDS_EDITABLE_WHEN_OPEN = ['names', 'descriptions', 'hkex', 'gri'] as const
