import { describe, expect, test } from 'vitest'
import { pathLabel, readableValue } from '../../client/admin/audit/readable.ts'
import { LOCALES, type Locale } from '../../surveys/i18n/locales.ts'
import { auditDiff } from '../../surveys/reports/audit-diff.ts'

// Issue 13 §11: the audit trail reads as words in the interface's language — field names,
// codes (statuses, decisions, link kinds, axes, settings), booleans and dates — never raw JSON.
// One entry of each shape the services write (server/services/*.ts, `audit({ before, after })`).

const ENTRIES: { before?: unknown; after?: unknown }[] = [
  { after: { name: 'FY2026', library: 'hkex-33', method: 'matrix' } },
  { after: { name: 'FY2027', copiedFrom: '12' } },
  { before: { status: 'closed' }, after: { status: 'open' } },
  {
    before: {
      name: 'FY',
      periodStart: null,
      settings: { threshold: { mode: 'percentile', p: 0.75 } },
    },
    after: {
      name: 'FY2026',
      periodStart: '2026-01-01',
      settings: {
        threshold: { mode: 'absolute', impact: 3.5, stakeholder: 3.2 },
        rule: 'impactOnly',
        borderline: { mode: 'fixed', width: 0.2 },
        excludeFlagged: true,
        defaultLocale: 'zh-Hant',
        names: { en: 'FY2026', 'zh-Hant': '二零二六年度' },
      },
    },
  },
  {
    after: {
      key: 'customers',
      names: { en: 'Customers', 'zh-Hant': '客戶', 'zh-Hans': '客户' },
      weight: 0.2,
      axes: ['impact', 'stakeholder'],
    },
  },
  { before: { axes: ['impact'] }, after: { axes: ['stakeholder'] } },
  {
    after: {
      code: '34',
      aspect: 'environmental',
      hkex: { aspect: 'A2', kpis: ['A2.1'] },
      gri: ['303-3'],
    },
  },
  {
    after: {
      group: 'customers',
      kind: 'single-use',
      count: 3,
      expiresAt: '2026-12-02T09:14:00.000Z',
    },
  },
  {
    before: { expiresAt: null, revokedAt: null, maxResponses: null },
    after: { revokedAt: '2026-12-02T09:14:00.000Z' },
  },
  { after: { email: 'b@example.com', name: 'Bo', role: 'approver', newAccount: true } },
  {
    before: { name: 'Bo', role: 'viewer', active: true },
    after: { name: 'Bo', role: 'reviewer', active: false },
  },
  {
    before: { status: 'closed' },
    after: {
      status: 'confirmed',
      version: 1,
      hash: 'ab'.repeat(32),
      material: ['7', '10'],
      overrides: [{ code: '9', material: true, rationale: 'The regulator named it.' }],
      sharedReason: ['3', '16'],
    },
  },
  {
    before: { status: 'confirmed' },
    after: {
      status: 'approved',
      version: 1,
      decision: 'approve',
      comment: '',
      selfApproved: false,
      appointedByConfirmer: false,
    },
  },
  {
    before: { status: 'confirmed' },
    after: { status: 'closed', decision: 'return', comment: 'Look again.' },
  },
  { after: { comments: 4, responses: 70, drafts: 2 } },
  { after: { queued: 12, skipped: 1, deadline: '2026-12-20' } },
  {
    after: {
      issueId: '12',
      type: 'negative-impact',
      actual: true,
      humanRights: false,
      valueChain: ['upstream', 'own-operations'],
      horizons: ['short', 'long'],
      description: 'Water drawn in a stressed basin.',
      affectedStakeholders: ['communities'],
      evidence: [{ url: 'https://example.com/report', note: 'Page 4' }],
      owner: 'COO',
    },
  },
  {
    after: {
      scale: 4,
      scope: 3,
      irremediability: null,
      likelihood: 2,
      horizons: { short: { magnitude: 3, likelihood: 4 } },
    },
  },
]

/** Every label and value the trail shows for all the entries, in one language. */
function shown(locale: Locale): string[] {
  return ENTRIES.flatMap((entry) =>
    auditDiff(entry.before, entry.after).flatMap((row) => [
      pathLabel(row.field, locale),
      readableValue(row.field, row.before, locale),
      readableValue(row.field, row.after, locale),
    ]),
  )
}

/** Codes and keys the entries hold, none of which may reach the page as they are. */
const RAW = [
  /\b[a-z]+[A-Z]\w*/, // camelCase keys: periodStart, selfApproved, impactOnly …
  /\b(?:approve|return|percentile|absolute|fixed|closed|confirmed|approved|approver|reviewer)\b/,
  /\b(?:single-use|negative-impact|own-operations|upstream|environmental|matrix|hkex-33)\b/,
  /\b(?:customers|impact|stakeholder|short|long)\b/,
  /\d{4}-\d{2}-\d{2}/, // ISO dates and instants
  /[{}"[\]]/, // JSON
  /\btrue\b|\bfalse\b/,
]

describe('the audit trail as words', () => {
  test.each(LOCALES)(
    '%s: no field key, code, ISO date or JSON is shown as it is stored',
    (locale) => {
      const text = shown(locale)
      for (const pattern of RAW) {
        const raw = text.filter((item) => pattern.test(item))
        expect(raw, `${locale} ${pattern}`).toEqual(locale === 'en' ? raw.filter(isWord) : [])
      }
    },
  )

  test('decisions, link kinds, settings and dates in each language', () => {
    expect(readableValue('decision', 'approve', 'en')).toBe('Approve')
    expect(readableValue('decision', 'approve', 'zh-Hant')).toBe('批准')
    expect(readableValue('decision', 'return', 'zh-Hans')).not.toBe('return')
    expect(readableValue('kind', 'single-use', 'en')).toBe('Single-use')
    expect(readableValue('settings.threshold.mode', 'percentile', 'en')).toBe(
      'Percentile of the issues’ scores',
    )
    expect(readableValue('settings.borderline.mode', 'off', 'zh-Hant')).toBe('不設')
    expect(readableValue('axes', ['impact', 'stakeholder'], 'en')).toMatch(/; /)
    expect(readableValue('group', 'customers', 'zh-Hant')).toBe('客戶')
    expect(readableValue('periodStart', '2026-01-01', 'zh-Hant')).toBe('2026年1月1日')
    expect(pathLabel('settings.threshold.mode', 'en')).toBe('Settings › Threshold › Method')
    expect(pathLabel('settings.names.zh-Hant', 'en')).toBe('Settings › Names › 繁體中文')
  })
})

/** English words that are also codes (a field named "Impact" says impact) are allowed in English. */
function isWord(item: string): boolean {
  return !/[{}"[\]]|\d{4}-\d{2}-\d{2}|\b[a-z]+[A-Z]\w*|-use\b|-impact\b|-operations\b|hkex-33/.test(
    item,
  )
}
