import { listTimelineCounts } from '#db/queries/invitation-timeline'
import { markAnsweredInvitations } from '#db/queries/invitations'
import { utcDay } from '#surveys/domain/invitation-templates'
import { reminderEffect } from '#surveys/domain/reminder-effect'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN } from './access.ts'

/**
 * Reminders and their effect over time (issue 16.7): the days since the first invitation split
 * at each day reminders went out, with responses per stretch and per day, for all groups and per
 * group, under the rates' anonymity rule (surveys/domain/reminder-effect.ts).
 */
export async function invitationTimeline(deps: AppDeps, user: SessionUser, assessmentId: number) {
  await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  await markAnsweredInvitations(deps.database.db, assessmentId)
  const counts = await listTimelineCounts(deps.database.db, assessmentId)
  return reminderEffect({ today: utcDay(deps.clock.now()), ...counts })
}
