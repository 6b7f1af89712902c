import type { Tx } from '#db/client'
import { type Assessment, lockAssessment } from '#db/queries/assessments'
import { insertAudit } from '#db/queries/audit'
import {
  countReminders,
  insertMessages,
  listRemindable,
  markAnsweredInvitations,
} from '#db/queries/invitations'
import { findOrganisation } from '#db/queries/members'
import {
  findReminderSchedule,
  listScheduledAssessmentIds,
  upsertReminderSchedule,
} from '#db/queries/message-templates'
import { addDays, utcDay } from '#surveys/domain/invitation-templates'
import {
  DEFAULT_REMINDER_RULES,
  type ReminderRules,
  scheduledReminderDue,
} from '#surveys/domain/reminder-schedule'
import type { ReminderScheduleBody } from '#surveys/schemas/message-templates'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN, withAssessment } from './access.ts'
import { assertInviting } from './locks.ts'
import { composeMessage, loadTemplates } from './message-templates.ts'

type Remindable = Awaited<ReturnType<typeof listRemindable>>[number]

/** The assessment's reminder rules: its own settings, else the defaults. */
export async function loadReminderRules(tx: Tx, assessmentId: number): Promise<ReminderRules> {
  return (await findReminderSchedule(tx, assessmentId)) ?? DEFAULT_REMINDER_RULES
}

/**
 * Invitations unanswered, under the maximum and past the gap: who "Remind now" would remind
 * today. A response whose invitation's mark was lost (the process died between the two) counts.
 */
async function remindable(tx: Tx, assessmentId: number, rules: ReminderRules, today: string) {
  await markAnsweredInvitations(tx, assessmentId)
  const notSince = addDays(today, -rules.minGapDays)
  return listRemindable(tx, assessmentId, { max: rules.maxReminders, notSince })
}

/**
 * Queues a reminder to each invitation in its contact's language, from the assessment's
 * reminder template, and counts it. The key `invitation:<id>:<n>` makes reminder n one message,
 * ever, however many callers race. Runs inside the caller's transaction under the row lock.
 */
async function queueReminders(tx: Tx, assessment: Assessment, due: Remindable[], now: Date) {
  const today = utcDay(now)
  const organisation = (await findOrganisation(tx, assessment.organisationId))?.name ?? ''
  const templates = await loadTemplates(tx, assessment.id)
  const messageIds = await insertMessages(
    tx,
    due.map((invitation) => ({
      assessmentId: assessment.id,
      invitationId: invitation.id,
      kind: 'reminder' as const,
      idempotencyKey: `invitation:${invitation.id}:${invitation.reminders + 1}`,
      // The app's clock, not the database's: the timeline counts reminders by this day.
      createdAt: now,
      recipient: invitation.email,
      locale: invitation.locale,
      ...composeMessage(templates.reminder[invitation.locale], invitation, {
        organisation,
        deadline: invitation.deadline,
      }),
    })),
  )
  await countReminders(
    tx,
    due.map((invitation) => invitation.id),
    today,
  )
  return messageIds
}

/**
 * "Remind now": a reminder to every invited contact who has not responded, may be emailed, has
 * had fewer than the assessment's maximum and none within its minimum gap. `dryRun` only counts
 * them, for the count shown before sending.
 */
export async function remindNonResponders(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  dryRun: boolean,
) {
  const today = utcDay(deps.clock.now())
  const result = await withAssessment(
    deps,
    user,
    assessmentId,
    'manageContacts',
    async (tx, assessment, audit) => {
      assertInviting(assessment, 'remind')
      const due = await remindable(
        tx,
        assessmentId,
        await loadReminderRules(tx, assessmentId),
        today,
      )
      if (dryRun) return { queued: due.length, messageIds: [] as number[] }
      const messageIds = await queueReminders(tx, assessment, due, deps.clock.now())
      await audit({ action: 'remind', entity: 'invitations', after: { queued: messageIds.length } })
      return { queued: messageIds.length, messageIds }
    },
  )
  await deps.mail?.enqueue(result.messageIds)
  return { queued: result.queued }
}

/** The assessment's reminder schedule, maximum and gap (the defaults until set). */
export async function getReminderSchedule(deps: AppDeps, user: SessionUser, assessmentId: number) {
  await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  return (await findReminderSchedule(deps.database.db, assessmentId)) ?? DEFAULT_REMINDER_RULES
}

/** Sets the assessment's reminder schedule, maximum and gap; audited. */
export async function saveReminderSchedule(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  rules: ReminderScheduleBody,
) {
  return withAssessment(deps, user, assessmentId, 'manageContacts', async (tx, _a, audit) => {
    const before = await loadReminderRules(tx, assessmentId)
    await upsertReminderSchedule(tx, assessmentId, rules, deps.clock.now())
    await audit({ action: 'update', entity: 'reminder_schedule', before, after: rules })
    return rules
  })
}

/**
 * The scheduled job: for each open assessment with reminder days, reminds the invitations whose
 * scheduled day has come (surveys/domain/reminder-schedule.ts). Each assessment in its own
 * transaction under its row lock, so instances running this at once take turns and the second
 * finds nothing left to send; the idempotency keys would refuse a second message anyway.
 */
export async function sendDueReminders(deps: AppDeps): Promise<{ queued: number }> {
  const today = utcDay(deps.clock.now())
  let queued = 0
  for (const assessmentId of await listScheduledAssessmentIds(deps.database.db)) {
    const messageIds = await deps.database.db.transaction(async (tx) => {
      const assessment = await lockAssessment(tx, assessmentId)
      if (assessment?.status !== 'open') return []
      const rules = await loadReminderRules(tx, assessmentId)
      const due = (await remindable(tx, assessmentId, rules, today)).filter((invitation) =>
        scheduledReminderDue(invitation, rules, today),
      )
      if (due.length === 0) return []
      const ids = await queueReminders(tx, assessment, due, deps.clock.now())
      await insertAudit(tx, {
        organisationId: assessment.organisationId,
        assessmentId,
        actorId: null,
        action: 'remind',
        entity: 'invitations',
        after: { queued: ids.length, scheduled: true },
      })
      return ids
    })
    await deps.mail?.enqueue(messageIds)
    queued += messageIds.length
  }
  return { queued }
}
