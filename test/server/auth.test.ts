import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { ADMIN, client, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
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

const rows = async <T>(query: ReturnType<typeof sql>) => {
  const result: unknown = await database.db.execute(query)
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[]
}

describe('POST /api/auth/login', () => {
  test('signs in with the right password and sets an HttpOnly, SameSite cookie', async () => {
    const c = client(harness.app)
    const response = await c.post('/api/auth/login', {
      email: ADMIN.email,
      password: ADMIN.password,
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^materiality_session=[\w-]{40,};/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
    const me = await c.get('/api/auth/me')
    expect(me.json).toMatchObject({
      email: ADMIN.email,
      organisations: [{ name: ADMIN.organisation, role: 'admin' }],
    })
  })

  test('accepts the email in any case', async () => {
    const c = client(harness.app)
    const response = await c.post('/api/auth/login', {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
    })
    expect(response.status).toBe(200)
  })

  test('answers 401 with a JSON error on a wrong password or unknown account', async () => {
    const wrong = await client(harness.app).post('/api/auth/login', {
      email: ADMIN.email,
      password: 'not the password',
    })
    expect(wrong.status).toBe(401)
    expect(wrong.json.error).toMatchObject({ code: 'invalid_credentials' })
    const unknown = await client(harness.app).post('/api/auth/login', {
      email: 'nobody@example.com',
      password: 'whatever',
    })
    expect(unknown.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
  })

  test('answers 400 with field errors on a malformed body, and 415 when it is not JSON', async () => {
    const c = client(harness.app)
    const bad = await c.post('/api/auth/login', { email: 'not-an-email' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields)).toEqual(
      expect.arrayContaining(['email', 'password']),
    )
    const broken = await c.post('/api/auth/login', '{"email": ')
    expect(broken.status).toBe(400)
    expect(broken.json.error.code).toBe('invalid_json')
    const form = await c.request('POST', '/api/auth/login', 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(form.status).toBe(415)
  })

  test('issues a new session id at every sign-in (no fixation)', async () => {
    const c = client(harness.app)
    c.cookie = 'materiality_session=attacker-chosen-value'
    await c.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password })
    expect(c.cookie).not.toContain('attacker-chosen-value')
    const other = await signIn(harness.app, ADMIN.email)
    expect(other.cookie).not.toBe(c.cookie)
  })

  test('limits failed attempts per account and address to 10 in 15 minutes, with Retry-After', async () => {
    const c = client(harness.app)
    for (let i = 0; i < 10; i++) {
      expect(
        (await c.post('/api/auth/login', { email: ADMIN.email, password: `wrong ${i}` })).status,
      ).toBe(401)
    }
    const limited = await c.post('/api/auth/login', {
      email: ADMIN.email,
      password: ADMIN.password,
    })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    harness.clock.advance(15 * 60 * 1000)
    expect(
      (await c.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password })).status,
    ).toBe(200)
  })
})

describe('sessions', () => {
  test('stores only hashes of passwords and session tokens', async () => {
    const c = await signIn(harness.app, ADMIN.email)
    const token = c.cookie.split('=')[1]!
    const users = await rows<{ password_hash: string }>(sql`SELECT password_hash FROM users`)
    expect(users[0]!.password_hash).toMatch(/^scrypt\$/)
    expect(users[0]!.password_hash).not.toContain(ADMIN.password)
    const sessions = await rows<{ token_hash: Uint8Array }>(sql`SELECT token_hash FROM sessions`)
    expect(sessions).toHaveLength(1)
    expect(Buffer.from(sessions[0]!.token_hash).toString('base64url')).not.toBe(token)
    expect(Buffer.from(sessions[0]!.token_hash)).toHaveLength(32)
  })

  test('logout ends the session on the server, not only in the browser', async () => {
    const c = await signIn(harness.app, ADMIN.email)
    const stolen = c.cookie
    expect((await c.post('/api/auth/logout')).status).toBe(200)
    const replay = client(harness.app)
    replay.cookie = stolen
    expect((await replay.get('/api/auth/me')).status).toBe(401)
  })

  test('a password change ends every other session', async () => {
    const laptop = await signIn(harness.app, ADMIN.email)
    const phone = await signIn(harness.app, ADMIN.email)
    const changed = await laptop.post('/api/auth/password', {
      currentPassword: ADMIN.password,
      newPassword: 'a brand new passphrase',
    })
    expect(changed.status).toBe(200)
    expect((await phone.get('/api/auth/me')).status).toBe(401)
    expect((await laptop.get('/api/auth/me')).status).toBe(200)
    expect(
      (
        await client(harness.app).post('/api/auth/login', {
          email: ADMIN.email,
          password: 'a brand new passphrase',
        })
      ).status,
    ).toBe(200)
  })

  test('sessions expire', async () => {
    const c = await signIn(harness.app, ADMIN.email)
    harness.clock.advance(8 * 24 * 3600 * 1000)
    expect((await c.get('/api/auth/me')).status).toBe(401)
  })
})

describe('admin routes', () => {
  test('GET /api/assessments without a session is a 401 JSON error', async () => {
    const response = await client(harness.app).get('/api/assessments')
    expect(response.status).toBe(401)
    expect(response.json).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } })
  })

  test('a signed-in member sees only their organisations’ assessments', async () => {
    const outsider = await seedUser(database, { email: 'outsider@other.com', role: 'admin' })
    await database.db.execute(
      sql`INSERT INTO assessments (organisation_id, name, settings) VALUES (${outsider.organisationId}, 'Theirs', '{}'::jsonb)`,
    )
    const c = await signIn(harness.app, ADMIN.email)
    const list = await c.get('/api/assessments')
    expect(list.status).toBe(200)
    expect(list.json.assessments).toEqual([])
    const theirs = await signIn(harness.app, outsider.email)
    expect((await theirs.get('/api/assessments')).json.assessments).toHaveLength(1)
  })

  test('rejects state-changing requests from another origin with 403', async () => {
    const c = await signIn(harness.app, ADMIN.email)
    const response = await c.post('/api/auth/logout', {}, { origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(response.json.error.code).toBe('cross_origin')
    expect((await c.get('/api/auth/me')).status).toBe(200)
    const login = await client(harness.app).post(
      '/api/auth/login',
      { email: ADMIN.email, password: ADMIN.password },
      { origin: 'https://evil.example' },
    )
    expect(login.status).toBe(403)
  })
})

