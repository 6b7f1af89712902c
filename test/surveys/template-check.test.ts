import { describe, expect, test } from 'vitest'
import { DEFAULT_TEMPLATES } from '#surveys/domain/invitation-templates'
import { scheduledReminderDue } from '#surveys/domain/reminder-schedule'
import { templateProblems, unknownPlaceholders } from '#surveys/domain/template-check'
import { LOCALES } from '#surveys/i18n/locales'

describe('template checks', () => {
  test('the built-in templates have no problems', () => {
    for (const kind of ['invitation', 'reminder'] as const) {
      for (const locale of LOCALES) {
        expect(templateProblems(DEFAULT_TEMPLATES[kind][locale])).toEqual({ subject: [], body: [] })
      }
    }
  })

  test('finds each unknown placeholder once, including misspelt and spaced ones', () => {
    expect(unknownPlaceholders('{name} {Name} { name } {nmae} {nmae} {} {link}')).toEqual([
      '{Name}',
      '{ name }',
      '{nmae}',
      '{}',
    ])
  })

  test('the body needs {link}; the subject must not hold it', () => {
    expect(templateProblems({ subject: '{link}', body: 'Hello {name}' })).toEqual({
      subject: [{ code: 'link_in_subject' }],
      body: [{ code: 'link_required' }],
    })
  })
})

describe('scheduledReminderDue', () => {
  const rules = { days: [7, 12], maxReminders: 3, minGapDays: 3 }
  const invitation = {
    invitedOn: '2026-03-01',
    lastRemindedOn: null as string | null,
    reminders: 0,
    deadline: '2026-03-20',
  }
  test('is due from a scheduled day until a reminder goes out', () => {
    expect(scheduledReminderDue(invitation, rules, '2026-03-07')).toBe(false)
    expect(scheduledReminderDue(invitation, rules, '2026-03-08')).toBe(true)
    expect(scheduledReminderDue(invitation, rules, '2026-03-10')).toBe(true)
    const reminded = { ...invitation, reminders: 1, lastRemindedOn: '2026-03-08' }
    expect(scheduledReminderDue(reminded, rules, '2026-03-12')).toBe(false)
    expect(scheduledReminderDue(reminded, rules, '2026-03-13')).toBe(true)
  })

  test('a reminder sent by hand on or after a scheduled day counts for it; the gap holds', () => {
    const byHand = { ...invitation, reminders: 1, lastRemindedOn: '2026-03-11' }
    expect(scheduledReminderDue(byHand, rules, '2026-03-13')).toBe(false)
    expect(scheduledReminderDue(byHand, rules, '2026-03-14')).toBe(true)
    const early = { ...invitation, reminders: 1, lastRemindedOn: '2026-03-05' }
    expect(scheduledReminderDue(early, rules, '2026-03-08')).toBe(true)
    expect(scheduledReminderDue(early, { ...rules, minGapDays: 4 }, '2026-03-08')).toBe(false)
  })

  test('never past the maximum, after the deadline or with no days', () => {
    expect(scheduledReminderDue({ ...invitation, reminders: 3 }, rules, '2026-03-08')).toBe(false)
    expect(scheduledReminderDue(invitation, rules, '2026-03-21')).toBe(false)
    expect(scheduledReminderDue(invitation, { ...rules, days: [] }, '2026-03-15')).toBe(false)
  })
})
