import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { ADMIN, client, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// SECURITY.md, "Outsider without a link": password guesses are counted before the password is
// checked, per account and address, per address, and per account with a way round for the owner.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database, { config: { trustProxy: true } })
  await seedAdmin(harness.deps)
})

const from = (address: string) => ({ 'x-forwarded-for': address })
const tryLogin = (address: string, password: string, headers: Record<string, string> = {}) =>
  client(harness.app).post(
    '/api/auth/login',
    { email: ADMIN.email, password },
    { ...from(address), ...headers },
  )
const statuses = (responses: { status: number }[]) =>
  responses.reduce<Record<number, number>>((counts, r) => {
    counts[r.status] = (counts[r.status] ?? 0) + 1
    return counts
  }, {})

/** Tries recorded under each kind of login limit (the part of the key before the hash). */
async function recordedTries() {
  const rows = await queryRows<{ kind: string; n: number }>(
    database.db,
    sql`SELECT split_part(key, ':', 1) || ':' || split_part(key, ':', 2) AS kind,
               sum(cardinality(attempts))::int AS n
        FROM rate_limits GROUP BY 1 ORDER BY 1`,
  )
  return Object.fromEntries(rows.map((row) => [row.kind, row.n]))
}

describe('sign-in limits', () => {
  test('40 concurrent wrong passwords from one address: at most 10 are checked, the rest 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => tryLogin('203.0.113.5', `wrong guess ${i}`)),
    )
    const counts = statuses(responses)
    expect(Object.keys(counts).sort()).toEqual(['401', '429'])
    expect(counts[401]).toBeLessThanOrEqual(10)
    expect(counts[401]! + counts[429]!).toBe(40)
    for (const limited of responses.filter((r) => r.status === 429)) {
      const retryAfter = Number(limited.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    }
    // Stored: one try per password check, never more than ten for this account and address.
    expect((await recordedTries())['login:account-address']).toBeLessThanOrEqual(10)
    // Even the right password is not checked from that address now...
    expect((await tryLogin('203.0.113.5', ADMIN.password)).status).toBe(429)
    // ...but the owner, elsewhere, signs in.
    expect((await tryLogin('198.51.100.20', ADMIN.password)).status).toBe(200)
  })

  test('ten tries per account and address in any 15 minutes, not per clock quarter', async () => {
    harness.clock.set(new Date('2026-03-01T09:14:00Z'))
    for (let i = 0; i < 10; i++) {
      expect((await tryLogin('203.0.113.5', `wrong ${i}`)).status).toBe(401)
    }
    // A new quarter of the hour starts: the ten tries are still within 15 minutes.
    harness.clock.set(new Date('2026-03-01T09:16:00Z'))
    const limited = await tryLogin('203.0.113.5', ADMIN.password)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBe(13 * 60)
    harness.clock.set(new Date('2026-03-01T09:29:00Z'))
    expect((await tryLogin('203.0.113.5', ADMIN.password)).status).toBe(200)
  })

  test('signing in with the right password uses up no tries', async () => {
    for (let i = 0; i < 15; i++) {
      expect((await tryLogin('203.0.113.5', ADMIN.password)).status).toBe(200)
    }
    expect(await recordedTries()).toEqual({
      'login:account': 0,
      'login:account-address': 0,
      'login:address': 0,
    })
  })

  test('a stranger on many addresses cannot lock the owner out of a browser they used before', async () => {
    // The owner signed in from this browser once: it keeps a device cookie for the account.
    const first = await tryLogin('198.51.100.20', ADMIN.password)
    const device = first.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('materiality_device='))
    expect(device).toMatch(/HttpOnly/)
    const deviceCookie = device!.split(';')[0]!
    // Ten tries from each of eleven addresses: more than the account takes from everywhere.
    const attack = await Promise.all(
      Array.from({ length: 110 }, (_, i) => tryLogin(`203.0.113.${i % 11}`, `wrong ${i}`)),
    )
    expect(statuses(attack)[401]).toBeLessThanOrEqual(100)
    // A browser the account has not seen waits; the owner's own browser signs in, anywhere.
    expect((await tryLogin('192.0.2.1', ADMIN.password)).status).toBe(429)
    const owner = await tryLogin('192.0.2.1', ADMIN.password, { cookie: deviceCookie })
    expect(owner.status).toBe(200)
    // A device cookie of another account, or a forged one, does not help.
    const forged = deviceCookie.replace(/=.*/, '=1.AAAAAAAAAAAAAAAAAAAAAA')
    expect((await tryLogin('192.0.2.1', ADMIN.password, { cookie: forged })).status).toBe(429)
  })
})

describe('POST /api/auth/password', () => {
  test('wrong current passwords count like sign-in tries: 15 at once, at most 10 checked', async () => {
    const session = await signIn(harness.app, ADMIN.email)
    const attempts = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        session.post(
          '/api/auth/password',
          { currentPassword: `wrong current ${i}`, newPassword: 'a brand new passphrase' },
          from('203.0.113.7'),
        ),
      ),
    )
    const counts = statuses(attempts)
    expect(counts[401]).toBeLessThanOrEqual(10)
    expect(counts[429]).toBeGreaterThanOrEqual(5)
    const right = { currentPassword: ADMIN.password, newPassword: 'a brand new passphrase' }
    expect((await session.post('/api/auth/password', right, from('203.0.113.7'))).status).toBe(429)
    harness.clock.advance(15 * 60 * 1000)
    expect((await session.post('/api/auth/password', right, from('203.0.113.7'))).status).toBe(200)
  })
})

describe('rate_limits', () => {
  test('hold neither client addresses nor emails in clear', async () => {
    await tryLogin('203.0.113.77', 'a wrong password')
    await client(harness.app).post(
      '/api/auth/login',
      { email: 'someone.else@example.com', password: 'wrong' },
      from('2001:db8::77'),
    )
    await client(harness.app).get('/api/survey/AAAAAAAAAAAAAAAAAAAAAA', from('203.0.113.77'))
    const rows = await queryRows<Record<string, unknown>>(
      database.db,
      sql`SELECT * FROM rate_limits`,
    )
    expect(rows.length).toBeGreaterThanOrEqual(4)
    const stored = JSON.stringify(rows)
    for (const secret of ['203.0.113.77', '2001:db8::77', ADMIN.email, 'someone.else']) {
      expect(stored).not.toContain(secret)
    }
  })
})
