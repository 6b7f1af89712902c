import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
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

const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(database.db, query))[0]!

describe('POST /api/assessments/:id/personal-data/erase', () => {
  test('erases comments, timings, address hashes and drafts; keeps answers and scores', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const { id } = (await admin.post('/api/assessments', { name: 'FY2025' })).json
    await admin.patch(`/api/assessments/${id}`, { status: 'open' })
    const body = { group: 'employees', kind: 'single-use', count: 4 }
    const tokens: string[] = (
      await admin.post(`/api/assessments/${id}/links`, body)
    ).json.links.map((link: { token: string }) => link.token)
    const { issues } = (await client(harness.app).get(`/api/survey/${tokens[0]}`)).json
    const ratings = issues.flatMap((issue: { id: string; axes: string[] }) =>
      issue.axes.map((axis, i) => ({ issueId: issue.id, axis, score: (i % 5) + 1 })),
    )
    for (const token of tokens.slice(0, 3)) {
      const submitted = await client(harness.app).post(`/api/survey/${token}/submit`, {
        submissionId: randomUUID(),
        locale: 'en',
        ratings,
        comments: [{ issueId: issues[0].id, body: 'My manager, Ms Chan, ignores safety.' }],
        suggestedIssues: 'Our canteen in Kwun Tong',
        startedAt: '2026-03-01T08:50:00.000Z',
      })
      expect(submitted.status).toBe(201)
    }
    const draft = { ratings: {}, comments: {}, suggestedIssues: 'Half-written' }
    await client(harness.app).put(`/api/survey/${tokens[3]}/draft`, {
      answers: draft,
      locale: 'en',
    })
    const before = (await admin.get(`/api/assessments/${id}/matrix`)).json

    const early = await admin.post(`/api/assessments/${id}/personal-data/erase`, {
      reason: 'Retention period of the FY2025 survey ended.',
    })
    expect([early.status, early.json.error.code]).toEqual([409, 'still_collecting'])
    await admin.patch(`/api/assessments/${id}`, { status: 'closed' })
    // Closing already deleted the unsent draft: nobody can answer any more.
    expect(await one(sql`SELECT count(*)::int AS n FROM drafts`)).toEqual({ n: 0 })
    const [org] = await queryRows<{ id: number }>(
      database.db,
      sql`SELECT id::int FROM organisations`,
    )
    await seedUser(database, {
      email: 'analyst@example.com',
      role: 'analyst',
      organisationId: org!.id,
    })
    const analyst = await signIn(harness.app, 'analyst@example.com')
    const refused = await analyst.post(`/api/assessments/${id}/personal-data/erase`, {
      reason: 'Retention period of the FY2025 survey ended.',
    })
    expect(refused.status).toBe(403)
    expect(
      (await admin.post(`/api/assessments/${id}/personal-data/erase`, { reason: 'x' })).status,
    ).toBe(400)

    const erased = await admin.post(`/api/assessments/${id}/personal-data/erase`, {
      reason: 'Retention period of the FY2025 survey ended.',
    })
    expect(erased.status).toBe(200)
    expect(erased.json.erased).toEqual({
      comments: 3,
      responses: 3,
      drafts: 0,
      invitations: 0,
      messages: 0,
    })
    expect(await one(sql`SELECT count(*)::int AS n FROM response_comments`)).toEqual({ n: 0 })
    expect(await one(sql`SELECT count(*)::int AS n FROM drafts`)).toEqual({ n: 0 })
    expect(
      await one(sql`SELECT count(*)::int AS n FROM responses
        WHERE suggested_issues IS NULL AND started_at IS NULL AND address_hash IS NULL
          AND submitted_at = date_trunc('day', submitted_at, 'UTC')`),
    ).toEqual({ n: 3 })
    expect(await one(sql`SELECT count(*)::int AS n FROM ratings`)).toEqual({
      n: 3 * ratings.length,
    })
    const after = (await admin.get(`/api/assessments/${id}/matrix`)).json
    expect(after.issues).toEqual(before.issues)
    const audit = await one<{ reason: string; after: unknown }>(
      sql`SELECT reason, after FROM audit_log WHERE action = 'erase'`,
    )
    expect(audit).toEqual({
      reason: 'Retention period of the FY2025 survey ended.',
      after: { comments: 3, responses: 3, drafts: 0, invitations: 0, messages: 0 },
    })
  })
})
