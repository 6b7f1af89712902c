import { sql } from 'drizzle-orm'
import type { ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { startMailQueue } from '#server/services/mail-queue'
import { ADMIN, client, createTestApp, seedAdmin, testClock } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { startSmtpServer } from '../support/smtp.ts'
import { submission } from '../support/survey.ts'

// Reminders through the queue to a real SMTP server (issue 16.3): only contacts who have not
// responded receive them, each in their language with their own link, at most the assessment's
// maximum of reminders (default 3) and its minimum gap apart (default 3 days); a contact who
// answered in between gets nothing more.

const ORIGIN = 'https://esg.example.com'
let database: TestDatabase
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let queue: Awaited<ReturnType<typeof startMailQueue>>
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
const CONTACTS = [
  { name: 'Ann Lee', email: 'ann@example.com', group: 'customers', language: 'zh-Hant' },
  { name: 'Ben Wong', email: 'ben@example.com', group: 'employees', language: 'en' },
  { name: 'Cat Chan', email: 'cat@example.com', group: 'customers', language: 'zh-Hans' },
  { name: 'Dee Ho', email: 'dee@example.com', group: 'employees', language: 'en' },
]
const to = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '')
const first = (email: string) => email.split('@')[0] ?? ''

describe('reminders to a real SMTP server', () => {
  test('only non-responders, in their language, with their link, at most three times', async () => {
    const clock = testClock()
    const base = createTestApp(database, { clock, config: { publicUrl: ORIGIN } })
    const transport = nodemailer.createTransport({ url: smtp.url, ignoreTLS: true } as never)
    queue = await startMailQueue(
      base.deps,
      transport,
      { from: 'esg@acme.example', origin: ORIGIN, perMinute: 600 },
      { url: database.url, pollingIntervalSeconds: 0.5 },
    )
    const { app, deps } = createTestApp(database, {
      clock,
      config: { publicUrl: ORIGIN },
      mail: queue,
    })
    await seedAdmin(deps)
    const signIn = async () => {
      const signedIn = client(app, ORIGIN)
      expect((await signedIn.post('/api/auth/login', ADMIN)).status).toBe(200)
      return signedIn
    }
    let admin = await signIn()
    const assessment = (await admin.post('/api/assessments', { name: 'FY2025' })).json
    const url = `/api/assessments/${assessment.id}`
    await admin.post(`/api/organisations/${assessment.organisationId}/contacts`, CONTACTS)
    await admin.post(`${url}/invitations`, { groups: ['customers', 'employees'] })
    await admin.patch(url, { status: 'open' })
    const tokens = Object.fromEntries(
      (
        await rows<{ email: string; token: string }>(
          database,
          sql`SELECT c.email, i.token FROM invitations i JOIN contacts c ON c.id = i.contact_id`,
        )
      ).map((row) => [first(row.email), row.token]),
    )
    const arrived = (count: number) =>
      vi.waitFor(() => expect(smtp.received).toHaveLength(count), {
        timeout: 30_000,
        interval: 100,
      })
    await arrived(4)
    const answer = async (name: string) => {
      const respondent = client(app, ORIGIN)
      const questionnaire = (await respondent.get(`/api/survey/${tokens[name]}`)).json
      const sent = await respondent.post(
        `/api/survey/${tokens[name]}/submit`,
        submission(questionnaire),
      )
      expect(sent.status).toBe(201)
    }
    /** Moves to `day` days after the invitation and presses "Remind now" (after the count). */
    const remindOn = async (day: number) => {
      clock.set(new Date(Date.parse('2026-03-01T09:00:00Z') + day * DAY))
      admin = await signIn()
      const count = (await admin.post(`${url}/reminders?dryRun=true`)).json.queued
      const sent = await admin.post(`${url}/reminders`)
      expect(sent.json.queued).toBe(count)
      return count as number
    }

    // Dee answers between the invitation and the first reminder.
    clock.advance(2 * DAY)
    await answer('dee')
    expect(await remindOn(4)).toBe(3)
    await arrived(7)
    const firstRound = smtp.received.slice(4)
    expect(firstRound.map(to).sort()).toEqual([
      'ann@example.com',
      'ben@example.com',
      'cat@example.com',
    ])
    const byName = Object.fromEntries(firstRound.map((mail) => [first(to(mail)), mail]))
    expect(byName.ann?.subject).toMatch(/^提醒：Acme Holdings可持續發展問卷/)
    expect(byName.ann?.text).toContain('謹此提醒')
    expect(byName.ben?.subject).toMatch(/^Reminder: Acme Holdings sustainability survey/)
    expect(byName.cat?.subject).toMatch(/^提醒：Acme Holdings可持续发展问卷/)
    expect(byName.cat?.text).toContain('谨此提醒')
    for (const name of ['ann', 'ben', 'cat']) {
      expect(byName[name]?.text).toContain(`${ORIGIN}/s/${tokens[name]}`)
      expect(byName[name]?.messageId).toMatch(/^<invitation\.\d+\.1@esg\.example\.com>$/)
    }

    // Ben answers; the gap holds; then Ann and Cat twice more, and never a fourth time.
    clock.advance(DAY)
    await answer('ben')
    expect(await remindOn(6)).toBe(0)
    expect(await remindOn(8)).toBe(2)
    await arrived(9)
    expect(await remindOn(12)).toBe(2)
    await arrived(11)
    expect(await remindOn(16)).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(smtp.received).toHaveLength(11)

    const perRecipient: Record<string, number> = {}
    for (const mail of smtp.received) perRecipient[to(mail)] = (perRecipient[to(mail)] ?? 0) + 1
    expect(perRecipient).toEqual({
      'ann@example.com': 4,
      'ben@example.com': 2,
      'cat@example.com': 4,
      'dee@example.com': 1,
    })
    expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(11)
    const stored = await rows<{ email: string; reminders: number; responded: boolean }>(
      database,
      sql`SELECT c.email, i.reminders, i.responded_on IS NOT NULL AS responded
        FROM invitations i JOIN contacts c ON c.id = i.contact_id ORDER BY c.email`,
    )
    expect(stored.map((i) => [first(i.email), i.reminders, i.responded])).toEqual([
      ['ann', 3, false],
      ['ben', 1, true],
      ['cat', 3, false],
      ['dee', 0, true],
    ])
    const statuses = await rows<{ kind: string; status: string; n: number }>(
      database,
      sql`SELECT kind::text, status::text, count(*)::int AS n FROM messages
        GROUP BY kind, status ORDER BY kind, status`,
    )
    expect(statuses).toEqual([
      { kind: 'invitation', status: 'sent', n: 4 },
      { kind: 'reminder', status: 'sent', n: 7 },
    ])
  }, 120_000)
})