describe('temporary passwords', () => {
  const organisationId = async () =>
    (await rows<{ id: number }>(sql`SELECT id::int FROM organisations LIMIT 1`))[0]!.id
  const flagOf = async (email: string) =>
    (
      await rows<{ must: boolean }>(
        sql`SELECT must_change_password AS must FROM users WHERE email = ${email}`,
      )
    )[0]?.must

  async function addMember(body: Record<string, string>) {
    const admin = await signIn(harness.app, ADMIN.email)
    const added = await admin.post(`/api/organisations/${await organisationId()}/members`, body)
    expect(added.status).toBe(201)
    return { admin, added: added.json }
  }

  test('a member added with a temporary password is refused everywhere until they change it', async () => {
    const { admin, added } = await addMember({
      email: 'ana@example.com',
      name: 'Ana Analyst',
      role: 'analyst',
    })
    const { id } = (await admin.post('/api/assessments', { name: 'FY2025' })).json
    const ana = await signIn(harness.app, 'ana@example.com', added.temporaryPassword)
    const me = await ana.get('/api/auth/me')
    expect([me.status, me.json.mustChangePassword]).toEqual([200, true])

    const refused = [
      await ana.get('/api/assessments'),
      await ana.get(`/api/assessments/${id}`),
      await ana.get(`/api/assessments/${id}/comments`),
      await ana.post('/api/assessments', { name: 'Sneaked in' }),
      await ana.patch(`/api/assessments/${id}`, { name: 'Renamed' }),
      await ana.get(`/api/organisations/${await organisationId()}/members`),
    ]
    for (const response of refused) {
      expect([response.status, response.json.error.code]).toEqual([403, 'password_change_required'])
    }
    const names = await rows<{ name: string }>(sql`SELECT name FROM assessments`)
    expect(names).toEqual([{ name: 'FY2025' }])

    const same = await ana.post('/api/auth/password', {
      currentPassword: added.temporaryPassword,
      newPassword: added.temporaryPassword,
    })
    expect([same.status, Object.keys(same.json.error.fields)]).toEqual([400, ['newPassword']])
    expect(await flagOf('ana@example.com')).toBe(true)
    expect((await ana.get('/api/assessments')).status).toBe(403)

    const changed = await ana.post('/api/auth/password', {
      currentPassword: added.temporaryPassword,
      newPassword: 'my own long passphrase',
    })
    expect(changed.status).toBe(200)
    expect(await flagOf('ana@example.com')).toBe(false)
    expect((await ana.get('/api/auth/me')).json.mustChangePassword).toBe(false)
    expect((await ana.get('/api/assessments')).status).toBe(200)
    expect((await ana.patch(`/api/assessments/${id}`, { name: 'Renamed' })).status).toBe(200)
  })

  test('the demand holds in every session and survives signing in again', async () => {
    const { added } = await addMember({
      email: 'rita@example.com',
      name: 'Rita Reviewer',
      role: 'reviewer',
      password: 'chosen by the admin',
    })
    expect(added.temporaryPassword).toBeUndefined()
    expect(await flagOf('rita@example.com')).toBe(true)
    const laptop = await signIn(harness.app, 'rita@example.com', 'chosen by the admin')
    expect((await laptop.post('/api/auth/logout')).status).toBe(200)
    const phone = await signIn(harness.app, 'rita@example.com', 'chosen by the admin')
    expect((await phone.get('/api/assessments')).json.error.code).toBe('password_change_required')
  })

  test('the first admin, and an existing user joining another organisation, are not asked', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    expect((await admin.get('/api/auth/me')).json.mustChangePassword).toBe(false)
    await seedUser(database, { email: 'consultant@example.com', role: 'admin' })
    await addMember({ email: 'consultant@example.com', name: 'Con Sultant', role: 'analyst' })
    expect(await flagOf('consultant@example.com')).toBe(false)
    const consultant = await signIn(harness.app, 'consultant@example.com')
    expect((await consultant.get('/api/assessments')).status).toBe(200)
  })
})
