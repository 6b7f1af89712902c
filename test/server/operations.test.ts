import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createDb } from '#db/client'
import { hashToken } from '#server/services/tokens'
import { ADMIN, client, createTestApp, seedAdmin } from '../support/app.ts'
import { createTestDb, type TestDatabase, takeAway, testDriver } from '../support/db.ts'

// What an instance does when its database goes away: the load balancer's probe must say so,
// and the logs of the failing requests must not carry what those requests sent.

let database: TestDatabase
let gone = false

// Each test gets a database of its own, since it takes it away.
beforeEach(async () => {
  database = await createTestDb()
  gone = false
})
afterEach(async () => {
  vi.restoreAllMocks()
  // PGlite is closed already once gone; on PostgreSQL this ends the pool (the drop is a no-op).
  if (!gone || database.url) await database.close()
})

async function goAway() {
  await takeAway(database)
  gone = true
}

describe('GET /healthz and /livez', () => {
  test('healthz is 200 while the database answers, 503 once it is gone; livez stays 200', async () => {
    const { app } = createTestApp(database)
    const before = await client(app).get('/healthz')
    expect(before.status).toBe(200)
    expect(before.json).toEqual({ status: 'ok', database: testDriver() })
    expect((await client(app).get('/livez')).json).toEqual({ status: 'ok' })

    await goAway()
    const after = await client(app).get('/healthz')
    expect(after.status).toBe(503)
    expect(after.json).toEqual({ status: 'unavailable', database: testDriver() })
    expect(after.headers.get('cache-control')).toBe('no-store')
    const live = await client(app).get('/livez')
    expect(live.status).toBe(200)
    expect(live.json).toEqual({ status: 'ok' })
  })

  test('a database host that never answers is unhealthy after the 1 s probe, not a hang', async () => {
    // A non-routable address: packets vanish (or, in some sandboxes, a connection is accepted
    // and never answered); either way the driver would wait far longer than a health check may.
    const silent = await createDb({ url: 'postgres://nobody@10.255.255.1:5432/none', poolSize: 1 })
    try {
      const { app } = createTestApp({ ...silent, reset: async () => {} })
      const response = await client(app).get('/healthz')
      expect(response.status).toBe(503)
      expect(response.json).toEqual({ status: 'unavailable', database: 'postgres' })
      expect((await client(app).get('/livez')).status).toBe(200)
    } finally {
      void silent.close()
    }
  })
})

describe('requests during a database outage', () => {
  test('answer 503 JSON, and their logs hold no SQL parameters (emails, token hashes)', async () => {
    const { app, deps } = createTestApp(database, { config: { logLevel: 'info' } })
    await seedAdmin(deps)
    const lines: string[] = []
    for (const method of ['log', 'error', 'warn', 'info'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '))
      })
    }
    await goAway()
    const email = 'outage.witness@example.com'
    const token = 'Zm9yZ2VkLXRva2VuLXZhbHVl'
    const login = await client(app).post('/api/auth/login', { email, password: ADMIN.password })
    const survey = await client(app).get(`/api/survey/${token}`)
    for (const response of [login, survey]) {
      expect(response.status).toBe(503)
      expect(response.json.error.code).toBe('unavailable')
      expect(response.headers.get('retry-after')).toBe('5')
    }
    const log = lines.join('\n')
    expect(log).toContain('database unavailable')
    for (const secret of [
      email,
      token,
      hashToken(token).toString('hex'),
      hashToken(token).toString('base64'),
      'params',
      'Failed query',
    ]) {
      expect(log).not.toContain(secret)
    }
  })
})
