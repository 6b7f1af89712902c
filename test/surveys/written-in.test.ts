import { describe, expect, test } from 'vitest'
import { writtenIn } from '../../surveys/i18n/written-in.ts'

describe('writtenIn', () => {
  test('English without Han characters, whatever the page was in', () => {
    expect(writtenIn('Kept as proposed; our operations here are small.', 'zh-Hant')).toBe('en')
    expect(writtenIn('ISO 14001 認證')).toBe('zh-Hant')
  })

  test('traditional or simplified by the characters that tell them apart', () => {
    expect(writtenIn('反貪污屬上市規則要求，且客戶每年均作審核。', 'zh-Hans')).toBe('zh-Hant')
    expect(writtenIn('反贪污属上市规则要求，且客户每年均作审核。', 'zh-Hant')).toBe('zh-Hans')
  })

  test('the page decides where the characters do not, else Traditional (Hong Kong)', () => {
    expect(writtenIn('上市公司', 'zh-Hans')).toBe('zh-Hans')
    expect(writtenIn('上市公司')).toBe('zh-Hant')
    expect(writtenIn('2025', 'zh-Hans')).toBe('zh-Hans')
  })
})
