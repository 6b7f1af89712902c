import * as v from 'valibot'
import { StakeholderGroupDefinition } from '../domain/model.ts'
import { Reason } from './assessments.ts'

const Weight = v.pipe(
  v.number('Enter a number.'),
  v.minValue(0, 'A weight cannot be negative.'),
  v.maxValue(1000, 'Use at most 1000.'),
)

/** POST …/groups: a custom stakeholder group, e.g. NGOs or management. */
export const CreateGroupBody = v.object({
  ...StakeholderGroupDefinition.entries,
  weight: v.optional(Weight, 1),
  reason: v.optional(Reason),
})
export type CreateGroupBody = v.InferOutput<typeof CreateGroupBody>

/** PATCH …/groups/:groupId. Weight and axes change scores: they lock when the assessment opens. */
export const UpdateGroupBody = v.object({
  ...v.partial(v.omit(StakeholderGroupDefinition, ['key'])).entries,
  weight: v.optional(Weight),
  reason: v.optional(Reason),
})
export type UpdateGroupBody = v.InferOutput<typeof UpdateGroupBody>

/** The group fields that change scores. */
export const GROUP_SCORING_FIELDS = ['weight', 'axes'] as const
