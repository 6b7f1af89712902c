import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { client, createTestApp } from '../support/app.ts'
import { createTestDb, type TestDatabase, testDriver } from '../support/db.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
  harness = createTestApp(database)
})
afterAll(() => database.close())

describe('the app shell', () => {
  test('GET /healthz names the database driver', async () => {
    const response = await client(harness.app).get('/healthz')
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ status: 'ok', database: testDriver() })
  })

  test('unknown API routes are JSON 404s', async () => {
    const response = await client(harness.app).get('/api/no-such-thing')
    expect(response.status).toBe(404)
    expect(response.json.error).toMatchObject({ code: 'not_found' })
  })

  test('sends security headers: CSP with frame-ancestors none, nosniff, no referrer', async () => {
    const response = await client(harness.app).get('/healthz')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  test('refuses bodies over 1 MB with a JSON 413', async () => {
    const response = await client(harness.app).post('/api/auth/login', {
      email: 'a@b.co',
      password: 'x'.repeat(1_100_000),
    })
    expect(response.status).toBe(413)
    expect(response.json.error.code).toBe('payload_too_large')
  })

  test('tags every answer with a request id', async () => {
    const response = await client(harness.app).get('/healthz')
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
  })
})
