import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { ADMIN, client, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// What SECURITY.md promises and the other suites do not already prove (see its table).

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(() => database.reset())

const login = (app: ReturnType<typeof createTestApp>['app'], headers: Record<string, string>) =>
  client(app).post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password }, headers)

describe('session cookies', () => {
  test('are Secure behind an HTTPS proxy only when TRUST_PROXY says to believe it', async () => {
    const trusting = createTestApp(database, { config: { trustProxy: true } })
    await seedAdmin(trusting.deps)
    const secure = await login(trusting.app, {
      'x-forwarded-proto': 'https',
      origin: 'https://localhost',
    })
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure/)
    expect(secure.headers.get('set-cookie')).toMatch(/HttpOnly/)
    expect(secure.headers.get('set-cookie')).toMatch(/SameSite=Lax/)
    const plain = await login(trusting.app, {})
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/)
    // Without TRUST_PROXY anyone could send the header: it is ignored.
    const untrusting = createTestApp(database)
    const spoofed = await login(untrusting.app, { 'x-forwarded-proto': 'https' })
    expect(spoofed.headers.get('set-cookie')).not.toMatch(/Secure/)
  })

  test('trust the last X-Forwarded-For entry, the one the proxy added, for rate limits', async () => {
    const { app, deps } = createTestApp(database, { config: { trustProxy: true } })
    await seedAdmin(deps)
    const wrong = { email: 'nobody@example.com', password: 'wrong password' }
    // 50 failures from one real address, each with a different forged first entry.
    for (let i = 0; i < 50; i++) {
      const forged = { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.9` }
      await client(app).post('/api/auth/login', { ...wrong, email: `n${i}@example.com` }, forged)
    }
    const next = await client(app).post('/api/auth/login', wrong, {
      'x-forwarded-for': '10.9.9.9, 203.0.113.9',
    })
    expect(next.status).toBe(429)
    const elsewhere = await login(app, { 'x-forwarded-for': '198.51.100.7' })
    expect(elsewhere.status).toBe(200)
  })
})

describe('logs', () => {
  const lines: string[] = []
  beforeEach(() => {
    lines.length = 0
    for (const method of ['log', 'error', 'warn', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '))
      })
    }
  })
  afterEach(() => vi.restoreAllMocks())

  test('carry no survey tokens, passwords or session tokens, even at debug level', async () => {
    const { app, deps } = createTestApp(database, { config: { logLevel: 'debug' } })
    await seedAdmin(deps)
    const admin = await signIn(app, ADMIN.email)
    const session = admin.cookie.split('=')[1]!
    const { id } = (await admin.post('/api/assessments', { name: 'Logged' })).json
    await admin.patch(`/api/assessments/${id}`, { status: 'open' })
    const link = (
      await admin.post(`/api/assessments/${id}/links`, { group: 'employees', kind: 'single-use' })
    ).json.links[0]
    await client(app).get(`/api/survey/${link.token}`)
    await client(app).post(`/api/survey/${link.token}/submit`, { submissionId: 'x' })
    await client(app).get(`/s/${link.token}`)
    await client(app).post('/api/auth/login', { email: ADMIN.email, password: 'a wrong password!' })
    expect(lines.some((line) => line.includes('"request"'))).toBe(true)
    const all = lines.join('\n')
    expect(all).toContain('/api/survey/[token]')
    for (const secret of [link.token, ADMIN.password, 'a wrong password!', session]) {
      expect(all).not.toContain(secret)
    }
  })
})

describe('headers', () => {
  test('survey answers and pages carry no-referrer, CSP and nosniff', async () => {
    const { app } = createTestApp(database)
    for (const path of ['/api/survey/unknown-token-000000', '/s/unknown-token-000000']) {
      const response = await client(app).get(path)
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer')
      expect(response.headers.get('content-security-policy'), path).toContain(
        "frame-ancestors 'none'",
      )
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })
})
