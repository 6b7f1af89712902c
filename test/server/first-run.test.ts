import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createFirstAdmin, issueSetupToken } from '#server/services/first-run'
import { client, createTestApp } from '../support/app.ts'
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
})

const body = (token: string) => ({
  token,
  organisation: 'Acme Holdings',
  name: 'Ada',
  email: 'ada@example.com',
  password: 'a long enough passphrase',
})

const count = async (table: string) => {
  const result: unknown = await database.db.execute(
    sql.raw(`SELECT count(*)::int AS n FROM ${table}`),
  )
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as {
    n: number
  }[]
  return rows[0]!.n
}

describe('first run', () => {
  test('ADMIN_EMAIL / ADMIN_PASSWORD create the first admin once, and only when nobody exists', async () => {
    const admin = {
      organisation: 'Acme',
      name: 'Ada',
      email: 'ada@example.com',
      password: 'a long enough passphrase',
    }
    expect(await createFirstAdmin(harness.deps, admin)).toBe(true)
    expect(await createFirstAdmin(harness.deps, { ...admin, email: 'eve@example.com' })).toBe(false)
    expect(await count('users')).toBe(1)
    expect(await count('memberships')).toBe(1)
    expect(await count('audit_log')).toBe(1)
  })

  test('the setup link creates the admin and organisation, signs them in, and works once', async () => {
    const token = await issueSetupToken(harness.deps)
    expect(token).toMatch(/^[\w-]{43}$/)
    const c = client(harness.app)
    const created = await c.post('/api/auth/setup', body(token!))
    expect(created.status).toBe(201)
    expect((await c.get('/api/auth/me')).json).toMatchObject({
      email: 'ada@example.com',
      organisations: [{ name: 'Acme Holdings', role: 'admin' }],
    })
    const again = await client(harness.app).post('/api/auth/setup', {
      ...body(token!),
      email: 'eve@example.com',
    })
    expect(again.status).toBe(409)
    expect(await count('users')).toBe(1)
    expect(await issueSetupToken(harness.deps)).toBeUndefined()
  })

  test('a wrong or expired setup token creates nothing', async () => {
    const token = await issueSetupToken(harness.deps)
    const wrong = await client(harness.app).post('/api/auth/setup', body('not-the-token'))
    expect(wrong.status).toBe(404)
    harness.clock.advance(8 * 24 * 3600 * 1000)
    const expired = await client(harness.app).post('/api/auth/setup', body(token!))
    expect(expired.status).toBe(404)
    expect(await count('users')).toBe(0)
  })

  test('field errors name each bad field', async () => {
    const response = await client(harness.app).post('/api/auth/setup', {
      token: 'x',
      email: 'nope',
      password: 'short',
    })
    expect(response.status).toBe(400)
    expect(Object.keys(response.json.error.fields).sort()).toEqual([
      'email',
      'name',
      'organisation',
      'password',
    ])
  })
})
