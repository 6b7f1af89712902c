import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { DRAFT_TTL_DAYS, DRAFTS_PER_LINK } from '#server/services/survey-drafts'
import { client, createTestApp, seedAdmin } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { seedSurvey } from '../support/survey.ts'

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

const answers = { ratings: { '1:impact': 4 }, comments: {}, suggestedIssues: '' }
/** A respondent at one client address (the proxy's X-Forwarded-For). */
const from = (address: string) => {
  const c = client(harness.app)
  const headers = { 'x-forwarded-for': address }
  return {
    save: (token: string, extra: Record<string, unknown> = {}) =>
      c.request('PUT', `/api/survey/${token}/draft`, { answers, locale: 'en', ...extra }, headers),
    load: (token: string, code: string) =>
      c.get(`/api/survey/${token}/draft?resume=${code}`, headers),
    questionnaire: (token: string) => c.get(`/api/survey/${token}`, headers),
  }
}
const draftCount = async () => {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM drafts`,
  )
  return row!.n
}

describe('draft quotas', () => {
  test('a flood of drafts from one address is refused with 429 once it holds 50', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const flooder = from('203.0.113.7')
    // All at once: on PostgreSQL these race, and the quota still holds exactly.
    const saves = await Promise.all(Array.from({ length: 60 }, () => flooder.save(token)))
    const statuses = saves.map((s) => s.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(50)
    expect(statuses.filter((s) => s === 429)).toHaveLength(10)
    const refused = saves.find((s) => s.status === 429)!
    expect(refused.json.error.code).toBe('too_many_drafts')
    expect(refused.headers.get('retry-after')).toBeTruthy()
    expect(await draftCount()).toBe(50)
    const [hashes] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(DISTINCT address_hash)::int AS n FROM drafts`,
    )
    expect(hashes!.n).toBe(1)
    // Saving an existing draft still works, and someone at another address starts theirs.
    const code = saves.find((s) => s.status === 200)!.json.resumeCode
    expect((await flooder.save(token, { resumeCode: code })).status).toBe(200)
    expect((await from('198.51.100.2').save(token)).status).toBe(200)
    expect(await draftCount()).toBe(51)
  })

  test(`an open link holds at most ${DRAFTS_PER_LINK} live drafts from all addresses`, async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    await database.db.execute(sql`
      INSERT INTO drafts (link_id, resume_key, answers, locale, updated_at)
      SELECT (SELECT id FROM survey_links), sha256(i::text::bytea), '{}'::jsonb, 'en',
             '2026-03-01T08:00:00Z'
      FROM generate_series(1, ${DRAFTS_PER_LINK - 1}) i`)
    expect((await from('198.51.100.2').save(token)).status).toBe(200)
    const over = await from('198.51.100.3').save(token)
    expect([over.status, over.json.error.code]).toEqual([429, 'too_many_drafts'])
    expect(await draftCount()).toBe(DRAFTS_PER_LINK)
  })
})

describe('draft expiry and closing', () => {
  test(`drafts expire ${DRAFT_TTL_DAYS} days after the last save, and are deleted`, async () => {
    const open = await seedSurvey(harness.app, { kind: 'open' })
    const single = await seedSurvey(harness.app)
    const respondent = from('198.51.100.2')
    const { resumeCode } = (await respondent.save(open.token)).json
    await respondent.save(single.token)
    harness.clock.advance((DRAFT_TTL_DAYS - 1) * 86_400_000)
    // A save keeps a draft alive for another 30 days.
    expect((await respondent.save(open.token, { resumeCode })).status).toBe(200)
    harness.clock.advance(2 * 86_400_000)
    expect((await respondent.questionnaire(single.token)).json.draft).toBeNull()
    expect((await respondent.load(open.token, resumeCode)).status).toBe(200)
    harness.clock.advance(DRAFT_TTL_DAYS * 86_400_000)
    const expired = await respondent.load(open.token, resumeCode)
    expect([expired.status, expired.json.error.code]).toEqual([404, 'draft_not_found'])
    const stale = await respondent.save(open.token, { resumeCode })
    expect(stale.status).toBe(404)
    // Any save sweeps expired drafts: only the new one is left.
    const fresh = await respondent.save(open.token)
    expect(fresh.json.resumeCode).not.toBe(resumeCode)
    expect(await draftCount()).toBe(1)
  })

  test('closing an assessment deletes its drafts, and only its', async () => {
    const closing = await seedSurvey(harness.app, { kind: 'open' })
    const single = await seedSurvey(harness.app)
    const respondent = from('198.51.100.2')
    await respondent.save(closing.token)
    await respondent.save(closing.token)
    await respondent.save(single.token)
    expect(await draftCount()).toBe(3)
    const closed = await closing.admin.patch(`/api/assessments/${closing.assessmentId}`, {
      status: 'closed',
    })
    expect(closed.status).toBe(200)
    const left = await queryRows<{ assessment: string }>(
      database.db,
      sql`SELECT l.assessment_id::text AS assessment FROM drafts d JOIN survey_links l ON l.id = d.link_id`,
    )
    expect(left).toEqual([{ assessment: single.assessmentId }])
  })
})
