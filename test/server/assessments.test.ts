import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { ADMIN, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
})

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await database.db.execute(query)
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[]
}

describe('POST /api/assessments', () => {
  test('creates a draft with the 33 default issues and six groups', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const created = await admin.post('/api/assessments', { name: 'FY2025', library: 'hkex-33' })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      status: 'draft',
      name: 'FY2025',
    })
    const issues = await admin.get(`/api/assessments/${created.json.id}/issues`)
    expect(issues.json.issues).toHaveLength(33)
    expect(issues.json.issues.map((i: { code: string }) => i.code)).toEqual(
      Array.from({ length: 33 }, (_, k) => String(k + 1)),
    )
    const groups = await admin.get(`/api/assessments/${created.json.id}/groups`)
    expect(groups.json.groups.map((g: { key: string }) => g.key)).toEqual([
      'government',
      'investors',
      'customers',
      'employees',
      'suppliers',
      'community',
    ])
    const [count] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM assessment_issues`)
    expect(count!.n).toBe(33)
  })

  test('a viewer cannot create one; another organisation cannot read it', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const created = await admin.post('/api/assessments', { name: 'FY2025' })
    const [org] = await rows<{ id: number }>(sql`SELECT id::int FROM organisations LIMIT 1`)
    await seedUser(database, {
      email: 'viewer@example.com',
      role: 'viewer',
      organisationId: org!.id,
    })
    const viewer = await signIn(harness.app, 'viewer@example.com')
    expect((await viewer.post('/api/assessments', { name: 'Nope' })).status).toBe(403)
    expect((await viewer.get(`/api/assessments/${created.json.id}`)).status).toBe(200)
    await seedUser(database, { email: 'other@example.com', role: 'admin' })
    const other = await signIn(harness.app, 'other@example.com')
    expect((await other.get(`/api/assessments/${created.json.id}`)).status).toBe(403)
    expect((await other.get('/api/assessments/999999')).status).toBe(404)
  })
})

describe('status and links', () => {
  test('opens, refuses illegal moves, and creates single-use links stored as hashes', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const { json: assessment } = await admin.post('/api/assessments', { name: 'FY2025' })
    expect(
      (await admin.patch(`/api/assessments/${assessment.id}`, { status: 'closed' })).status,
    ).toBe(409)
    expect(
      (await admin.patch(`/api/assessments/${assessment.id}`, { status: 'open' })).json.status,
    ).toBe('open')
    const links = await admin.post(`/api/assessments/${assessment.id}/links`, {
      group: 'customers',
      kind: 'single-use',
      count: 3,
    })
    expect(links.status).toBe(201)
    expect(links.json.links).toHaveLength(3)
    const token: string = links.json.links[0].token
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16)
    expect(links.json.links[0].url).toBe(`http://localhost/s/${token}`)
    const stored = await rows<{ token_hash: Uint8Array }>(sql`SELECT token_hash FROM survey_links`)
    expect(stored).toHaveLength(3)
    expect(stored.map((row) => Buffer.from(row.token_hash).toString('base64url'))).not.toContain(
      token,
    )
    expect(
      (await admin.patch(`/api/assessments/${assessment.id}`, { status: 'closed' })).status,
    ).toBe(200)
    const reopen = await admin.patch(`/api/assessments/${assessment.id}`, { status: 'open' })
    expect(reopen.status).toBe(400)
    expect(reopen.json.error.fields.reason).toBeDefined()
  })
})
