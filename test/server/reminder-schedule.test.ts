import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createDb } from '#db/client'
import type { AppDeps } from '#server/context'
import { sendDueReminders } from '#server/services/reminders'
import { ADMIN, client, signIn } from '../support/app.ts'
import { assessmentHarness, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { submission } from '../support/survey.ts'

let database: TestDatabase
let h: Awaited<ReturnType<typeof assessmentHarness>>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  h = await assessmentHarness(database)
  await h.admin.post(`/api/organisations/${h.organisationId}/contacts`, [
    { name: 'Ann Lee', email: 'ann@example.com', group: 'customers', language: 'zh-Hant' },
    { name: 'Ben Wong', email: 'ben@example.com', group: 'employees', language: 'en' },
    { name: 'Cat Chan', email: 'cat@example.com', group: 'customers', language: 'zh-Hans' },
  ])
})

const DAY = 86_400_000
const schedule = () => `/api/assessments/${h.id}/reminder-schedule`
const admin = () => signIn(h.app, ADMIN.email)
const reminders = () =>
  rows<{ recipient: string; locale: string; key: string }>(
    database,
    sql`SELECT recipient, locale::text, idempotency_key AS key FROM messages
      WHERE kind = 'reminder' ORDER BY id`,
  )
const counts = () =>
  rows<{ email: string; reminders: number; last: string | null }>(
    database,
    sql`SELECT c.email, i.reminders, i.last_reminded_on::text AS last
      FROM invitations i JOIN contacts c ON c.id = i.contact_id ORDER BY c.email`,
  )

/** Invites all three on 2026-03-01 (deadline 20 March), opens the survey, and Ann answers. */
async function inviteAndAnnAnswers() {
  await h.admin.post(`/api/assessments/${h.id}/invitations`, {
    groups: ['customers', 'employees'],
    deadline: '2026-03-20',
  })
  await h.setStatus('open')
  const [{ token }] = (await rows<{ token: string }>(
    database,
    sql`SELECT i.token FROM invitations i JOIN contacts c ON c.id = i.contact_id
      WHERE c.email = 'ann@example.com'`,
  )) as [{ token: string }]
  const respondent = client(h.app)
  const questionnaire = await respondent.get(`/api/survey/${token}`)
  const answered = await respondent.post(
    `/api/survey/${token}/submit`,
    submission(questionnaire.json),
  )
  expect(answered.status).toBe(201)
}

describe('GET and PUT …/reminder-schedule', () => {
  test('defaults to no scheduled days, 3 reminders, 3 days apart; stores and audits a change', async () => {
    expect((await h.admin.get(schedule())).json).toEqual({
      days: [],
      maxReminders: 3,
      minGapDays: 3,
    })
    const saved = await h.admin.put(schedule(), {
      days: [12, 7, 7],
      maxReminders: 2,
      minGapDays: 4,
    })
    expect(saved.status).toBe(200)
    expect(saved.json).toEqual({ days: [7, 12], maxReminders: 2, minGapDays: 4 })
    expect(
      await rows(
        database,
        sql`SELECT days, max_reminders AS max, min_gap_days AS gap FROM reminder_schedules`,
      ),
    ).toEqual([{ days: [7, 12], max: 2, gap: 4 }])
    expect((await h.admin.get(schedule())).json).toEqual(saved.json)
    const [entry] = await auditEntries(database, 'reminder_schedule')
    expect(entry).toMatchObject({
      action: 'update',
      before: { days: [], maxReminders: 3, minGapDays: 3 },
      after: { days: [7, 12], maxReminders: 2, minGapDays: 4 },
    })
  })

  test('refuses days under 1, fractions and a gap of 0, by field; viewers may not change it', async () => {
    const bad = await h.admin.put(schedule(), { days: [0, 2.5], maxReminders: -1, minGapDays: 0 })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual([
      'days.0',
      'days.1',
      'maxReminders',
      'minGapDays',
    ])
    const viewer = await h.as('viewer')
    expect(
      (await viewer.put(schedule(), { days: [7], maxReminders: 3, minGapDays: 3 })).status,
    ).toBe(403)
    expect(await rows(database, sql`SELECT * FROM reminder_schedules`)).toEqual([])
  })

  test('"Remind now" keeps to the maximum and gap set here', async () => {
    await h.admin.put(schedule(), { days: [], maxReminders: 1, minGapDays: 5 })
    await inviteAndAnnAnswers()
    const remind = async () => (await admin()).post(`/api/assessments/${h.id}/reminders`)
    h.clock.advance(4 * DAY)
    expect((await remind()).json).toEqual({ queued: 0 })
    h.clock.advance(DAY)
    expect((await remind()).json).toEqual({ queued: 2 })
    h.clock.advance(10 * DAY)
    expect((await remind()).json).toEqual({ queued: 0 })
    expect(await reminders()).toHaveLength(2)
  })
})

