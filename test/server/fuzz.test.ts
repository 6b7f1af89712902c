import { getTableName, isTable, sql, type Table } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as schema from '#db/schema'
import { ADMIN, client, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { numberSetting } from '../support/env.ts'

// Hostile input at every endpoint: arbitrary JSON bodies, arbitrary raw strings, arbitrary path
// segments and query strings, public and signed in. The server must never answer 5xx, must
// always answer errors in the JSON shape, and a refused request must leave the database as it
// was. (Valid-looking input may succeed and change things: that is not checked here.)

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let admin: ReturnType<typeof client>
// Placeholders name the tests; beforeAll puts real ids in.
const ids = {
  draft: ':draft',
  open: ':open',
  issue: ':issue',
  group: ':group',
  link: ':link',
  closed: ':closed',
  organisation: ':organisation',
  token: ':token',
}

const RUNS = numberSetting('FUZZ_RUNS', 40)

// Failed sign-ins and token guesses are counted on purpose (rate limiting); the running score
// sums fold on reads. Those tables may change on a refused request.
const UNWATCHED = new Set([
  'rate_limits',
  'score_sums',
  'score_watermarks',
  'score_response_counts',
])
const WATCHED = Object.values(schema as Record<string, unknown>)
  .filter((value): value is Table => isTable(value))
  .map((table) => getTableName(table))
  .filter((name) => !UNWATCHED.has(name))

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
  ids.organisation = (await admin.get('/api/auth/me')).json.organisations[0].id
  ids.draft = (await admin.post('/api/assessments', { name: 'Fuzz draft' })).json.id
  ids.open = (await admin.post('/api/assessments', { name: 'Fuzz open' })).json.id
  await admin.patch(`/api/assessments/${ids.open}`, { status: 'open' })
  ids.closed = (await admin.post('/api/assessments', { name: 'Fuzz closed' })).json.id
  await admin.patch(`/api/assessments/${ids.closed}`, { status: 'open' })
  await admin.patch(`/api/assessments/${ids.closed}`, { status: 'closed' })
  ids.issue = (await admin.get(`/api/assessments/${ids.draft}/issues`)).json.issues[0].id
  ids.group = (await admin.get(`/api/assessments/${ids.draft}/groups`)).json.groups[0].id
  const link = (
    await admin.post(`/api/assessments/${ids.open}/links`, { group: 'customers', kind: 'open' })
  ).json.links[0]
  ids.link = link.id
  ids.token = link.token
})
afterAll(() => database.close())

type Caller = ReturnType<typeof client>
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
interface Endpoint {
  method: Method
  /** The path, given a fuzzed path segment and a fuzzed query string. */
  path: (segment: string, query: string) => string
  signedIn: boolean
}

const seg = (s: string) => encodeURIComponent(s)
const A = () => `/api/assessments/${ids.draft}`
const endpoint = (method: Method, path: Endpoint['path'], signedIn = true): Endpoint => ({
  method,
  path,
  signedIn,
})

const ENDPOINTS: Endpoint[] = [
  endpoint('POST', () => '/api/auth/login', false),
  endpoint('POST', () => '/api/auth/setup', false),
  endpoint('GET', (s, q) => `/api/${seg(s)}?${q}`, false),
  endpoint('GET', (s, q) => `/api/survey/${seg(s)}?${q}`, false),
  endpoint('GET', (_, q) => `/api/survey/${ids.token}?${q}`, false),
  endpoint('GET', (_, q) => `/api/survey/${ids.token}/draft?${q}`, false),
  endpoint('PUT', (s) => `/api/survey/${seg(s)}/draft`, false),
  endpoint('PUT', () => `/api/survey/${ids.token}/draft`, false),
  endpoint('POST', (s) => `/api/survey/${seg(s)}/submit`, false),
  endpoint('POST', () => `/api/survey/${ids.token}/submit`, false),
  endpoint('POST', () => '/api/auth/password'),
  endpoint('GET', (_, q) => `/api/assessments?${q}`),
  endpoint('POST', () => '/api/assessments'),
  endpoint('GET', (s) => `/api/assessments/${seg(s)}`),
  endpoint('PATCH', (s) => `/api/assessments/${seg(s)}`),
  endpoint('PATCH', () => A()),
  endpoint('GET', (s) => `/api/assessments/${seg(s)}/issues`),
  endpoint('POST', () => `${A()}/issues`),
  endpoint('PATCH', (s) => `${A()}/issues/${seg(s)}`),
  endpoint('PATCH', () => `${A()}/issues/${ids.issue}`),
  endpoint('DELETE', (s) => `${A()}/issues/${seg(s)}`),
  endpoint('GET', (s) => `/api/assessments/${seg(s)}/groups`),
  endpoint('POST', () => `${A()}/groups`),
  endpoint('PATCH', (s) => `${A()}/groups/${seg(s)}`),
  endpoint('PATCH', () => `${A()}/groups/${ids.group}`),
  endpoint('GET', (_, q) => `/api/assessments/${ids.open}/links?${q}`),
  endpoint('POST', () => `/api/assessments/${ids.open}/links`),
  endpoint('PATCH', (s) => `/api/assessments/${ids.open}/links/${seg(s)}`),
  endpoint('PATCH', () => `/api/assessments/${ids.open}/links/${ids.link}`),
  endpoint('POST', (s) => `/api/assessments/${ids.open}/links/${seg(s)}/reissue`),
  endpoint('GET', (s) => `/api/assessments/${seg(s)}/responses`),
  endpoint('GET', (_, q) => `/api/assessments/${ids.open}/matrix?${q}`),
  endpoint('GET', (_, q) => `/api/assessments/${ids.open}/export.csv?${q}`),
  endpoint('GET', (_, q) => `/api/assessments/${ids.open}/export.xlsx?${q}`),
  endpoint('GET', (s, q) => `/api/assessments/${seg(s)}/comparison?${q}`),
  endpoint('GET', (_, q) => `/api/assessments/${ids.open}/comparison?${q}`),
  endpoint('GET', (_, q) => `${A()}/audit?${q}`),
  endpoint('GET', (_, q) => `${A()}/audit.csv?${q}`),
  endpoint('GET', (s) => `/api/assessments/${seg(s)}/confirmation`),
  endpoint('POST', () => `/api/assessments/${ids.closed}/confirmation`),
  endpoint('GET', (s) => `/api/assessments/${ids.closed}/confirmations/${seg(s)}`),
  endpoint('POST', () => `/api/assessments/${ids.closed}/approval`),
  endpoint('GET', (_, q) => `/api/assessments/${ids.closed}/disclosure?${q}`),
  endpoint('GET', (s) => `/api/assessments/${seg(s)}/evidence-pack`),
  endpoint('GET', (_, q) => `/api/assessments/${ids.closed}/evidence-pack?${q}`),
  endpoint('GET', (s) => `/api/organisations/${seg(s)}/members`),
  endpoint('POST', () => `/api/organisations/${ids.organisation}/members`),
  endpoint('PATCH', (s) => `/api/organisations/${ids.organisation}/members/${seg(s)}`),
]

