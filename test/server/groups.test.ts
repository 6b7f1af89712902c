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

const NGOS = {
  key: 'ngos',
  names: { en: 'NGOs', 'zh-Hant': '非政府組織', 'zh-Hans': '非政府组织' },
  expectations: { en: 'Transparency', 'zh-Hant': '透明', 'zh-Hans': '透明' },
  channels: { en: 'Meetings', 'zh-Hant': '會議', 'zh-Hans': '会议' },
  weight: 1.5,
  axes: ['stakeholder', 'impact'],
}

const storedGroup = async (key: string) => {
  const [row] = await rows<{ id: number; weight: number; axes: string; names: object }>(
    database,
    sql`SELECT id::int, weight, axes::text, names FROM stakeholder_groups WHERE key = ${key}`,
  )
  return row
}

describe('GET /api/assessments/:id/groups', () => {
  test('lists the groups in order to any member; 401 without a session, 404 to an outsider', async () => {
    const { app, id, as, outsider } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/groups`
    const listed = await (await as('viewer')).get(url)
    expect(listed.status).toBe(200)
    const stored = await rows<{ key: string }>(
      database,
      sql`SELECT key FROM stakeholder_groups WHERE assessment_id = ${id} ORDER BY position`,
    )
    expect(listed.json.groups.map((g: { key: string }) => g.key)).toEqual(stored.map((g) => g.key))
    expect((await client(app).get(url)).status).toBe(401)
    expect((await (await outsider()).get(url)).status).toBe(404)
  })
})

describe('POST /api/assessments/:id/groups', () => {
  test('adds a custom group last with its weight and axes, and logs it', async () => {
    const { admin, id } = await assessmentHarness(database)
    const created = await admin.post(`/api/assessments/${id}/groups`, NGOS)
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ key: 'ngos', weight: 1.5, position: 6 })
    expect(await storedGroup('ngos')).toMatchObject({ weight: 1.5, axes: '{impact,stakeholder}' })
    expect((await auditEntries(database, 'group'))[0]).toMatchObject({ action: 'create' })
    const again = await admin.post(`/api/assessments/${id}/groups`, NGOS)
    expect(again.status).toBe(409)
    expect(again.json.error.fields.key).toBeDefined()
  })

  test('400 names bad fields; 401, 403, 404; after opening it needs a reason', async () => {
    const { admin, app, id, as, outsider, setStatus } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/groups`
    const bad = await admin.post(url, { ...NGOS, key: 'NGOs!', weight: -1, axes: [] })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['axes', 'key', 'weight'])
    expect((await client(app).post(url, NGOS)).status).toBe(401)
    expect((await (await as('viewer')).post(url, NGOS)).status).toBe(403)
    expect((await (await outsider()).post(url, NGOS)).status).toBe(404)
    expect((await admin.post('/api/assessments/8888/groups', NGOS)).status).toBe(404)
    await setStatus('open')
    expect((await admin.post(url, NGOS)).json.error.code).toBe('setting_locked')
    expect(await storedGroup('ngos')).toBeUndefined()
    const late = await admin.post(url, { ...NGOS, reason: 'The NGO coalition asked to take part.' })
    expect(late.status).toBe(201)
    expect((await auditEntries(database, 'group'))[0]?.reason).toBe(
      'The NGO coalition asked to take part.',
    )
  })
})

describe('PATCH /api/assessments/:id/groups/:groupId', () => {
  test('a draft sets weights and axes; text stays editable after opening', async () => {
    const { admin, id, setStatus } = await assessmentHarness(database)
    const investors = await storedGroup('investors')
    const url = `/api/assessments/${id}/groups/${investors?.id}`
    const weighted = await admin.patch(url, { weight: 3, axes: ['impact'] })
    expect(weighted.status).toBe(200)
    expect(await storedGroup('investors')).toMatchObject({ weight: 3, axes: '{impact}' })
    const [entry] = await auditEntries(database, 'group')
    expect(entry).toMatchObject({ before: { weight: 1 }, after: { weight: 3, axes: ['impact'] } })
    await setStatus('open')
    const locked = await admin.patch(url, { weight: 2 })
    expect(locked.status).toBe(409)
    expect(locked.json.error.code).toBe('setting_locked')
    expect((await storedGroup('investors'))?.weight).toBe(3)
    const names = { en: 'Investors', 'zh-Hant': '投資者', 'zh-Hans': '投资者' }
    expect((await admin.patch(url, { names })).status).toBe(200)
    expect((await storedGroup('investors'))?.names).toEqual(names)
    expect((await admin.patch(url, { weight: 2, reason: 'Board decision.' })).status).toBe(200)
    expect((await storedGroup('investors'))?.weight).toBe(2)
  })

  test('keeps some weight and a rater for every axis; 403 and 404', async () => {
    const { admin, id, as } = await assessmentHarness(database)
    const groups = await rows<{ id: number; key: string }>(
      database,
      sql`SELECT id::int, key FROM stakeholder_groups ORDER BY position`,
    )
    for (const group of groups.slice(1)) {
      await admin.patch(`/api/assessments/${id}/groups/${group.id}`, {
        weight: 0,
        axes: ['stakeholder'],
      })
    }
    const first = `/api/assessments/${id}/groups/${groups[0]?.id}`
    const noWeight = await admin.patch(first, { weight: 0 })
    expect(noWeight.status).toBe(400)
    expect(noWeight.json.error.fields.weight).toBeDefined()
    const noImpact = await admin.patch(first, { axes: ['stakeholder'] })
    expect(noImpact.status).toBe(400)
    expect(noImpact.json.error.fields.axes).toBeDefined()
    expect(await storedGroup('government')).toMatchObject({
      weight: 1,
      axes: '{impact,stakeholder}',
    })
    expect((await (await as('viewer')).patch(first, { weight: 2 })).status).toBe(403)
    expect((await admin.patch(`/api/assessments/${id}/groups/99999`, { weight: 2 })).status).toBe(
      404,
    )
  })
})