describe('the scheduled reminder job', () => {
  test('on day 7 and day 12 it reminds only non-responders, once each, in their language', async () => {
    await h.admin.put(schedule(), { days: [7, 12], maxReminders: 3, minGapDays: 3 })
    await inviteAndAnnAnswers()
    const run = () => sendDueReminders(h.deps)
    h.clock.advance(6 * DAY) // 7 March: day 6
    expect(await run()).toEqual({ queued: 0 })
    h.clock.advance(DAY) // day 7
    expect(await run()).toEqual({ queued: 2 })
    expect(await run()).toEqual({ queued: 0 })
    expect(await reminders()).toEqual([
      { recipient: 'ben@example.com', locale: 'en', key: expect.stringMatching(/:1$/) },
      { recipient: 'cat@example.com', locale: 'zh-Hans', key: expect.stringMatching(/:1$/) },
    ])
    h.clock.advance(4 * DAY) // day 11
    expect(await run()).toEqual({ queued: 0 })
    h.clock.advance(DAY) // day 12
    expect(await run()).toEqual({ queued: 2 })
    h.clock.advance(5 * DAY) // day 17: no third scheduled day
    expect(await run()).toEqual({ queued: 0 })
    expect(await counts()).toEqual([
      { email: 'ann@example.com', reminders: 0, last: null },
      { email: 'ben@example.com', reminders: 2, last: '2026-03-13' },
      { email: 'cat@example.com', reminders: 2, last: '2026-03-13' },
    ])
    const audit = await auditEntries(database, 'invitations')
    expect(audit.filter((e) => e.action === 'remind').map((e) => e.after)).toEqual([
      { queued: 2, scheduled: true },
      { queued: 2, scheduled: true },
    ])
  })

  test('a job that missed days sends one; none while closed or after the deadline', async () => {
    await h.admin.put(schedule(), { days: [2, 4, 6, 25], maxReminders: 5, minGapDays: 1 })
    await inviteAndAnnAnswers()
    h.clock.advance(9 * DAY)
    const patch = async (body: object) =>
      expect((await (await admin()).patch(`/api/assessments/${h.id}`, body)).status).toBe(200)
    await patch({ status: 'closed' })
    expect(await sendDueReminders(h.deps)).toEqual({ queued: 0 })
    await patch({ status: 'open', reason: 'A late group' })
    expect(await sendDueReminders(h.deps)).toEqual({ queued: 2 })
    expect(await sendDueReminders(h.deps)).toEqual({ queued: 0 })
    expect((await counts()).map((c) => c.reminders)).toEqual([0, 1, 1])
    h.clock.advance(16 * DAY) // day 25 is 26 March, after the deadline of 20 March
    expect(await sendDueReminders(h.deps)).toEqual({ queued: 0 })
    expect(await reminders()).toHaveLength(2)
  })

  test('two instances running the job at once queue each due reminder once', async () => {
    await h.admin.put(schedule(), { days: [7], maxReminders: 3, minGapDays: 3 })
    await inviteAndAnnAnswers()
    h.clock.advance(7 * DAY)
    // The second instance: its own connection pool on PostgreSQL; PGlite is one process.
    const other = database.url ? await createDb({ url: database.url, poolSize: 2 }) : database
    try {
      const second: AppDeps = { ...h.deps, database: other }
      const results = await Promise.all([
        sendDueReminders(h.deps),
        sendDueReminders(second),
        sendDueReminders(h.deps),
        sendDueReminders(second),
      ])
      expect(results.reduce((sum, r) => sum + r.queued, 0)).toBe(2)
    } finally {
      if (other !== database) await other.close()
    }
    expect((await reminders()).map((m) => m.recipient)).toEqual([
      'ben@example.com',
      'cat@example.com',
    ])
    expect((await counts()).map((c) => c.reminders)).toEqual([0, 1, 1])
  })
})
