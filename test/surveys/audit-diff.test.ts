import { describe, expect, test } from 'vitest'
import { auditDiff } from '../../surveys/reports/audit-diff.ts'

describe('auditDiff', () => {
  test('marks changed, same, added and removed fields, in order of appearance', () => {
    expect(
      auditDiff(
        { email: 'v@example.com', role: 'viewer', note: 'x' },
        { email: 'v@example.com', role: 'analyst', since: '2026' },
      ),
    ).toEqual([
      { field: 'email', before: 'v@example.com', after: 'v@example.com', kind: 'same' },
      { field: 'role', before: 'viewer', after: 'analyst', kind: 'changed' },
      { field: 'note', before: 'x', after: undefined, kind: 'removed' },
      { field: 'since', before: undefined, after: '2026', kind: 'added' },
    ])
  })

  test('nested settings become dot paths; arrays are compared whole', () => {
    expect(
      auditDiff(
        { threshold: { mode: 'percentile', p: 0.75 }, axes: ['impact'] },
        { threshold: { mode: 'percentile', p: 0.8 }, axes: ['impact', 'stakeholder'] },
      ),
    ).toEqual([
      { field: 'threshold.mode', before: 'percentile', after: 'percentile', kind: 'same' },
      { field: 'threshold.p', before: 0.75, after: 0.8, kind: 'changed' },
      { field: 'axes', before: ['impact'], after: ['impact', 'stakeholder'], kind: 'changed' },
    ])
  })

  test('a creation has only added fields; plain values diff as one row', () => {
    expect(auditDiff(null, { name: 'FY2025' })).toEqual([
      { field: 'name', before: undefined, after: 'FY2025', kind: 'added' },
    ])
    expect(auditDiff('draft', 'open')).toEqual([
      { field: '', before: 'draft', after: 'open', kind: 'changed' },
    ])
    expect(auditDiff(null, null)).toEqual([])
  })
})
