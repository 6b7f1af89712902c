import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { exportFileName } from '../../surveys/reports/file-names.ts'
import { isWhatIf, MatrixQuery, matrixSearch, thresholdOf } from '../../surveys/schemas/matrix.ts'

const parse = (search: string) =>
  v.safeParse(MatrixQuery, Object.fromEntries(new URLSearchParams(search)))

describe('MatrixQuery', () => {
  test('round-trips every what-if the page can ask for', () => {
    const whatIfs = [
      { rule: 'either' as const },
      { threshold: { mode: 'percentile' as const, p: 0.6 } },
      { threshold: { mode: 'absolute' as const, impact: 3.25, stakeholder: 4 } },
      { threshold: { mode: 'topN' as const, n: 7 } },
      { weights: { government: 2, customers: 0.5 } },
    ]
    for (const whatIf of whatIfs) {
      const parsed = parse(matrixSearch({ group: 'customers', locale: 'zh-Hant' }, whatIf))
      expect(parsed.success).toBe(true)
      if (!parsed.success) continue
      expect(parsed.output).toMatchObject({ group: 'customers', locale: 'zh-Hant' })
      expect(isWhatIf(parsed.output)).toBe(true)
      if ('threshold' in whatIf) expect(thresholdOf(parsed.output)).toEqual(whatIf.threshold)
      if ('weights' in whatIf) expect(parsed.output.weights).toEqual(whatIf.weights)
    }
  })

  test('no parameters is the saved view, not a what-if', () => {
    const parsed = parse('')
    // A query that fails to parse is no saved view either: it must parse, and be no what-if.
    if (!parsed.success) throw new Error(`no parse: ${parsed.issues[0].message}`)
    expect(parsed.output).toEqual({})
    expect(isWhatIf(parsed.output)).toBe(false)
    expect(matrixSearch({})).toBe('')
  })

  test('rejects incomplete or out-of-range what-ifs', () => {
    for (const search of [
      'threshold=percentile',
      'threshold=percentile&p=2',
      'threshold=absolute&impact=3',
      'threshold=absolute&impact=0.5&stakeholder=3',
      'threshold=topN',
      'threshold=topN&n=0',
      'weights=government:2,',
      'weights=Government:2',
      'weights=government:101',
      'group=Not a key',
      'locale=fr',
    ]) {
      expect(parse(search).success, search).toBe(false)
    }
  })
})

describe('exportFileName', () => {
  test('keeps the name, Chinese included, and drops what file systems refuse', () => {
    expect(exportFileName('FY2025 重要性評估', '2026-03-01', 'csv')).toBe(
      'FY2025 重要性評估-2026-03-01.csv',
    )
    expect(exportFileName('A/B: "C"?', '2026-03-01', 'png')).toBe('A-B- -C--2026-03-01.png')
    expect(exportFileName('  ', '2026-03-01', 'xlsx')).toBe('assessment-2026-03-01.xlsx')
  })
})
