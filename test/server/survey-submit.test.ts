import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { client, createTestApp, seedAdmin } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { fullRatings, seedSurvey, storedCounts, submission } from '../support/survey.ts'

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

const respondent = () => client(harness.app)
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query)

async function questionnaireFor(token: string) {
  return (await respondent().get(`/api/survey/${token}`)).json
}

describe('POST /api/survey/:token/submit', () => {
  test('stores the whole response with flags and no address in clear; a replay gets 200', async () => {
    const { token } = await seedSurvey(harness.app)
    const q = await questionnaireFor(token)
    const c = respondent()
    await c.put(`/api/survey/${token}/draft`, {
      answers: { ratings: {}, comments: {}, suggestedIssues: '' },
      locale: 'en',
    })
    const body = submission(q, {
      locale: 'zh-Hant',
      ratings: fullRatings(q, () => 4),
      comments: [
        { issueId: q.issues[0].id, body: 'Permits matter.' },
        { issueId: q.issues[1].id, body: '   ' },
      ],
      suggestedIssues: 'Noise from night deliveries',
    })
    const headers = { 'x-forwarded-for': '203.0.113.7' }
    const first = await c.post(`/api/survey/${token}/submit`, body, headers)
    expect(first.status).toBe(201)
    expect(first.json.responseId).toMatch(/^\d+$/)
    const replay = await c.post(`/api/survey/${token}/submit`, body, headers)
    expect([replay.status, replay.json]).toEqual([200, first.json])

    expect(await storedCounts(database)).toEqual({ responses: 1, ratings: 66, comments: 1 })
    const [stored] = await rows<Record<string, unknown>>(
      sql`SELECT locale, single_use, browser_id, flags, suggested_issues, started_at, submitted_at,
                 encode(address_hash, 'escape') AS address FROM responses`,
    )
    expect(stored).toMatchObject({
      locale: 'zh-Hant',
      single_use: true,
      browser_id: null,
      flags: ['straight-lining'],
      suggested_issues: 'Noise from night deliveries',
    })
    expect(String(stored!.address)).not.toContain('203.0.113.7')
    const [draft] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM drafts`)
    expect(draft!.n).toBe(0)
    const [scores] = await rows<{ n: number; total: number }>(
      sql`SELECT count(*)::int AS n, sum(score)::int AS total FROM ratings`,
    )
    expect(scores).toEqual({ n: 66, total: 264 })
  })

  test('flags speeding from the start time, clamped to now', async () => {
    const { token } = await seedSurvey(harness.app)
    const q = await questionnaireFor(token)
    const future = new Date(harness.clock.now().getTime() + 3600_000).toISOString()
    const response = await respondent().post(
      `/api/survey/${token}/submit`,
      submission(q, { startedAt: future }),
    )
    expect(response.status).toBe(201)
    const [row] = await rows<{ flags: string[]; started: string }>(
      sql`SELECT flags, started_at = submitted_at AS started FROM responses`,
    )
    expect(row).toEqual({ flags: ['speeding'], started: true })
  })

  test('a used single-use link answers 409 link_used, on GET too', async () => {
    const { token } = await seedSurvey(harness.app)
    const q = await questionnaireFor(token)
    expect((await respondent().post(`/api/survey/${token}/submit`, submission(q))).status).toBe(201)
    const again = await respondent().post(`/api/survey/${token}/submit`, submission(q))
    expect([again.status, again.json.error.code]).toEqual([409, 'link_used'])
    const get = await respondent().get(`/api/survey/${token}`)
    expect([get.status, get.json.error.code]).toEqual([409, 'link_used'])
    expect((await storedCounts(database)).responses).toBe(1)
  })

  test('concurrent submits of one single-use link: exactly one 201, the rest 409', async () => {
    const { token } = await seedSurvey(harness.app)
    const q = await questionnaireFor(token)
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        respondent().post(`/api/survey/${token}/submit`, submission(q)),
      ),
    )
    const statuses = results.map((r) => r.status).sort()
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409])
    expect(await storedCounts(database)).toEqual({ responses: 1, ratings: 66, comments: 0 })
  })

  test('concurrent retries of one submission: one 201, the rest 200 with the same id', async () => {
    const { token } = await seedSurvey(harness.app)
    const body = submission(await questionnaireFor(token))
    const results = await Promise.all(
      Array.from({ length: 6 }, () => respondent().post(`/api/survey/${token}/submit`, body)),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201])
    expect(new Set(results.map((r) => r.json.responseId)).size).toBe(1)
    expect((await storedCounts(database)).responses).toBe(1)
  })

  test('an open link takes one response per browser and holds its cap under concurrency', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open', maxResponses: 3 })
    const q = await questionnaireFor(token)
    const browserId = randomUUID()
    const mine = submission(q, { browserId })
    expect((await respondent().post(`/api/survey/${token}/submit`, mine)).status).toBe(201)
    expect((await respondent().post(`/api/survey/${token}/submit`, mine)).status).toBe(200)
    const twice = await respondent().post(
      `/api/survey/${token}/submit`,
      submission(q, { browserId }),
    )
    expect([twice.status, twice.json.error.code]).toEqual([409, 'link_used'])
    const answered = await respondent().get(`/api/survey/${token}?browser=${browserId}`)
    expect(answered.status).toBe(409)

    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        respondent().post(
          `/api/survey/${token}/submit`,
          submission(q, { browserId: randomUUID() }),
        ),
      ),
    )
    const statuses = results.map((r) => r.status).sort()
    expect(statuses).toEqual([201, 201, 409, 409, 409, 409])
    expect(
      results.filter((r) => r.status === 409).every((r) => r.json.error.code === 'link_full'),
    ).toBe(true)
    expect((await storedCounts(database)).responses).toBe(3)
    const [link] = await rows<{ n: number }>(sql`SELECT response_count AS n FROM survey_links`)
    expect(link!.n).toBe(3)
    expect((await respondent().post(`/api/survey/${token}/submit`, mine)).status).toBe(200)
    const [after] = await rows<{ n: number }>(sql`SELECT response_count AS n FROM survey_links`)
    expect(after!.n).toBe(3)
    const full = await respondent().get(`/api/survey/${token}`)
    expect([full.status, full.json.error.code]).toEqual([409, 'link_full'])
  })

  test('a replay is still 200 after the assessment closes; a new submit is 410', async () => {
    const { token, admin, assessmentId } = await seedSurvey(harness.app, { kind: 'open' })
    const q = await questionnaireFor(token)
    const body = submission(q)
    const first = await respondent().post(`/api/survey/${token}/submit`, body)
    await admin.patch(`/api/assessments/${assessmentId}`, { status: 'closed' })
    const replay = await respondent().post(`/api/survey/${token}/submit`, body)
    expect([replay.status, replay.json.responseId]).toEqual([200, first.json.responseId])
    const late = await respondent().post(`/api/survey/${token}/submit`, submission(q))
    expect([late.status, late.json.error.code]).toEqual([410, 'assessment_closed'])
    expect((await storedCounts(database)).responses).toBe(1)
  })

  test('limits submits per address per minute with 429 and Retry-After', async () => {
    harness = createTestApp(database, {
      clock: harness.clock,
      config: { trustProxy: true, submitsPerAddressPerMinute: 2 },
    })
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const q = await questionnaireFor(token)
    const post = (address: string) =>
      respondent().post(`/api/survey/${token}/submit`, submission(q), {
        'x-forwarded-for': address,
      })
    expect((await post('198.51.100.1')).status).toBe(201)
    expect((await post('198.51.100.1')).status).toBe(201)
    const limited = await post('198.51.100.1')
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '60'])
    expect((await post('198.51.100.2')).status).toBe(201)
    harness.clock.advance(61_000)
    expect((await post('198.51.100.1')).status).toBe(201)
    expect((await storedCounts(database)).responses).toBe(4)
  })
})

describe('repeat flag', () => {
  test('flags responses from one address through one open link within 24 hours', async () => {
    const { token, admin, assessmentId } = await seedSurvey(harness.app, { kind: 'open' })
    const single = await seedSurvey(harness.app, { count: 2 })
    const q = await questionnaireFor(token)
    const singleQ = await questionnaireFor(single.token)
    const post = (link: string, address: string) =>
      respondent().post(
        `/api/survey/${link}/submit`,
        // A fresh browser id and a forged start time each time, as a script would send.
        submission(link === token ? q : singleQ, {
          browserId: randomUUID(),
          startedAt: '2026-03-01T08:00:00.000Z',
        }),
        { 'x-forwarded-for': address },
      )
    for (let i = 0; i < 5; i++) expect((await post(token, '203.0.113.7')).status).toBe(201)
    expect((await post(token, '198.51.100.2')).status).toBe(201)
    for (const link of single.tokens) expect((await post(link, '203.0.113.7')).status).toBe(201)
    harness.clock.advance(24 * 3600_000 + 1000)
    expect((await post(token, '203.0.113.7')).status).toBe(201)
    const stored = await rows<{ flags: string[] }>(sql`SELECT flags FROM responses ORDER BY id`)
    expect(stored.map((r) => r.flags)).toEqual([
      [],
      ['repeat'],
      ['repeat'],
      ['repeat'],
      ['repeat'],
      [],
      [],
      [],
      [],
    ])
    // Like the other flags: counted as flagged, and left out once the team says so, audited.
    const matrix = (await admin.get(`/api/assessments/${assessmentId}/matrix`)).json
    expect(matrix.responses).toMatchObject({ total: 7, flagged: 4 })
    const excluded = await admin.patch(`/api/assessments/${assessmentId}`, {
      settings: { excludeFlagged: true },
      reason: 'Four repeats from one address in a row.',
    })
    expect(excluded.status).toBe(200)
    const [audit] = await rows<{ reason: string }>(
      sql`SELECT reason FROM audit_log WHERE entity = 'assessment' AND action <> 'create'
          ORDER BY id DESC LIMIT 1`,
    )
    expect(audit!.reason).toBe('Four repeats from one address in a row.')
  })
})

describe('submit validation', () => {
  test.each([
    [
      'a score above the scale',
      (r: Rating[]) => r.with(3, { ...r[3]!, score: 6 }),
      'ratings.3.score',
    ],
    ['a fractional score', (r: Rating[]) => r.with(2, { ...r[2]!, score: 2.5 }), 'ratings.2.score'],
    ['a zero score', (r: Rating[]) => r.with(0, { ...r[0]!, score: 0 }), 'ratings.0.score'],
    [
      'an unknown issue',
      (r: Rating[]) => r.with(5, { ...r[5]!, issueId: '999999' }),
      'ratings.5.issueId',
    ],
    [
      'an unknown axis',
      (r: Rating[]) => r.with(1, { ...r[1]!, axis: 'finance' }),
      'ratings.1.axis',
    ],
    ['a duplicate pair', (r: Rating[]) => r.with(1, { ...r[0]! }), 'ratings.1'],
    ['a missing item', (r: Rating[]) => r.slice(1), 'ratings'],
  ])('rejects %s with fields and stores nothing', async (_name, change, field) => {
    const { token } = await seedSurvey(harness.app)
    const q = await questionnaireFor(token)
    const body = submission(q)
    const response = await respondent().post(`/api/survey/${token}/submit`, {
      ...body,
      ratings: change(body.ratings),
    })
    expect(response.status).toBe(400)
    expect(Object.keys(response.json.error.fields)).toContain(field)
    expect(await storedCounts(database)).toEqual({ responses: 0, ratings: 0, comments: 0 })
  })

  test('rejects an axis the group does not rate, comments on unknown issues, oversize text', async () => {
    const { token } = await seedSurvey(harness.app, { group: 'investors' })
    await database.db.execute(
      sql`UPDATE stakeholder_groups SET axes = '{stakeholder}' WHERE key = 'investors'`,
    )
    const q = await questionnaireFor(token)
    expect(q.axes.map((a: { key: string }) => a.key)).toEqual(['stakeholder'])
    const c = respondent()
    const url = `/api/survey/${token}/submit`
    const both = fullRatings({
      issues: q.issues.map((i: object) => ({ ...i, axes: ['impact', 'stakeholder'] })),
    })
    const axis = await c.post(url, submission(q, { ratings: both }))
    expect(axis.status).toBe(400)
    expect(axis.json.error.fields['ratings.0.axis']).toBeDefined()

    const unknownComment = await c.post(
      url,
      submission(q, { comments: [{ issueId: '999999', body: 'Hi' }] }),
    )
    expect(unknownComment.json.error.fields['comments.0.issueId']).toBeDefined()
    const long = await c.post(
      url,
      submission(q, { comments: [{ issueId: q.issues[0].id, body: 'x'.repeat(2001) }] }),
    )
    expect(long.json.error.fields['comments.0.body']).toBeDefined()
    const suggested = await c.post(url, submission(q, { suggestedIssues: 'y'.repeat(2001) }))
    expect(suggested.json.error.fields.suggestedIssues).toBeDefined()
    const locale = await c.post(url, submission(q, { locale: 'fr' }))
    expect(locale.json.error.fields.locale).toBeDefined()
    const id = await c.post(url, submission(q, { submissionId: 'not-a-uuid' }))
    expect(id.json.error.fields.submissionId).toBeDefined()
    expect(await storedCounts(database)).toEqual({ responses: 0, ratings: 0, comments: 0 })
    expect((await c.post(url, submission(q))).status).toBe(201)
  })
})

type Rating = { issueId: string; axis: string; score: number | null }

describe('hostile input on a real link', () => {
  test('odd characters and extreme values are refused with 4xx and store nothing', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const q = await questionnaireFor(token)
    const c = respondent()
    const cases = [
      submission(q, { suggestedIssues: 'nul \u0000 byte' }),
      submission(q, { comments: [{ issueId: q.issues[0].id, body: 'nul \u0000' }] }),
      submission(q, { ratings: [{ issueId: '999999999999999', axis: 'impact', score: 1 }] }),
      submission(q, { ratings: [{ issueId: q.issues[0].id, axis: 'impact', score: 1e308 }] }),
      submission(q, { startedAt: '0001-01-01T00:00:00Z', browserId: 'x' }),
      submission(q, { ratings: 'all of them' }),
    ]
    for (const body of cases) {
      const response = await c.post(`/api/survey/${token}/submit`, body)
      expect(response.status, response.text).toBeGreaterThanOrEqual(400)
      expect(response.status, response.text).toBeLessThan(500)
      expect(response.json.error.code).toEqual(expect.any(String))
    }
    const draft = await c.put(`/api/survey/${token}/draft`, {
      answers: { ratings: {}, comments: { [q.issues[0].id]: '\u0000' }, suggestedIssues: '' },
      locale: 'en',
    })
    expect(draft.status).toBe(400)
    expect(await storedCounts(database)).toEqual({ responses: 0, ratings: 0, comments: 0 })
    const [drafts] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM drafts`)
    expect(drafts!.n).toBe(0)
  })
})
