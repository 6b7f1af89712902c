import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import type { AppConfig } from '#server/context'
import { parseEnv } from '#server/env'
import { describeLinkOrigin } from '#server/link-origin'
import { ADMIN, client, createTestApp, seedAdmin } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// A survey link carries the address stakeholders will open. A request's Host header is the
// client's to choose, so in production it must never become that address unless it is ours.

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(() => database.reset())

/** The app with `config`, the admin signed in, one assessment, and a caller on `origin`. */
async function setup(config: Partial<AppConfig>) {
  const { app, deps } = createTestApp(database, { config })
  await seedAdmin(deps)
  // With PUBLIC_URL set, only requests from that origin pass the CSRF check.
  const admin = client(app, config.publicUrl ? new URL(config.publicUrl).origin : undefined)
  await admin.post('/api/auth/login', { email: ADMIN.email, password: ADMIN.password })
  const { id } = (await admin.post('/api/assessments', { name: 'FY2025' })).json
  const on = (origin: string) => {
    const caller = client(app, origin)
    caller.cookie = admin.cookie
    return caller
  }
  const create = (origin: string, headers?: Record<string, string>) =>
    on(origin).post(
      `/api/assessments/${id}/links`,
      { group: 'employees', kind: 'single-use' },
      headers,
    )
  return { id, on, create }
}

const stored = async () =>
  (
    await rows<{ links: number; audits: number }>(
      database,
      sql`SELECT (SELECT count(*) FROM survey_links)::int AS links,
        (SELECT count(*) FROM audit_log WHERE entity = 'links')::int AS audits`,
    )
  )[0]

describe('the address in survey links', () => {
  test('outside production with no PUBLIC_URL it follows the Host, so localhost works', async () => {
    const { create } = await setup({})
    const made = await create('http://localhost:3000')
    expect(made.status).toBe(201)
    expect(made.json.links[0].url).toMatch(/^http:\/\/localhost:3000\/s\/[\w-]{22}$/)
  })

  test('in production a Host off ALLOWED_HOSTS makes no link and stores nothing', async () => {
    const { create } = await setup({ production: true, allowedHosts: ['esg.example.com'] })
    const forged = await create('http://evil.example')
    expect(forged.status).toBe(400)
    expect(forged.json.error.code).toBe('host_not_allowed')
    expect(await stored()).toEqual({ links: 0, audits: 0 })

    for (const origin of ['https://esg.example.com', 'http://esg.example.com:8080']) {
      const made = await create(origin)
      expect(made.status, made.text).toBe(201)
      expect(made.json.links[0].url.startsWith(`${origin}/s/`)).toBe(true)
    }
    expect(await stored()).toEqual({ links: 2, audits: 2 })
  })

  test('in production a re-issue from a forged Host keeps the old token', async () => {
    const { id, on, create } = await setup({ production: true, allowedHosts: ['esg.example.com'] })
    const link = (await create('https://esg.example.com')).json.links[0]
    const before = await rows<{ hash: string }>(
      database,
      sql`SELECT encode(token_hash, 'hex') AS hash FROM survey_links`,
    )
    const forged = await on('http://evil.example').post(
      `/api/assessments/${id}/links/${link.id}/reissue`,
    )
    expect(forged.status).toBe(400)
    expect(forged.json.error.code).toBe('host_not_allowed')
    expect(
      await rows(database, sql`SELECT encode(token_hash, 'hex') AS hash FROM survey_links`),
    ).toEqual(before)
  })

  test('PUBLIC_URL is used whatever the Host; production without either refuses', async () => {
    const pinned = await setup({ production: true, publicUrl: 'https://esg.example.com/' })
    const made = await pinned.create('https://esg.example.com', { host: 'evil.example' })
    expect(made.status).toBe(201)
    expect(made.json.links[0].url).toMatch(/^https:\/\/esg\.example\.com\/s\/[\w-]{22}$/)
    await database.reset()
    const bare = await setup({ production: true })
    expect((await bare.create('http://localhost:3000')).json.error.code).toBe('host_not_allowed')
  })
})

describe('configuration', () => {
  test('NODE_ENV=production needs PUBLIC_URL or ALLOWED_HOSTS; the start-up line says which', () => {
    const problems = parseEnv({ NODE_ENV: 'production' }).problems ?? []
    expect(problems.join('\n')).toContain('NODE_ENV=production needs PUBLIC_URL (or ALLOWED_HOSTS)')
    expect(
      parseEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://esg.example.com' }).env,
    ).toBeDefined()
    const listed = parseEnv({
      NODE_ENV: 'production',
      ALLOWED_HOSTS: ' ESG.example.com, esg.internal:8443 ,',
    })
    expect(listed.env?.ALLOWED_HOSTS).toEqual(['esg.example.com', 'esg.internal:8443'])
    expect(parseEnv({ ALLOWED_HOSTS: 'https://esg.example.com/' }).problems?.[0]).toMatch(
      /^ALLOWED_HOSTS: /,
    )

    const base = { production: true, trustProxy: false }
    expect(describeLinkOrigin({ ...base, publicUrl: 'https://esg.example.com/x' })).toBe(
      'PUBLIC_URL (https://esg.example.com)',
    )
    expect(describeLinkOrigin({ ...base, allowedHosts: ['esg.example.com'] })).toContain(
      'only esg.example.com (ALLOWED_HOSTS)',
    )
    expect(describeLinkOrigin({ ...base, production: false })).toContain('development')
  })
})
