import * as v from 'valibot'
import { IsoDate } from './assessments.ts'

const ContactId = v.pipe(
  v.string('Use contact ids as strings.'),
  v.regex(/^[1-9]\d{0,14}$/, 'Not a contact id.'),
)
const GroupKey = v.pipe(v.string(), v.trim(), v.nonEmpty('Name a group.'), v.maxLength(200))

/**
 * `POST /api/assessments/:id/invitations`: the contacts to invite, by id, by group or both.
 * `deadline` is the date the messages ask for answers by (default: two weeks from today).
 */
export const InviteBody = v.pipe(
  v.object({
    contactIds: v.optional(v.pipe(v.array(ContactId), v.maxLength(5000))),
    groups: v.optional(v.pipe(v.array(GroupKey), v.maxLength(50))),
    deadline: v.optional(IsoDate),
  }),
  v.check(
    (body) => (body.contactIds?.length ?? 0) + (body.groups?.length ?? 0) > 0,
    'Choose contacts or groups to invite.',
  ),
)
export type InviteBody = v.InferOutput<typeof InviteBody>

/** A group's response counts are shown only from this many responses (anonymity). */
export const MIN_RESPONSES_SHOWN = 3

/** What an invitation's status can be, as `GET …/invitations` reports it. */
export const INVITATION_STATUSES = ['queued', 'sent', 'failed', 'bounced', 'unsubscribed'] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

/** `POST …/reminders?dryRun=true` counts who would be reminded and sends nothing. */
export const RemindQuery = v.object({
  dryRun: v.optional(v.picklist(['true', 'false']), 'false'),
})
