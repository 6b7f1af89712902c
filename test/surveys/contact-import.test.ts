import { describe, expect, test } from 'vitest'
import { groupKeyOf, planContactImport } from '#surveys/domain/contact-import'
import { readCsv } from '#surveys/reports/csv'
import { contactLanguage } from '#surveys/schemas/contacts'

const GROUPS = [{ key: 'customers', names: ['Customers', '客戶', '客户'] }]

describe('readCsv', () => {
  test('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and LF', () => {
    expect(readCsv('\uFEFFa,b\r\n"x, ""y""",2\n"multi\nline",3')).toEqual([
      ['a', 'b'],
      ['x, "y"', '2'],
      ['multi\nline', '3'],
    ])
  })
})

describe('planContactImport', () => {
  test('matches a group by key or name and a language by code or name', () => {
    expect(groupKeyOf('客戶', GROUPS)).toBe('customers')
    expect(groupKeyOf('CUSTOMERS', GROUPS)).toBe('customers')
    expect(contactLanguage('简体中文')).toBe('zh-Hans')
    expect(contactLanguage('zh-HK')).toBe('zh-Hant')
    const plan = planContactImport(
      [{ row: 2, values: { name: ' Ann ', email: 'A@X.COM', group: '客户', language: 'English' } }],
      GROUPS,
      new Set(),
    )
    expect(plan).toEqual({
      contacts: [
        {
          row: 2,
          name: 'Ann',
          email: 'a@x.com',
          group: 'customers',
          locale: 'en',
          affiliation: '',
        },
      ],
      errors: [],
      invalidRows: 0,
    })
  })

  test('names every error of a row, and the later of two rows with one email', () => {
    const plan = planContactImport(
      [
        { row: 1, values: { name: 'A', email: 'a@x.com', group: 'customers', language: 'en' } },
        { row: 2, values: { name: '', email: 'A@x.com', group: 'nobody', language: 'fr' } },
        { row: 3, values: 'not a contact' },
        { row: 4, values: { name: 'R', email: 'r@x.com', group: 'customers', language: 'en' } },
      ],
      GROUPS,
      new Set(['r@x.com']),
    )
    expect(plan.contacts.map((c) => c.row)).toEqual([1])
    expect(plan.invalidRows).toBe(3)
    expect(plan.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'name', 'required'],
      [2, 'language', 'invalid_language'],
      [2, 'group', 'unknown_group'],
      [2, 'email', 'duplicate_in_file'],
      [3, 'row', 'invalid'],
      [4, 'email', 'already_registered'],
    ])
  })
})
