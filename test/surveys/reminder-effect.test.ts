import { describe, expect, test } from 'vitest'
import { reminderEffect } from '#surveys/domain/reminder-effect'

const base = {
  today: '2026-03-12',
  invitedFrom: '2026-03-01',
  groups: ['staff', 'customers'],
  reminders: [
    { day: '2026-03-05', count: 6 },
    { day: '2026-03-09', count: 2 },
  ],
}

describe('reminderEffect', () => {
  test('splits the days at each reminder and counts the responses of each stretch', () => {
    const effect = reminderEffect({
      ...base,
      responses: [
        { group: 'staff', day: '2026-03-02', count: 3 },
        { group: 'staff', day: '2026-03-05', count: 4 },
        { group: 'staff', day: '2026-03-10', count: 1 },
        { group: 'customers', day: '2026-03-06', count: 2 },
      ],
    })
    expect(effect.periods).toEqual([
      { from: '2026-03-01', to: '2026-03-04', days: 4, reminders: 0 },
      { from: '2026-03-05', to: '2026-03-08', days: 4, reminders: 6 },
      { from: '2026-03-09', to: '2026-03-12', days: 4, reminders: 2 },
    ])
    // All groups: 3, 6, 1 — the 1 is never shown, only that it was fewer than 3.
    expect(effect.total).toEqual({ shown: true, responded: [3, 6, null] })
    expect(effect.groups).toEqual([
      { group: 'staff', shown: true, responded: [3, 4, null] },
      // Two customers answered: nothing about them is shown.
      { group: 'customers', shown: false, responded: [null, null, null] },
    ])
    expect(effect.days).toHaveLength(12)
    expect(effect.days[1]).toEqual({ day: '2026-03-02', reminders: 0, responded: 3 })
    expect(effect.days[4]).toEqual({ day: '2026-03-05', reminders: 6, responded: 4 })
    expect(effect.days[5]).toEqual({ day: '2026-03-06', reminders: 0, responded: null })
    expect(effect.days[6]).toEqual({ day: '2026-03-07', reminders: 0, responded: 0 })
  })

  test('fewer than 3 responses in all: no count at all, only the stretches and reminders', () => {
    const effect = reminderEffect({
      ...base,
      responses: [{ group: 'staff', day: '2026-03-06', count: 2 }],
    })
    expect(effect.total).toEqual({ shown: false, responded: [null, null, null] })
    expect(effect.days.every((day) => day.responded === null)).toBe(true)
    expect(effect.periods.map((p) => p.reminders)).toEqual([0, 6, 2])
  })

  test('nobody invited: empty; a timeline is at most a year long', () => {
    expect(
      reminderEffect({ ...base, invitedFrom: null, reminders: [], responses: [] }).periods,
    ).toEqual([])
    const long = reminderEffect({ ...base, invitedFrom: '2024-01-01', responses: [] })
    expect(long.days).toHaveLength(366)
    expect(long.days.at(-1)?.day).toBe('2026-03-12')
  })
})
