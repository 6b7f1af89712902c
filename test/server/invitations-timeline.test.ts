import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { client, type testClock } from '../support/app.ts'
import { assessmentHarness, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { submission } from '../support/survey.ts'

// GET …/invitations/timeline: reminders sent and their effect over time (issue 16.7), counted
// from what is stored, with the rates' rule that a count never points at one or two people.

let database: TestDatabase
beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

const DAY = 24 * 3600_000
const person = (name: string, group: string) => ({
  name,
  email: `${name}@example.com`,
  group,
  language: 'en',
})

describe('GET /api/assessments/:id/invitations/timeline', () => {
  test('stretches between reminders, responses per stretch and day, per group under the ≥3 rule', async () => {
    const h = await assessmentHarness(database)
    const clock = h.clock as ReturnType<typeof testClock>
    const url = `/api/assessments/${h.id}`
    const customers = ['c1', 'c2', 'c3', 'c4', 'c5']
    await h.admin.post(`/api/organisations/${h.organisationId}/contacts`, [
      ...customers.map((name) => person(name, 'customers')),
      person('e1', 'employees'),
      person('e2', 'employees'),
    ])
    await h.admin.post(`${url}/invitations`, { groups: ['customers', 'employees'] })
    await h.setStatus('open')
    const tokens = Object.fromEntries(
      (
        await rows<{ name: string; token: string }>(
          database,
          sql`SELECT c.name, i.token FROM invitations i JOIN contacts c ON c.id = i.contact_id`,
        )
      ).map((row) => [row.name, row.token]),
    )
    const answer = async (name: string) => {
      const respondent = client(h.app)
      const questionnaire = (await respondent.get(`/api/survey/${tokens[name]}`)).json
      const sent = await respondent.post(
        `/api/survey/${tokens[name]}/submit`,
        submission(questionnaire),
      )
      expect(sent.status).toBe(201)
    }
    clock.advance(DAY)
    for (const name of ['c1', 'c2', 'c3']) await answer(name)
    clock.advance(3 * DAY)
    expect((await h.admin.post(`${url}/reminders`)).json).toEqual({ queued: 4 })
    clock.advance(DAY)
    await answer('c4')
    await answer('e1')
    clock.advance(DAY)

    const timeline = await h.admin.get(`${url}/invitations/timeline`)
    expect(timeline.status).toBe(200)
    expect(timeline.json.minimumResponses).toBe(3)
    expect(timeline.json.periods).toEqual([
      { from: '2026-03-01', to: '2026-03-04', days: 4, reminders: 0 },
      { from: '2026-03-05', to: '2026-03-07', days: 3, reminders: 4 },
    ])
    // Five answered: 3 before the reminder, 2 after — the 2 is shown only as "fewer than 3".
    expect(timeline.json.total).toEqual({ shown: true, responded: [3, null] })
    expect(timeline.json.groups).toEqual([
      { group: 'customers', shown: true, responded: [3, null] },
      { group: 'employees', shown: false, responded: [null, null] },
    ])
    expect(timeline.json.days).toEqual([
      { day: '2026-03-01', reminders: 0, responded: 0 },
      { day: '2026-03-02', reminders: 0, responded: 3 },
      { day: '2026-03-03', reminders: 0, responded: 0 },
      { day: '2026-03-04', reminders: 0, responded: 0 },
      { day: '2026-03-05', reminders: 4, responded: 0 },
      { day: '2026-03-06', reminders: 0, responded: null },
      { day: '2026-03-07', reminders: 0, responded: 0 },
    ])

    // Only those who manage contacts see it.
    expect((await (await h.as('viewer')).get(`${url}/invitations/timeline`)).status).toBe(403)
  })
})
