import { describe, expect, test } from 'vitest'
import {
  addDays,
  DEFAULT_TEMPLATES,
  fillTemplate,
  formatDeadline,
  utcDay,
} from '#surveys/domain/invitation-templates'
import { LOCALES } from '#surveys/i18n/locales'

describe('invitation templates', () => {
  test('every kind and language has a subject and a body with the link, name and deadline', () => {
    for (const kind of ['invitation', 'reminder'] as const) {
      for (const locale of LOCALES) {
        const { subject, body } = DEFAULT_TEMPLATES[kind][locale]
        expect(subject).toContain('{organisation}')
        for (const placeholder of ['{name}', '{link}', '{deadline}', '{organisation}']) {
          expect(body).toContain(placeholder)
        }
      }
    }
  })

  test('fills placeholders once: a name holding a placeholder stays text', () => {
    const values = { name: '{deadline}', link: 'L', deadline: 'D', organisation: 'O' }
    expect(fillTemplate('{name} {link} {deadline} {organisation} {other}', values)).toBe(
      '{deadline} L D O {other}',
    )
  })

  test('writes the deadline as each language does; days are UTC', () => {
    expect(formatDeadline('2026-12-31', 'en')).toBe('31 December 2026')
    expect(formatDeadline('2026-03-05', 'zh-Hans')).toBe('2026年3月5日')
    expect(utcDay(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02')
    expect(addDays('2026-02-20', 14)).toBe('2026-03-06')
  })
})
