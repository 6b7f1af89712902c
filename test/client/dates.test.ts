import { describe, expect, test } from 'vitest'
import { formatDate, formatPeriod } from '../../client/shared/dates.ts'

// Issue 13 §11: dates in the browser's locale. The interface's language decides the words, the
// browser's own variant of that language (navigator.languages) the order: en-GB reads 2 Dec 2026.

const MOMENT = '2026-12-02T09:14:00Z'

describe('formatDate', () => {
  test('English follows the browser: day first for en-GB, month first for en-US', () => {
    expect(formatDate(MOMENT, 'en', 'date', ['en-GB', 'en'])).toBe('2 Dec 2026')
    expect(formatDate(MOMENT, 'en', 'date', ['en-US'])).toBe('Dec 2, 2026')
    expect(formatDate(MOMENT, 'en', 'date', ['en-AU'])).toBe('2 Dec 2026')
  })

  test('the first of the browser’s languages that the interface speaks wins', () => {
    expect(formatDate(MOMENT, 'en', 'date', ['fr-FR', 'zh-HK', 'en-GB', 'en-US'])).toBe(
      '2 Dec 2026',
    )
    // No English in the browser's list: English as the interface says it.
    expect(formatDate(MOMENT, 'en', 'date', ['zh-HK'])).toBe('Dec 2, 2026')
  })

  test('Chinese interfaces in the browser’s region', () => {
    expect(formatDate(MOMENT, 'zh-Hant', 'date', ['zh-HK'])).toBe('2026年12月2日')
    expect(formatDate(MOMENT, 'zh-Hans', 'date', ['zh-CN'])).toBe('2026年12月2日')
    // An English browser reading the Chinese interface still gets Chinese dates.
    expect(formatDate(MOMENT, 'zh-Hant', 'date', ['en-GB'])).toMatch(/^2026年12月2日$/)
  })

  test('a moment carries the time in the viewer’s zone; a stored day is that day anywhere', () => {
    const moment = formatDate(MOMENT, 'en', 'moment', ['en-GB'])
    const local = new Date(MOMENT)
    const hh = String(local.getHours()).padStart(2, '0')
    const mm = String(local.getMinutes()).padStart(2, '0')
    expect(moment).toContain(`${hh}:${mm}`)
    expect(moment).toMatch(/^\d{1,2} Dec 2026, \d{2}:\d{2}$/)
    expect(formatDate('2026-12-02', 'en', 'day', ['en-GB'])).toBe('2 Dec 2026')
    expect(formatDate('2026-12-02', 'en', 'dayMonth', ['en-GB'])).toBe('2 Dec')
    expect(formatDate('2026-12-02', 'en', 'dayMonth', ['en-US'])).toBe('Dec 2')
  })

  test('times of day in the browser’s convention', () => {
    const at = new Date(2026, 11, 2, 15, 4, 5)
    expect(formatDate(at, 'en', 'time', ['en-GB'])).toBe('15:04:05')
    expect(formatDate(at, 'en', 'clock', ['en-GB'])).toBe('15:04')
    expect(formatDate(at, 'en', 'clock', ['en-US'])).toMatch(/^03:04\sPM$/)
  })

  test('a reporting period: both ends as stored days, one end alone, or nothing', () => {
    expect(formatPeriod('2022-01-01', '2022-12-31', 'en', ['en-GB'])).toBe(
      '1 Jan 2022 – 31 Dec 2022',
    )
    expect(formatPeriod('2022-01-01', '2022-12-31', 'en', ['en-US'])).toBe(
      'Jan 1, 2022 – Dec 31, 2022',
    )
    expect(formatPeriod(null, '2022-12-31', 'zh-Hant', ['zh-HK'])).toBe('2022年12月31日')
    expect(formatPeriod(null, null, 'en')).toBe('')
  })
})
