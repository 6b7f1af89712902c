/** An assessment's reminder rules (see db/schema.ts `reminderSchedules`). */
export interface ReminderRules {
  /** Days after the invitation a scheduled reminder is due, ascending; empty: none scheduled. */
  days: number[]
  /** Reminders per invitation in all, scheduled and "Remind now" alike. */
  maxReminders: number
  /** Days at least between the invitation or a reminder and the next reminder. */
  minGapDays: number
}

/** Without settings: nothing scheduled, at most 3 reminders, 3 days apart. */
export const DEFAULT_REMINDER_RULES: ReminderRules = { days: [], maxReminders: 3, minGapDays: 3 }

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000

/**
 * Whether the scheduled job reminds an unanswered invitation today: a scheduled day has come
 * since its last reminder (or since the invitation), the gap has passed, the count is under the
 * maximum and the deadline has not. A job that missed days sends one reminder, not several.
 * @example scheduledReminderDue({ invitedOn: '2026-03-01', lastRemindedOn: null, reminders: 0,
 *   deadline: '2026-03-20' }, { days: [7], maxReminders: 3, minGapDays: 3 }, '2026-03-08') // true
 */
export function scheduledReminderDue(
  invitation: {
    invitedOn: string
    lastRemindedOn: string | null
    reminders: number
    deadline: string
  },
  rules: ReminderRules,
  today: string,
): boolean {
  const now = dayNumber(today)
  if (invitation.reminders >= rules.maxReminders || now > dayNumber(invitation.deadline)) {
    return false
  }
  const invited = dayNumber(invitation.invitedOn)
  const last = invitation.lastRemindedOn === null ? invited : dayNumber(invitation.lastRemindedOn)
  if (now - last < rules.minGapDays) return false
  // The latest scheduled day that has come; due if no reminder went out on or after it.
  const come = rules.days.map((days) => invited + days).filter((day) => day <= now)
  if (come.length === 0) return false
  return invitation.lastRemindedOn === null || Math.max(...come) > last
}
