import { sql } from 'drizzle-orm'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { startMailQueue } from '#server/services/mail-queue'
import { ADMIN, client, createTestApp, seedAdmin, signIn, testClock } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { startSmtpServer } from '../support/smtp.ts'
import { submission } from '../support/survey.ts'

// A submit stores the response, commits, and then marks the invitation in a statement of its
// own (they never share a transaction). A fault injected between the two — the mark refused, as
// when the process dies there — keeps the response; the invitation still ends responded, and
// nobody answered is reminded.

let database: TestDatabase
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let queue: Awaited<ReturnType<typeof startMailQueue>> | undefined
beforeAll(async () => {
  database = await createTestDb()
  smtp = await startSmtpServer()
})
afterAll(async () => {
  await queue?.stop()
  await smtp.close()
  await database.close()
})

const DAY = 24 * 3600_000
const CONTACTS = ['ann', 'ben', 'cat'].map((name) => ({
  name,
  email: `${name}@example.com`,
  group: 'customers',
  language: 'en',
}))

/** The mark fails, after the response committed: what a process dying there leaves behind. */
async function injectFault() {
  await database.db.execute(sql`
    CREATE FUNCTION refuse_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'injected fault: the process died before the mark'; END $$`)
  await database.db.execute(sql`CREATE TRIGGER refuse_mark BEFORE UPDATE OF responded_on
    ON invitations FOR EACH ROW EXECUTE FUNCTION refuse_mark()`)
}
async function removeFault() {
  await database.db.execute(sql`DROP TRIGGER refuse_mark ON invitations`)
  await database.db.execute(sql`DROP FUNCTION refuse_mark()`)
}

const stored = () =>
  rows<{ name: string; token: string | null; responded_on: string | null; reminders: number }>(
    database,
    sql`SELECT c.name, i.token, i.responded_on::text, i.reminders
      FROM invitations i JOIN contacts c ON c.id = i.contact_id ORDER BY c.name`,
  )
const responseCount = async () =>
  (await rows<{ n: number }>(database, sql`SELECT count(*)::int AS n FROM responses`))[0]?.n

describe('a fault between the response and the invitation mark', () => {
  test('the response is kept, the invitation ends responded, no reminder reaches them', async () => {
    await database.reset()
    const clock = testClock()
    const { app, deps } = createTestApp(database, { clock })
    await seedAdmin(deps)
    let admin = await signIn(app, ADMIN.email)
    const assessment = (await admin.post('/api/assessments', { name: 'FY2025' })).json
    const url = `/api/assessments/${assessment.id}`
    await admin.post(`/api/organisations/${assessment.organisationId}/contacts`, CONTACTS)
    expect((await admin.post(`${url}/invitations`, { groups: ['customers'] })).json.queued).toBe(3)
    await admin.patch(url, { status: 'open' })
    clock.advance(4 * DAY)
    // Reminders queued (no mail worker yet) before Ann answers.
    expect((await admin.post(`${url}/reminders`)).json).toEqual({ queued: 3 })
    const tokens = Object.fromEntries((await stored()).map((i) => [i.name, i.token ?? '']))

    async function answerWithFault(name: string) {
      const respondent = client(app)
      const questionnaire = (await respondent.get(`/api/survey/${tokens[name]}`)).json
      const body = submission(questionnaire)
      await injectFault()
      const failed = await respondent.post(`/api/survey/${tokens[name]}/submit`, body)
      await removeFault()
      expect(failed.status).toBe(500)
      return { respondent, body }
    }
    const ann = await answerWithFault('ann')
    expect(await responseCount()).toBe(1)
    // Read without the app (its reads repair): the mark is missing.
    expect((await stored())[0]).toMatchObject({
      name: 'ann',
      token: tokens.ann,
      responded_on: null,
    })

    // A mail worker starts: Ann's queued invitation and reminder are not sent, the others are.
    const transport = nodemailer.createTransport({ url: smtp.url, ignoreTLS: true } as never)
    queue = await startMailQueue(
      deps,
      transport,
      { from: 'esg@acme.example', origin: 'https://esg.example.com', perMinute: 600 },
      { url: database.url, pollingIntervalSeconds: 0.5 },
    )
    const outbox = () =>
      rows<{ recipient: string; kind: string; status: string; error: string | null }>(
        database,
        sql`SELECT recipient, kind::text, status::text, error FROM messages ORDER BY recipient, id`,
      )
    await vi.waitFor(
      async () => expect((await outbox()).every((m) => m.status !== 'queued')).toBe(true),
      { timeout: 30_000, interval: 200 },
    )
    const after = await outbox()
    expect(after.map((m) => [m.recipient, m.kind, m.status])).toEqual([
      ['ann@example.com', 'invitation', 'failed'],
      ['ann@example.com', 'reminder', 'failed'],
      ['ben@example.com', 'invitation', 'sent'],
      ['ben@example.com', 'reminder', 'sent'],
      ['cat@example.com', 'invitation', 'sent'],
      ['cat@example.com', 'reminder', 'sent'],
    ])
    expect(after[1]?.error).toBe('Not sent: the link was used already.')
    const recipients = smtp.received.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ''))
    expect(recipients.sort()).toEqual([
      'ben@example.com',
      'ben@example.com',
      'cat@example.com',
      'cat@example.com',
    ])

    // The listing marks it: responded on the response's day, the token forgotten.
    const listed = (await admin.get(`${url}/invitations`)).json
    expect(listed.map((i: { responded: boolean }) => i.responded)).toEqual([true, false, false])
    expect((await stored())[0]).toEqual({
      name: 'ann',
      token: null,
      responded_on: '2026-03-05',
      reminders: 1,
    })
    // The respondent's retry of the same submit finds it stored: still one response.
    const retried = await ann.respondent.post(`/api/survey/${tokens.ann}/submit`, ann.body)
    expect([retried.status, await responseCount()]).toEqual([200, 1])

    // Ben answers with the same fault; "Remind now" counts only Cat, and reminds only her.
    await answerWithFault('ben')
    clock.advance(4 * DAY)
    // The app as it runs with the worker (the session lapsed over the days anyway).
    admin = await signIn(createTestApp(database, { clock, mail: queue }).app, ADMIN.email)
    expect((await admin.post(`${url}/reminders?dryRun=true`)).json).toEqual({ queued: 1 })
    expect((await admin.post(`${url}/reminders`)).json).toEqual({ queued: 1 })
    expect((await stored()).map((i) => [i.name, i.responded_on, i.reminders])).toEqual([
      ['ann', '2026-03-05', 1],
      ['ben', '2026-03-05', 1],
      ['cat', null, 2],
    ])
    await vi.waitFor(() => expect(smtp.received).toHaveLength(5), { timeout: 30_000 })
    expect(smtp.received[4]?.to).toMatchObject({ text: 'cat@example.com' })
  }, 90_000)
})
