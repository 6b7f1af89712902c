import { getTableName, isTable, sql, type Table } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as schema from '#db/schema'
import { ADMIN, client, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// Hostile input at every endpoint: arbitrary JSON bodies, arbitrary raw strings, arbitrary path
// segments. The server must never answer 5xx, must always answer errors in the JSON shape, and a
// rejected request must leave the database as it was.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let admin: ReturnType<typeof client>
let assessmentId: string

const RUNS = Number(process.env.FUZZ_RUNS ?? 60)

// Failed sign-ins are counted on purpose (rate limiting), so that table may change.
const WATCHED = Object.values(schema as Record<string, unknown>)
  .filter((value): value is Table => isTable(value))
  .map((table) => getTableName(table))
  .filter((name) => name !== 'rate_limits')

async function fingerprint(): Promise<string> {
  const counts = WATCHED.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')
  const result: unknown = await database.db.execute(sql.raw(`SELECT ${counts}`))
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows
  return JSON.stringify(rows[0])
}

beforeAll(async () => {
  database = await createTestDb()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  admin = await signIn(harness.app, ADMIN.email)
  assessmentId = (await admin.post('/api/assessments', { name: 'Fuzz target' })).json.id
})
afterAll(() => database.close())

type Caller = ReturnType<typeof client>
interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: (segment: string) => string
  signedIn: boolean
}

const segment = (s: string) => encodeURIComponent(s)
const ENDPOINTS: Endpoint[] = [
  { method: 'POST', path: () => '/api/auth/login', signedIn: false },
  { method: 'POST', path: () => '/api/auth/setup', signedIn: false },
  { method: 'POST', path: () => '/api/auth/password', signedIn: true },
  { method: 'POST', path: () => '/api/assessments', signedIn: true },
  { method: 'GET', path: (s) => `/api/assessments/${segment(s)}`, signedIn: true },
  { method: 'PATCH', path: () => `/api/assessments/${assessmentId}`, signedIn: true },
  { method: 'PATCH', path: (s) => `/api/assessments/${segment(s)}`, signedIn: true },
  { method: 'GET', path: (s) => `/api/assessments/${segment(s)}/issues`, signedIn: true },
  { method: 'POST', path: () => `/api/assessments/${assessmentId}/links`, signedIn: true },
  { method: 'GET', path: (s) => `/api/${segment(s)}`, signedIn: false },
  { method: 'GET', path: (s) => `/api/survey/${segment(s)}`, signedIn: false },
  { method: 'PUT', path: (s) => `/api/survey/${segment(s)}/draft`, signedIn: false },
  { method: 'POST', path: (s) => `/api/survey/${segment(s)}/submit`, signedIn: false },
  { method: 'GET', path: (s) => `/api/assessments/${segment(s)}/audit`, signedIn: true },
  {
    method: 'GET',
    path: (s) => `/api/assessments/${assessmentId}/audit?from=${segment(s)}&cursor=${segment(s)}`,
    signedIn: true,
  },
  {
    method: 'GET',
    path: (s) => `/api/assessments/${assessmentId}/audit.csv?to=${segment(s)}&actor=${segment(s)}`,
    signedIn: true,
  },
  { method: 'GET', path: (s) => `/api/organisations/${segment(s)}/members`, signedIn: true },
  { method: 'POST', path: (s) => `/api/organisations/${segment(s)}/members`, signedIn: true },
  { method: 'PATCH', path: (s) => `/api/organisations/${segment(s)}/members/1`, signedIn: true },
]

async function callWith(endpoint: Endpoint, caller: Caller, segmentValue: string, body: string) {
  const withBody = endpoint.method !== 'GET' && endpoint.method !== 'DELETE'
  return caller.request(endpoint.method, endpoint.path(segmentValue), withBody ? body : undefined)
}

function expectJsonError(response: Awaited<ReturnType<Caller['request']>>) {
  expect(response.status, response.text).toBeLessThan(500)
  if (response.status >= 400) {
    expect(response.json?.error, response.text).toEqual(
      expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
    )
  }
}

describe('fuzzing every endpoint', () => {
  test.each(ENDPOINTS.map((e) => ({ ...e, name: `${e.method} ${e.path(':x')}` })))(
    '$name survives arbitrary JSON and strings',
    async (endpoint) => {
      const caller = endpoint.signedIn ? admin : client(harness.app)
      const before = await fingerprint()
      await fc.assert(
        fc.asyncProperty(
          fc.string(),
          fc.oneof(
            fc.jsonValue().map((value) => JSON.stringify(value)),
            fc.string(),
          ),
          async (segmentValue, body) => {
            const response = await callWith(endpoint, caller, segmentValue, body)
            expectJsonError(response)
            if (response.status >= 400) expect(await fingerprint()).toBe(before)
          },
        ),
        { numRuns: RUNS },
      )
    },
  )

  test('schema-shaped bodies with hostile values are refused cleanly', async () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.constant(''),
      fc.constant('x'.repeat(5000)),
      fc.constant('\u0000'),
      fc.constant(-1),
      fc.constant(1e308),
    )
    const before = await fingerprint()
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          group: hostile,
          kind: hostile,
          count: hostile,
          expiresAt: hostile,
          maxResponses: hostile,
        }),
        async (body) => {
          const response = await admin.post(`/api/assessments/${assessmentId}/links`, body)
          expectJsonError(response)
          if (response.status >= 400) expect(await fingerprint()).toBe(before)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
