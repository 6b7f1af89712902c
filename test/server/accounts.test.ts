import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { ROLES, type Role } from '#surveys/domain/model'
import { PERMISSIONS, type Permission } from '#surveys/domain/permissions'
import { ADMIN, client, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// Issue 13 §5: a change-password page, and an interface that follows the role. The page and the
// menus are built from POST /api/auth/password and the permissions /api/auth/me gives; these
// tests hold the API to both: a refused change stores nothing, and what /me says a role may do
// is exactly what the API lets it do.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let organisationId: number

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  const [row] = await rows<{ id: number }>(sql`SELECT id::int AS id FROM organisations LIMIT 1`)
  organisationId = row!.id
})

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query)
const hashOf = async (email: string) =>
  (
    await rows<{ hash: string }>(
      sql`SELECT password_hash AS hash FROM users WHERE email = ${email}`,
    )
  )[0]!.hash
const NEW = 'a brand new passphrase'

describe('POST /api/auth/password', () => {
  test('a wrong current password: 401, and the password and the other sessions stay', async () => {
    const laptop = await signIn(harness.app, ADMIN.email)
    const phone = await signIn(harness.app, ADMIN.email)
    const before = await hashOf(ADMIN.email)
    const refused = await laptop.post('/api/auth/password', {
      currentPassword: 'not my password at all',
      newPassword: NEW,
    })
    expect([refused.status, refused.json.error.code]).toEqual([401, 'unauthorized'])
    expect(await hashOf(ADMIN.email)).toBe(before)
    expect((await phone.get('/api/auth/me')).status).toBe(200)
    expect((await laptop.get('/api/auth/me')).status).toBe(200)
    const login = (password: string) =>
      client(harness.app).post('/api/auth/login', { email: ADMIN.email, password })
    expect((await login(ADMIN.password)).status).toBe(200)
    expect((await login(NEW)).status).toBe(401)
  })

  test('a short or missing password: 400 naming the field, nothing stored', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const before = await hashOf(ADMIN.email)
    const short = await admin.post('/api/auth/password', {
      currentPassword: ADMIN.password,
      newPassword: 'too short',
    })
    expect([short.status, Object.keys(short.json.error.fields)]).toEqual([400, ['newPassword']])
    const missing = await admin.post('/api/auth/password', { newPassword: NEW })
    expect([missing.status, Object.keys(missing.json.error.fields)]).toEqual([
      400,
      ['currentPassword'],
    ])
    expect(await hashOf(ADMIN.email)).toBe(before)
  })

  test('signed out: 401; changed: the new password signs in, the old one no longer', async () => {
    const anonymous = client(harness.app)
    const body = { currentPassword: ADMIN.password, newPassword: NEW }
    expect((await anonymous.post('/api/auth/password', body)).status).toBe(401)
    const admin = await signIn(harness.app, ADMIN.email)
    const before = await hashOf(ADMIN.email)
    expect((await admin.post('/api/auth/password', body)).status).toBe(200)
    expect(await hashOf(ADMIN.email)).not.toBe(before)
    const login = (password: string) =>
      client(harness.app).post('/api/auth/login', { email: ADMIN.email, password })
    expect((await login(NEW)).status).toBe(200)
    expect((await login(ADMIN.password)).status).toBe(401)
  })
})

describe('the interface follows the role', () => {
  /** One request per permission, on a draft assessment: 403 exactly where /me says no. */
  const attempts: Record<
    Exclude<Permission, 'score' | 'scoreUnassigned'>,
    (id: string) => [string, string, unknown?]
  > = {
    read: (id) => ['GET', `/api/assessments/${id}`],
    readComments: (id) => ['GET', `/api/assessments/${id}/comments`],
    edit: (id) => ['PATCH', `/api/assessments/${id}`, { name: 'Renamed by a member' }],
    // A draft has nothing to confirm: a role that may confirm gets 409 not_closed, not 403.
    confirm: (id) => ['PUT', `/api/assessments/${id}/confirmation/draft`, draftBody],
    manageUsers: () => [
      'POST',
      `/api/organisations/${organisationId}/members`,
      { email: 'new.member@example.com', name: 'New Member', role: 'viewer' },
    ],
    manageContacts: () => ['GET', `/api/organisations/${organisationId}/contacts`],
  }
  const draftBody = { decisions: [], order: [], version: 0 }

  test.each(ROLES.filter((role) => role !== 'admin'))(
    '%s: /me names the role and its permissions, and the API agrees with each',
    async (role: Role) => {
      const admin = await signIn(harness.app, ADMIN.email)
      const { id } = (await admin.post('/api/assessments', { name: 'FY2026' })).json
      await seedUser(database, { email: `${role}@example.com`, role, organisationId })
      const member = await signIn(harness.app, `${role}@example.com`)
      const [organisation] = (await member.get('/api/auth/me')).json.organisations
      const granted = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
        (PERMISSIONS[permission] as readonly Role[]).includes(role),
      )
      expect(organisation).toMatchObject({ role, permissions: granted })
      for (const [permission, attempt] of Object.entries(attempts)) {
        const [method, path, body] = attempt(id)
        const response =
          method === 'GET'
            ? await member.get(path)
            : method === 'PUT'
              ? await member.put(path, body)
              : method === 'PATCH'
                ? await member.patch(path, body)
                : await member.post(path, body)
        const allowed = granted.includes(permission as Permission)
        expect(response.status === 403, `${role} ${permission}: ${response.status}`).toBe(!allowed)
      }
      // Refused writes left nothing behind.
      const [stored] = await rows<{ name: string }>(
        sql`SELECT name FROM assessments WHERE id = ${Number(id)}`,
      )
      expect(stored!.name).toBe(granted.includes('edit') ? 'Renamed by a member' : 'FY2026')
      const added = await rows(sql`SELECT 1 FROM users WHERE email = 'new.member@example.com'`)
      expect(added).toHaveLength(granted.includes('manageUsers') ? 1 : 0)
    },
  )

  test.each(['reviewer', 'approver', 'viewer', 'assessor'] as const)(
    '%s may not start a new assessment: 403, and none is created',
    async (role) => {
      await seedUser(database, { email: `${role}@example.com`, role, organisationId })
      const member = await signIn(harness.app, `${role}@example.com`)
      const refused = await member.post('/api/assessments', { name: 'Started by a member' })
      expect([refused.status, refused.json.error.code]).toEqual([403, 'forbidden'])
      expect(await rows(sql`SELECT 1 FROM assessments`)).toEqual([])
    },
  )
})
