import { describe, expect, test } from 'vitest'
import { readCsv } from '#surveys/reports/csv'
import { linksCsv } from '../../client/admin/downloads.ts'
import { FORMULA_PAYLOADS, formulaCells } from '../support/csv.ts'

describe('linksCsv (made in the browser)', () => {
  test('writes name and email to fill in, group and url through the one CSV writer', () => {
    const csv = linksCsv('customers', [{ url: 'https://esg.example.com/s/abc' }])
    expect(csv).toBe('\uFEFFname,email,group,url\r\n,,customers,https://esg.example.com/s/abc\r\n')
    for (const payload of FORMULA_PAYLOADS) {
      const hostile = linksCsv(payload, [{ url: payload }])
      expect(formulaCells(hostile), JSON.stringify(payload)).toEqual([])
      expect(readCsv(hostile)[1]).toEqual(['', '', `'${payload}`, `'${payload}`])
    }
  })
})
