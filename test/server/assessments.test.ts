import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { client } from '../support/app.ts'
import { assessmentHarness, assessmentTables, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

const storedSettings = async (id: string) => {
  const [row] = await rows<{ settings: Record<string, unknown>; status: string }>(
    database,
    sql`SELECT settings, status FROM assessments WHERE id = ${id}::bigint`,
  )
  return row
}

describe('POST /api/assessments', () => {
  test('creates a draft with the 33 default issues and six groups, and logs it', async () => {
    const { admin, id } = await assessmentHarness(database)
    const issues = await admin.get(`/api/assessments/${id}/issues`)
    expect(issues.json.issues.map((i: { code: string }) => i.code)).toEqual(
      Array.from({ length: 33 }, (_, k) => String(k + 1)),
    )
    const groups = await admin.get(`/api/assessments/${id}/groups`)
    expect(groups.json.groups.map((g: { key: string }) => g.key)).toEqual([
      'government',
      'investors',
      'customers',
      'employees',
      'suppliers',
      'community',
    ])
    const [count] = await rows<{ issues: number; groups: number }>(
      database,
      sql`SELECT (SELECT count(*) FROM assessment_issues)::int AS issues,
        (SELECT count(*) FROM stakeholder_groups)::int AS groups`,
    )
    expect(count).toEqual({ issues: 33, groups: 6 })
    expect((await auditEntries(database, 'assessment'))[0]).toMatchObject({ action: 'create' })
  })

  test('400 names each bad field; 401 signed out; 403 for a viewer', async () => {
    const { admin, app, as } = await assessmentHarness(database)
    const bad = await admin.post('/api/assessments', {
      name: ' ',
      periodStart: '2025-12-31',
      periodEnd: '2025-01-01',
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['name', 'periodEnd'])
    expect((await client(app).post('/api/assessments', { name: 'X' })).status).toBe(401)
    const viewer = await as('viewer')
    expect((await viewer.post('/api/assessments', { name: 'Nope' })).status).toBe(403)
    const [count] = await rows<{ n: number }>(
      database,
      sql`SELECT count(*)::int AS n FROM assessments`,
    )
    expect(count?.n).toBe(1)
  })

  test('copies issues, groups and settings forward from a previous assessment', async () => {
    const { admin, id, outsider } = await assessmentHarness(database)
    await admin.patch(`/api/assessments/${id}`, { settings: { scaleMax: 7, nMin: 4 } })
    await admin.post(`/api/assessments/${id}/groups`, {
      key: 'ngos',
      names: { en: 'NGOs', 'zh-Hant': '非政府組織', 'zh-Hans': '非政府组织' },
      expectations: { en: 'Transparency', 'zh-Hant': '透明', 'zh-Hans': '透明' },
      channels: { en: 'Meetings', 'zh-Hant': '會議', 'zh-Hans': '会议' },
      weight: 2,
      axes: ['impact'],
    })
    const copy = await admin.post('/api/assessments', { name: 'FY2026', copyFrom: id })
    expect(copy.status).toBe(201)
    expect(copy.json).toMatchObject({ previousId: id, status: 'draft' })
    expect(copy.json.settings).toMatchObject({ scaleMax: 7, nMin: 4 })
    const copied = await rows<{ key: string; weight: number; axes: string }>(
      database,
      sql`SELECT key, weight, axes::text FROM stakeholder_groups
        WHERE assessment_id = ${copy.json.id}::bigint ORDER BY position`,
    )
    expect(copied).toHaveLength(7)
    expect(copied.at(-1)).toEqual({ key: 'ngos', weight: 2, axes: '{impact}' })
    const [codes] = await rows<{ same: boolean }>(
      database,
      sql`SELECT array_agg(code ORDER BY position) FILTER (WHERE assessment_id = ${id}::bigint)
        = array_agg(code ORDER BY position) FILTER (WHERE assessment_id = ${copy.json.id}::bigint) AS same
        FROM assessment_issues`,
    )
    expect(codes?.same).toBe(true)
    const other = await outsider()
    expect((await other.post('/api/assessments', { name: 'Steal', copyFrom: id })).status).toBe(404)
    expect((await admin.post('/api/assessments', { name: 'X', copyFrom: '99999' })).status).toBe(
      404,
    )
  })
})

describe('GET /api/assessments/:id', () => {
  test('answers with the role and who rates which axis; 404 otherwise', async () => {
    const { admin, id, as, outsider } = await assessmentHarness(database)
    const got = await admin.get(`/api/assessments/${id}`)
    expect(got.status).toBe(200)
    expect(got.json.role).toBe('admin')
    expect(got.json.axisSources.impact).toHaveLength(6)
    expect(got.json.axisSources.stakeholder).toHaveLength(6)
    expect((await (await as('viewer')).get(`/api/assessments/${id}`)).json.role).toBe('viewer')
    expect((await (await outsider()).get(`/api/assessments/${id}`)).status).toBe(404)
    expect((await admin.get('/api/assessments/999999')).status).toBe(404)
    expect((await admin.get('/api/assessments/abc')).status).toBe(404)
  })
})

describe("another organisation's assessment", () => {
  test('answers exactly as one that does not exist, for reads and writes, and changes nothing', async () => {
    const { id, outsider } = await assessmentHarness(database)
    const stranger = await outsider()
    const missing = '999999'
    const text = { en: 'NGOs', 'zh-Hant': '非政府組織', 'zh-Hans': '非政府组织' }
    const requests: [string, string, unknown?][] = [
      ['get', ''],
      ['patch', '', { name: 'Taken over' }],
      ['get', '/issues'],
      [
        'post',
        '/groups',
        {
          key: 'ngos',
          names: text,
          expectations: text,
          channels: text,
          weight: 1,
          axes: ['impact'],
        },
      ],
      ['post', '/links', { group: 'employees', kind: 'open', count: 1 }],
      ['get', '/matrix'],
      ['get', '/audit'],
      ['get', '/confirmation'],
      ['post', '/confirmation', { decisions: [{ issueId: '1', material: false }], order: [] }],
      ['post', '/approval', { decision: 'approve', version: 1, hash: 'a'.repeat(64) }],
      ['get', '/evidence-pack'],
      ['post', '/personal-data/erase', { reason: 'Retention period over.' }],
    ]
    for (const [method, path, body] of requests) {
      const call = (assessment: string) =>
        stranger.request(method.toUpperCase(), `/api/assessments/${assessment}${path}`, body)
      const [foreign, unknown] = [await call(id), await call(missing)]
      expect({ path, method, status: foreign.status }).toEqual({ path, method, status: 404 })
      expect(foreign.json).toEqual(unknown.json)
    }
    const [row] = await rows<{ name: string; links: number; groups: number }>(
      database,
      sql`SELECT a.name, (SELECT count(*)::int FROM survey_links WHERE assessment_id = a.id) AS links,
            (SELECT count(*)::int FROM stakeholder_groups WHERE assessment_id = a.id) AS groups
          FROM assessments a WHERE a.id = ${id}::bigint`,
    )
    expect(row).toEqual({ name: 'FY2025', links: 0, groups: 6 })
  })
})

describe('PATCH /api/assessments/:id settings', () => {
  test('a draft changes freely; the row and the audit log show it', async () => {
    const { admin, id } = await assessmentHarness(database)
    const patched = await admin.patch(`/api/assessments/${id}`, {
      name: 'FY2025 (revised)',
      settings: {
        scaleMax: 7,
        nMin: 5,
        threshold: { mode: 'topN', n: 8 },
        rule: 'either',
        defaultLocale: 'zh-Hant',
      },
      axisSources: {
        impact: ['government', 'investors', 'community'],
        stakeholder: ['government', 'investors', 'customers', 'employees', 'suppliers'],
      },
    })
    expect(patched.status).toBe(200)
    expect(patched.json.axisSources.impact).toEqual(['government', 'investors', 'community'])
    expect((await storedSettings(id))?.settings).toMatchObject({
      scaleMax: 7,
      nMin: 5,
      threshold: { mode: 'topN', n: 8 },
      rule: 'either',
      defaultLocale: 'zh-Hant',
    })
    const axes = await rows<{ key: string; axes: string }>(
      database,
      sql`SELECT key, axes::text FROM stakeholder_groups ORDER BY position`,
    )
    expect(axes.find((g) => g.key === 'community')?.axes).toBe('{impact}')
    expect(axes.find((g) => g.key === 'customers')?.axes).toBe('{stakeholder}')
    const [entry] = await auditEntries(database, 'assessment')
    expect(entry).toMatchObject({
      action: 'update',
      before: { name: 'FY2025', settings: { scaleMax: 5, nMin: 3 } },
      after: { name: 'FY2025 (revised)', settings: { scaleMax: 7, nMin: 5 } },
    })
  })

  test('400 for settings that do not fit together, unknown groups or a group rating nothing', async () => {
    const { admin, id } = await assessmentHarness(database)
    const offScale = await admin.patch(`/api/assessments/${id}`, {
      settings: { threshold: { mode: 'absolute', impact: 6, stakeholder: 3 } },
    })
    expect(offScale.status).toBe(400)
    expect(offScale.json.error.fields).toHaveProperty(['settings.threshold'])
    const badScale = await admin.patch(`/api/assessments/${id}`, { settings: { scaleMax: 6 } })
    expect(badScale.json.error.fields).toHaveProperty(['settings.scaleMax'])
    const unknown = await admin.patch(`/api/assessments/${id}`, {
      axisSources: { impact: ['martians'], stakeholder: ['government'] },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.json.error.fields).toHaveProperty(['axisSources.impact'])
    expect(unknown.json.error.fields).toHaveProperty(['axisSources'])
    const period = await admin.patch(`/api/assessments/${id}`, { periodEnd: '2024-12-31' })
    expect(period.json.error.fields).toHaveProperty(['periodEnd'])
    expect((await storedSettings(id))?.settings).toMatchObject({
      scaleMax: 5,
      threshold: { p: 0.75 },
    })
  })

  test('scoring settings lock when it opens: 409 without a reason, logged with one', async () => {
    const { admin, id, setStatus } = await assessmentHarness(database)
    await setStatus('open')
    const locked = await admin.patch(`/api/assessments/${id}`, { settings: { nMin: 5 } })
    expect(locked.status).toBe(409)
    expect(locked.json.error.code).toBe('setting_locked')
    const axes = await admin.patch(`/api/assessments/${id}`, {
      axisSources: {
        impact: ['government'],
        stakeholder: [
          'government',
          'investors',
          'customers',
          'employees',
          'suppliers',
          'community',
        ],
      },
    })
    expect(axes.status).toBe(409)
    expect((await storedSettings(id))?.settings).toMatchObject({ nMin: 3 })
    const language = await admin.patch(`/api/assessments/${id}`, {
      settings: { defaultLocale: 'zh-Hans' },
    })
    expect(language.status).toBe(200)
    const reasoned = await admin.patch(`/api/assessments/${id}`, {
      settings: { nMin: 5 },
      reason: 'Small groups: the board asked for five answers per group.',
    })
    expect(reasoned.status).toBe(200)
    expect((await storedSettings(id))?.settings).toMatchObject({
      nMin: 5,
      defaultLocale: 'zh-Hans',
    })
    const [entry] = await auditEntries(database, 'assessment')
    expect(entry).toMatchObject({
      before: { settings: { nMin: 3 } },
      after: { settings: { nMin: 5 } },
      reason: 'Small groups: the board asked for five answers per group.',
    })
  })

  test('the borderline band is a scoring setting: k·SE by default, set in a draft, locked at open', async () => {
    const { admin, id, setStatus } = await assessmentHarness(database)
    expect((await storedSettings(id))?.settings).toMatchObject({
      borderline: { mode: 'se', k: 1.96 },
    })
    const wide = await admin.patch(`/api/assessments/${id}`, {
      settings: { borderline: { mode: 'fixed', width: 3 } },
    })
    expect(wide.status).toBe(400)
    expect(wide.json.error.fields).toHaveProperty(['settings.borderline.width'])
    const fixed = await admin.patch(`/api/assessments/${id}`, {
      settings: { borderline: { mode: 'fixed', width: 0.25 } },
    })
    expect(fixed.status).toBe(200)
    await setStatus('open')
    const off = { settings: { borderline: { mode: 'off' } } }
    const locked = await admin.patch(`/api/assessments/${id}`, off)
    expect(locked.status).toBe(409)
    expect(locked.json.error.code).toBe('setting_locked')
    expect((await storedSettings(id))?.settings).toMatchObject({
      borderline: { mode: 'fixed', width: 0.25 },
    })
    const reason = 'The board decides on the thresholds alone this year.'
    expect((await admin.patch(`/api/assessments/${id}`, { ...off, reason })).status).toBe(200)
    expect((await storedSettings(id))?.settings).toMatchObject({ borderline: { mode: 'off' } })
    const [entry] = await auditEntries(database, 'assessment')
    expect(entry).toMatchObject({
      before: { settings: { borderline: { mode: 'fixed', width: 0.25 } } },
      after: { settings: { borderline: { mode: 'off' } } },
      reason,
    })
  })

  test('writes need admin or analyst: 401, 403 for a viewer, 404 for another organisation', async () => {
    const { app, id, as, outsider } = await assessmentHarness(database)
    const body = { name: 'Renamed' }
    expect((await client(app).patch(`/api/assessments/${id}`, body)).status).toBe(401)
    expect((await (await as('viewer')).patch(`/api/assessments/${id}`, body)).status).toBe(403)
    expect((await (await outsider()).patch(`/api/assessments/${id}`, body)).status).toBe(404)
    expect((await (await as('analyst')).patch(`/api/assessments/${id}`, body)).status).toBe(200)
    expect((await (await as('analyst')).patch('/api/assessments/424242', body)).status).toBe(404)
  })
})

describe('PATCH /api/assessments/:id status', () => {
  test('draft → open → closed → open with a reason; anything else is 409', async () => {
    const { admin, id } = await assessmentHarness(database)
    const url = `/api/assessments/${id}`
    expect((await admin.patch(url, { status: 'closed' })).status).toBe(409)
    const opened = await admin.patch(url, { status: 'open' })
    expect(opened.json).toMatchObject({ status: 'open', openedAt: expect.any(String) })
    expect((await admin.patch(url, { status: 'open' })).json.error.code).toBe('illegal_transition')
    expect((await admin.patch(url, { status: 'closed' })).json.closedAt).toEqual(expect.any(String))
    const noReason = await admin.patch(url, { status: 'open' })
    expect(noReason.status).toBe(400)
    expect(noReason.json.error.fields.reason).toBeDefined()
    const reopened = await admin.patch(url, {
      status: 'open',
      reason: 'Late responses from suppliers.',
    })
    expect(reopened.status).toBe(200)
    expect((await storedSettings(id))?.status).toBe('open')
    const [entry] = await auditEntries(database, 'assessment')
    expect(entry).toMatchObject({
      action: 'status',
      before: { status: 'closed' },
      after: { status: 'open' },
      reason: 'Late responses from suppliers.',
    })
    expect((await admin.patch(url, { status: 'approved' })).status).toBe(400)
  })

  test('an assessment without issues cannot open; a confirmed one cannot change at all', async () => {
    const { admin, id } = await assessmentHarness(database)
    await database.db.execute(sql`DELETE FROM assessment_issues`)
    expect((await admin.patch(`/api/assessments/${id}`, { status: 'open' })).json.error.code).toBe(
      'no_issues',
    )
    await database.db.execute(sql`UPDATE assessments SET status = 'confirmed'`)
    const confirmed = await assessmentTables(database)
    const renamed = await admin.patch(`/api/assessments/${id}`, { name: 'Changed' })
    expect(renamed.status).toBe(409)
    expect(renamed.json.error.code).toBe('assessment_locked')
    expect(await assessmentTables(database)).toEqual(confirmed)
  })
})
