import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { ADMIN, createTestApp, ORIGIN, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { openAssessment } from '../support/matrix.ts'
import { seedSurvey, storedCounts, submission } from '../support/survey.ts'

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

/** The raw answer, bytes as sent: app.request does not decode Content-Encoding. */
async function raw(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const response = await harness.app.request(`${ORIGIN}${path}`, {
    ...init,
    headers: { origin: ORIGIN, ...init.headers },
  })
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

const decoders: Record<string, (bytes: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
}

describe('JSON answers to GET', () => {
  test('the questionnaire (large) comes as brotli or gzip as accepted, plain when not asked', async () => {
    const { token } = await seedSurvey(harness.app)
    const plain = await raw(`/api/survey/${token}`)
    expect(plain.response.headers.get('content-encoding')).toBeNull()
    expect(plain.response.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(plain.bytes.length).toBeGreaterThan(1024)
    const questionnaire = JSON.parse(plain.bytes.toString('utf8'))

    const cases = [
      { accept: 'gzip, deflate, br, zstd', expected: 'br' }, // Chromium's header
      { accept: 'gzip', expected: 'gzip' },
      { accept: 'br;q=0, gzip;q=0.5', expected: 'gzip' },
      { accept: 'gzip;q=0.4, br;q=0.8', expected: 'br' },
      { accept: '*', expected: 'br' },
      { accept: 'identity', expected: null },
      { accept: 'deflate, zstd', expected: null },
      { accept: 'gzip;q=0, br;q=0', expected: null },
    ]
    for (const { accept, expected } of cases) {
      const { response, bytes } = await raw(`/api/survey/${token}`, {
        headers: { 'accept-encoding': accept },
      })
      expect(response.status, accept).toBe(200)
      expect(response.headers.get('content-encoding'), accept).toBe(expected)
      expect(response.headers.get('vary'), accept).toMatch(/accept-encoding/i)
      expect(response.headers.get('referrer-policy'), accept).toBe('no-referrer')
      const decoded = expected ? decoders[expected]!(bytes) : bytes
      if (expected) expect(bytes.length, accept).toBeLessThan(decoded.length / 3)
      expect(JSON.parse(decoded.toString('utf8')), accept).toEqual(questionnaire)
    }
  })

  test('the matrix and the issue list are compressed; a small answer is not', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    const headers = { 'accept-encoding': 'br', cookie: admin.cookie }
    for (const path of [`/api/assessments/${id}/matrix`, `/api/assessments/${id}/issues`]) {
      const { response, bytes } = await raw(path, { headers })
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-encoding'), path).toBe('br')
      expect(response.headers.get('cache-control'), path).toBe('no-store')
      const plain = await raw(path, { headers: { cookie: admin.cookie } })
      expect(brotliDecompressSync(bytes).equals(plain.bytes), path).toBe(true)
    }
    const me = await raw('/api/auth/me', { headers })
    expect(me.response.status).toBe(200)
    expect(me.bytes.length).toBeLessThan(1024)
    expect(me.response.headers.get('content-encoding')).toBeNull()
    expect(JSON.parse(me.bytes.toString('utf8')).email).toBe(ADMIN.email)
  })

  test('errors stay plain JSON whatever is accepted', async () => {
    const { response, bytes } = await raw('/api/survey/AAAAAAAAAAAAAAAAAAAAAA', {
      headers: { 'accept-encoding': 'br, gzip' },
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(JSON.parse(bytes.toString('utf8')).error.code).toBe('link_not_found')
  })
})

describe('the survey submit', () => {
  test('answers uncompressed even when brotli is accepted, and the response is stored', async () => {
    const { token } = await seedSurvey(harness.app)
    const { bytes } = await raw(`/api/survey/${token}`)
    const body = submission(JSON.parse(bytes.toString('utf8')))
    const headers = { 'accept-encoding': 'gzip, deflate, br', 'content-type': 'application/json' }

    const draft = await harness.app.request(`${ORIGIN}/api/survey/${token}/draft`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        answers: { ratings: {}, comments: {}, suggestedIssues: '' },
        locale: 'en',
      }),
    })
    expect(draft.status).toBe(200)
    expect(draft.headers.get('content-encoding')).toBeNull()

    const submit = await harness.app.request(`${ORIGIN}/api/survey/${token}/submit`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    })
    expect(submit.status).toBe(201)
    expect(submit.headers.get('content-encoding')).toBeNull()
    expect(submit.headers.get('vary')).toBeNull()
    expect((await submit.json()).responseId).toMatch(/^\d+$/)
    expect(await storedCounts(database)).toMatchObject({ responses: 1, ratings: 66 })
  })
})
