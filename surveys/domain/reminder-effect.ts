import { MIN_RESPONSES_SHOWN } from '../schemas/invitations.ts'
import { addDays } from './invitation-templates.ts'

/** What the timeline is computed from: days as YYYY-MM-DD (UTC), counts per day. */
export interface ReminderEffectInput {
  today: string
  /** The first day anyone was invited; null when nobody was. */
  invitedFrom: string | null
  /** The assessment's groups, in order. */
  groups: readonly string[]
  /** Reminder messages queued per day ("Remind now" or a schedule). */
  reminders: readonly { day: string; count: number }[]
  /** Invitations answered per group and day (the invitation knows only the day). */
  responses: readonly { group: string; day: string; count: number }[]
}

/** A stretch of days: from the first invitation, or from a day reminders went out. */
export interface ReminderPeriod {
  from: string
  /** The last day, inclusive: the day before the next reminders, or today. */
  to: string
  days: number
  /** Reminders queued on `from` (0 for the stretch after the invitations). */
  reminders: number
}

/** A count of 1 or 2 could point at a person: it is shown as null ("fewer than 3"). */
const guarded = (count: number, minimum: number) => (count === 0 || count >= minimum ? count : null)

/** The later of two YYYY-MM-DD days. */
const latest = (a: string, b: string) => [a, b].sort()[1] ?? a

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

/** The timeline covers at most this many days (a year), counted back from today. */
const MAX_DAYS = 366

/**
 * Reminders and their effect over time: the days from the first invitation split at each day
 * reminders went out, with the responses in each stretch for all groups and per group, and the
 * responses of each day. The anonymity rule of the rates holds twice over: a group (or the whole)
 * shows counts only once at least `minimum` of it responded, and a count of 1 or 2 for a stretch
 * or a day is never shown, only that it was fewer than `minimum`.
 * @example reminderEffect({ today: '2026-03-10', invitedFrom: '2026-03-01', groups: ['staff'],
 *   reminders: [{ day: '2026-03-05', count: 4 }], responses: [] }).periods.length // 2
 */
export function reminderEffect(input: ReminderEffectInput, minimum = MIN_RESPONSES_SHOWN) {
  const { invitedFrom } = input
  if (invitedFrom === null) {
    return { minimumResponses: minimum, periods: [], total: hidden([]), groups: [], days: [] }
  }
  const today = latest(input.today, invitedFrom)
  const remindedOn = new Map<string, number>()
  for (const r of input.reminders) remindedOn.set(r.day, (remindedOn.get(r.day) ?? 0) + r.count)
  const starts = [invitedFrom, ...[...remindedOn.keys()].filter((d) => d > invitedFrom).sort()]
  const periods: ReminderPeriod[] = starts.map((from, i) => {
    const next = starts[i + 1]
    const to = next === undefined ? today : addDays(next, -1)
    return {
      from,
      to,
      days: daysBetween(from, to),
      reminders: i === 0 ? 0 : (remindedOn.get(from) ?? 0),
    }
  })
  const count = (group: string | null, from: string, to: string) =>
    input.responses
      .filter((r) => (group === null || r.group === group) && r.day >= from && r.day <= to)
      .reduce((sum, r) => sum + r.count, 0)
  const series = (group: string | null) => {
    const shown = count(group, invitedFrom, today) >= minimum
    return {
      shown,
      responded: periods.map((p) => (shown ? guarded(count(group, p.from, p.to), minimum) : null)),
    }
  }
  const total = series(null)
  const first = latest(addDays(today, 1 - MAX_DAYS), invitedFrom)
  const days = Array.from({ length: daysBetween(first, today) }, (_, i) => {
    const day = addDays(first, i)
    return {
      day,
      reminders: remindedOn.get(day) ?? 0,
      responded: total.shown ? guarded(count(null, day, day), minimum) : null,
    }
  })
  return {
    minimumResponses: minimum,
    periods,
    total,
    groups: input.groups.map((group) => ({ group, ...series(group) })),
    days,
  }
}

const hidden = (responded: (number | null)[]) => ({ shown: false, responded })

export type ReminderEffect = ReturnType<typeof reminderEffect>
