import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { client } from '../support/app.ts'
import { assessmentHarness, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

const GOVERNANCE = {
  code: 'G1',
  aspect: 'operating',
  names: { en: 'Corporate governance', 'zh-Hant': '企業管治', 'zh-Hans': '企业管治' },
  descriptions: {
    en: 'How the board oversees ESG risks.',
    'zh-Hant': '董事會如何監督環境、社會及管治風險。',
    'zh-Hans': '董事会如何监督环境、社会及管治风险。',
  },
  hkex: { aspect: 'B7', kpis: [] },
  gri: ['GRI 2: General Disclosures 2021'],
}

const codes = async (id: string) =>
  (
    await rows<{ code: string }>(
      database,
      sql`SELECT code FROM assessment_issues WHERE assessment_id = ${id}::bigint ORDER BY position`,
    )
  ).map((row) => row.code)

describe('POST /api/assessments/:id/issues', () => {
  test('adds a custom issue last, or where asked, and logs it', async () => {
    const { admin, id } = await assessmentHarness(database)
    const created = await admin.post(`/api/assessments/${id}/issues`, GOVERNANCE)
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ code: 'G1', position: 33, names: GOVERNANCE.names })
    const second = await admin.post(`/api/assessments/${id}/issues`, {
      ...GOVERNANCE,
      code: 'G2',
      position: 0,
    })
    expect(second.json.position).toBe(0)
    expect((await codes(id)).slice(0, 2)).toEqual(['G2', '1'])
    expect((await codes(id)).at(-1)).toBe('G1')
    expect(await codes(id)).toHaveLength(35)
    expect((await auditEntries(database, 'issue'))[0]).toMatchObject({
      action: 'create',
      after: { code: 'G2' },
    })
  })

  test('400 names each bad field, 409 for a code in use', async () => {
    const { admin, id } = await assessmentHarness(database)
    const bad = await admin.post(`/api/assessments/${id}/issues`, {
      ...GOVERNANCE,
      code: 'no spaces',
      names: { en: '', 'zh-Hant': '企業管治', 'zh-Hans': '' },
      hkex: { aspect: 'C9', kpis: [] },
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual([
      'code',
      'hkex.aspect',
      'names.en',
      'names.zh-Hans',
    ])
    const duplicate = await admin.post(`/api/assessments/${id}/issues`, {
      ...GOVERNANCE,
      code: '7',
    })
    expect(duplicate.status).toBe(409)
    expect(duplicate.json.error.fields.code).toBeDefined()
    expect(await codes(id)).toHaveLength(33)
  })

  test('stores names without bidi controls; refuses 5,000 KPIs or 21 GRI standards', async () => {
    const { admin, id } = await assessmentHarness(database)
    const created = await admin.post(`/api/assessments/${id}/issues`, {
      ...GOVERNANCE,
      names: { ...GOVERNANCE.names, en: '\u202Elive\u202C governance' },
    })
    expect(created.status).toBe(201)
    const [stored] = await rows<{ name: string }>(
      database,
      sql`SELECT names->>'en' AS name FROM assessment_issues WHERE code = 'G1'`,
    )
    expect(stored!.name).toBe('live governance')
    const kpis = await admin.post(`/api/assessments/${id}/issues`, {
      ...GOVERNANCE,
      code: 'G2',
      hkex: { aspect: 'B7', kpis: Array.from({ length: 5000 }, () => 'B7.1') },
    })
    expect(kpis.status).toBe(400)
    expect(kpis.json.error.fields['hkex.kpis']).toBeDefined()
    const gri = await admin.post(`/api/assessments/${id}/issues`, {
      ...GOVERNANCE,
      code: 'G3',
      gri: Array.from({ length: 21 }, (_, i) => `GRI ${i}`),
    })
    expect(gri.status).toBe(400)
    expect(gri.json.error.fields.gri).toBeDefined()
    expect(await codes(id)).toHaveLength(34)
  })

  test('401, 403 for a viewer, 404 for another organisation, 409 once open', async () => {
    const { admin, app, id, as, outsider, setStatus } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/issues`
    expect((await client(app).post(url, GOVERNANCE)).status).toBe(401)
    expect((await (await as('viewer')).post(url, GOVERNANCE)).status).toBe(403)
    expect((await (await outsider()).post(url, GOVERNANCE)).status).toBe(404)
    expect((await (await outsider()).get(url)).status).toBe(404)
    expect((await (await as('viewer')).get(url)).status).toBe(200)
    expect((await admin.post('/api/assessments/777/issues', GOVERNANCE)).status).toBe(404)
    await setStatus('open')
    const late = await admin.post(url, GOVERNANCE)
    expect(late.status).toBe(409)
    expect(late.json.error.code).toBe('assessment_open')
    expect(await codes(id)).toHaveLength(33)
  })
})

describe('PATCH and DELETE /api/assessments/:id/issues/:issueId', () => {
  const firstIssue = async (id: string) => {
    const [row] = await rows<{ id: number }>(
      database,
      sql`SELECT id::int FROM assessment_issues WHERE assessment_id = ${id}::bigint AND code = '1'`,
    )
    return String(row?.id)
  }

  test('a draft edits, reorders and removes issues', async () => {
    const { admin, id } = await assessmentHarness(database)
    const issueId = await firstIssue(id)
    const url = `/api/assessments/${id}/issues/${issueId}`
    const edited = await admin.patch(url, {
      code: 'E1',
      names: { en: 'Environmental law', 'zh-Hant': '環境法規', 'zh-Hans': '环境法规' },
      position: 2,
    })
    expect(edited.status).toBe(200)
    expect(edited.json).toMatchObject({ code: 'E1', position: 2 })
    expect((await codes(id)).slice(0, 4)).toEqual(['2', '3', 'E1', '4'])
    const positions = await rows<{ position: number }>(
      database,
      sql`SELECT position FROM assessment_issues WHERE assessment_id = ${id}::bigint ORDER BY position`,
    )
    expect(positions.map((p) => p.position)).toEqual(Array.from({ length: 33 }, (_, i) => i))
    const moved = await admin.patch(url, { position: 0 })
    expect(moved.json.position).toBe(0)
    expect((await codes(id)).slice(0, 2)).toEqual(['E1', '2'])
    expect((await admin.delete(url)).status).toBe(204)
    expect(await codes(id)).not.toContain('E1')
    expect((await codes(id)).length).toBe(32)
    expect((await auditEntries(database, 'issue'))[0]).toMatchObject({
      action: 'delete',
      before: { code: 'E1' },
    })
    expect((await admin.delete(url)).status).toBe(404)
    expect((await admin.patch(url, { code: 'X' })).status).toBe(404)
  })

  test('once open only wording and mappings change, audited; the rest is 409', async () => {
    const { admin, id, as, setStatus } = await assessmentHarness(database)
    const issueId = await firstIssue(id)
    const url = `/api/assessments/${id}/issues/${issueId}`
    await setStatus('open')
    expect((await admin.patch(url, { code: 'E1' })).json.error.code).toBe('issue_locked')
    expect((await admin.patch(url, { position: 5 })).status).toBe(409)
    expect((await admin.delete(url)).status).toBe(409)
    const names = {
      en: 'Environmental compliance',
      'zh-Hant': '環境合規',
      'zh-Hans': '環境合規(typo)',
    }
    const corrected = await admin.patch(url, { names, reason: 'Fix the simplified name.' })
    expect(corrected.status).toBe(200)
    const [stored] = await rows<{ names: Record<string, string> }>(
      database,
      sql`SELECT names FROM assessment_issues WHERE id = ${issueId}::bigint`,
    )
    expect(stored?.names['zh-Hans']).toBe('環境合規(typo)')
    expect((await auditEntries(database, 'issue'))[0]).toMatchObject({
      action: 'update',
      before: { names: { 'zh-Hans': '环境合规' } },
      after: { names: { 'zh-Hans': '環境合規(typo)' } },
      reason: 'Fix the simplified name.',
    })
    expect((await (await as('viewer')).patch(url, { names })).status).toBe(403)
    const invalid = await admin.patch(url, { names: { ...names, en: '' } })
    expect(invalid.status).toBe(400)
    expect(invalid.json.error.fields['names.en']).toBeDefined()
  })
})