/** Query strings: arbitrary text, or key=value pairs with the keys our routes read. */
const queries = fc.oneof(
  fc.string(),
  fc
    .dictionary(
      fc.oneof(
        fc.constantFrom('locale', 'group', 'threshold', 'p', 'n', 'rule', 'weights', 'impact'),
        fc.constantFrom('stakeholder', 'cursor', 'from', 'to', 'entity', 'resume', 'status'),
        fc.constantFrom('version', 'previous'),
        fc.string(),
      ),
      fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)),
    )
    .map((params) => new URLSearchParams(params).toString()),
)
const bodies = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
)

function expectJsonError(response: Awaited<ReturnType<Caller['request']>>) {
  expect(response.status, response.text).toBeLessThan(500)
  if (response.status >= 400) {
    expect(response.json?.error, response.text).toEqual(
      expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
    )
  }
}

describe('fuzzing every endpoint', () => {
  test.each(ENDPOINTS.map((e) => ({ ...e, name: `${e.method} ${e.path(':segment', ':query')}` })))(
    '$name survives arbitrary paths, queries and bodies',
    async (endpoint) => {
      const caller = endpoint.signedIn ? admin : client(harness.app)
      const withBody = endpoint.method !== 'GET' && endpoint.method !== 'DELETE'
      await fc.assert(
        fc.asyncProperty(fc.string(), queries, bodies, async (segment, query, body) => {
          const before = await fingerprint()
          const path = endpoint.path(segment, query)
          const response = await caller.request(endpoint.method, path, withBody ? body : undefined)
          expectJsonError(response)
          if (response.status >= 400) expect(await fingerprint()).toBe(before)
        }),
        { numRuns: RUNS },
      )
    },
  )

  test('submit bodies shaped like the real thing, with hostile values, store nothing', async () => {
    // The fuzzing above sends random survey tokens from this one test address, and each unknown
    // token counts against the address's guess limit (100 in 15 minutes, survey-link.ts): how
    // many count depends on the random draws, so the real link could be answered 429. The limit
    // has tests of its own; this one is about hostile bodies, so it starts with no guesses counted.
    await database.db.execute(sql`DELETE FROM rate_limits WHERE key LIKE 'survey-guess:%'`)
    const questionnaire = await client(harness.app).get(`/api/survey/${ids.token}`)
    expect(questionnaire.status, questionnaire.text).toBe(200)
    const { issues } = questionnaire.json
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
    const rating = fc.record({
      issueId: fc.oneof(fc.constantFrom(...issues.map((i: { id: string }) => i.id)), hostile),
      axis: fc.oneof(fc.constantFrom('impact', 'stakeholder'), hostile),
      score: fc.oneof(fc.integer({ min: 0, max: 8 }), hostile),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          submissionId: fc.oneof(fc.uuid(), hostile),
          locale: fc.oneof(fc.constantFrom('en', 'zh-Hant'), hostile),
          ratings: fc.array(rating, { maxLength: 70 }),
          comments: fc.array(fc.record({ issueId: hostile, body: hostile })),
        }),
        async (body) => {
          const before = await fingerprint()
          const response = await client(harness.app).post(`/api/survey/${ids.token}/submit`, body)
          expectJsonError(response)
          expect(response.status).toBe(400)
          expect(await fingerprint()).toBe(before)
        },
      ),
      { numRuns: RUNS },
    )
  })

  test('confirmation bodies shaped like the real thing, with hostile values, store nothing', async () => {
    const url = `/api/assessments/${ids.closed}`
    const { issues } = (await admin.get(`${url}/issues`)).json
    const issueId = fc.constantFrom(...issues.map((i: { id: string }) => i.id))
    const hostile = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.constant('x'.repeat(3000)),
    )
    const decision = fc.record(
      {
        issueId: fc.oneof(issueId, hostile),
        material: fc.oneof(fc.boolean(), hostile),
        rationale: fc.oneof(fc.string(), hostile),
      },
      { requiredKeys: ['issueId', 'material'] },
    )
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          decisions: fc.array(decision, { maxLength: 40 }),
          order: fc.array(fc.oneof(issueId, hostile), { maxLength: 10 }),
        }),
        async (body) => {
          const before = await fingerprint()
          const response = await admin.post(`${url}/confirmation`, body)
          expectJsonError(response)
          expect(response.status).toBe(400)
          expect(await fingerprint()).toBe(before)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
