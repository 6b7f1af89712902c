import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DRAFT_TTL_DAYS } from '#server/services/survey-drafts'
import { client } from '../support/app.ts'
import { addDraft, addResponse, assessmentHarness } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

describe('GET /api/assessments/:id/responses', () => {
  test('counts invited, started and completed per group, and open-link completions', async () => {
    const { admin, id } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/links`
    const empty = await admin.get(`/api/assessments/${id}/responses`)
    expect(empty.json.totals).toEqual({
      invited: 0,
      started: 0,
      completed: 0,
      completionRate: null,
    })
    const single = (await admin.post(url, { group: 'customers', kind: 'single-use', count: 4 }))
      .json.links
    const open = (await admin.post(url, { group: 'customers', kind: 'open' })).json.links[0]
    const employees = (await admin.post(url, { group: 'employees', kind: 'single-use', count: 2 }))
      .json.links
    await addDraft(database, single[0].id)
    await addDraft(database, single[1].id)
    await addResponse(database, single[1].id)
    await addResponse(database, single[2].id)
    await admin.patch(`${url}/${single[3].id}`, { revoked: true })
    await addResponse(database, open.id)
    await addResponse(database, open.id)
    await addDraft(database, open.id, 'browser-a')
    await addResponse(database, employees[0].id)

    const tracked = await admin.get(`/api/assessments/${id}/responses`)
    expect(tracked.status).toBe(200)
    const byKey = new Map(tracked.json.groups.map((g: { key: string }) => [g.key, g]))
    expect(byKey.get('customers')).toMatchObject({
      invited: 3,
      started: 2,
      completed: 4,
      completedSingleUse: 2,
      completionRate: 2 / 3,
      openLinks: 1,
      completedOpen: 2,
    })
    expect(byKey.get('employees')).toMatchObject({ invited: 2, completed: 1, completionRate: 0.5 })
    expect(byKey.get('government')).toMatchObject({
      invited: 0,
      completed: 0,
      completionRate: null,
    })
    expect(tracked.json.groups).toHaveLength(6)
    expect(tracked.json.totals).toEqual({
      invited: 5,
      started: 2,
      completed: 5,
      completionRate: 3 / 5,
    })
  })

  test('an expired draft no longer counts as started', async () => {
    const { admin, id, clock } = await assessmentHarness(database)
    const links = (
      await admin.post(`/api/assessments/${id}/links`, {
        group: 'suppliers',
        kind: 'single-use',
        count: 2,
      })
    ).json.links
    await addDraft(database, links[0].id)
    await addDraft(database, links[1].id)
    const savedDaysAgo = async (linkId: string, days: number) => {
      const at = new Date(clock.now().getTime() - days * 86_400_000).toISOString()
      await database.db.execute(
        sql`UPDATE drafts SET updated_at = ${at}::timestamptz WHERE link_id = ${linkId}::bigint`,
      )
    }
    await savedDaysAgo(links[0].id, DRAFT_TTL_DAYS - 1)
    await savedDaysAgo(links[1].id, DRAFT_TTL_DAYS + 1)

    const tracked = await admin.get(`/api/assessments/${id}/responses`)
    const suppliers = tracked.json.groups.find((g: { key: string }) => g.key === 'suppliers')
    expect(suppliers).toMatchObject({ invited: 2, started: 1, startedSingleUse: 1 })
    expect(tracked.json.totals.started).toBe(1)
  })

  test('a group answering through an open link has its count and its responses per day', async () => {
    const { admin, id } = await assessmentHarness(database)
    const open = (
      await admin.post(`/api/assessments/${id}/links`, { group: 'community', kind: 'open' })
    ).json.links[0]
    // 23:30 UTC on 1 December is 07:30 on 2 December in Hong Kong.
    for (const at of ['2026-12-01T23:30:00Z', '2026-12-02T10:00:00Z', '2026-12-02T11:00:00Z']) {
      await database.db.execute(sql`
        INSERT INTO responses (assessment_id, group_id, link_id, single_use, browser_id,
          submission_id, locale, submitted_at)
        SELECT assessment_id, group_id, id, false, gen_random_uuid(), gen_random_uuid(), 'en',
          ${at}::timestamptz
        FROM survey_links WHERE id = ${open.id}::bigint`)
    }
    const url = `/api/assessments/${id}/responses`
    const community = async (query: string) =>
      (await admin.get(`${url}${query}`)).json.groups.find(
        (g: { key: string }) => g.key === 'community',
      )
    expect(await community('')).toMatchObject({
      invited: 0,
      openLinks: 1,
      completed: 3,
      completedOpen: 3,
      perDay: [
        { day: '2026-12-01', count: 1 },
        { day: '2026-12-02', count: 2 },
      ],
    })
    expect((await community('?tz=Asia/Hong_Kong')).perDay).toEqual([
      { day: '2026-12-02', count: 3 },
    ])
    const bad = await admin.get(`${url}?tz=Mars/Olympus_Mons`)
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields)).toEqual(['tz'])
  })

  test('readers may look; others get 401 and 404', async () => {
    const { app, id, as, outsider } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/responses`
    expect((await (await as('viewer')).get(url)).status).toBe(200)
    expect((await client(app).get(url)).status).toBe(401)
    expect((await (await outsider()).get(url)).status).toBe(404)
    expect((await (await as('viewer')).get('/api/assessments/4040/responses')).status).toBe(404)
  })
})
