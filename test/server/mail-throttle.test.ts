import { sql } from 'drizzle-orm'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDb, type Database } from '#db/client'
import type { AppDeps } from '#server/context'
import { deliverMessage, type MailSettings } from '#server/services/mail-delivery'
import { startMailQueue } from '#server/services/mail-queue'
import { ADMIN, createTestApp, seedAdmin, signIn, testClock } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase, testDriver } from '../support/db.ts'
import { startSmtpServer } from '../support/smtp.ts'

// MAIL_PER_MINUTE is one sliding window stored in PostgreSQL (rate_limits, key mail:send) that
// every instance's worker takes a place in before it sends. Two instances — on PostgreSQL two
// connection pools sending at once — with a clock the test moves: never more than the limit in
// any 60 seconds, and a message refused a place waits instead of being lost or sent twice.

let database: TestDatabase
let second: Database
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
const stops: (() => Promise<void>)[] = []
beforeAll(async () => {
  database = await createTestDb()
  // The second instance: its own connections on PostgreSQL; PGlite has one in a process.
  second = database.url ? await createDb({ url: database.url, poolSize: 2 }) : database
  smtp = await startSmtpServer()
})
afterAll(async () => {
  for (const stop of stops) await stop()
  if (second !== database) await second.close()
  await smtp.close()
  await database.close()
})

const PER_MINUTE = 3
const settings: MailSettings = {
  from: 'esg@acme.example',
  origin: 'https://esg.example.com',
  perMinute: PER_MINUTE,
}

/** Invites `count` contacts with no mail worker running: their messages wait, queued. */
async function queueInvitations(clock: ReturnType<typeof testClock>, count: number) {
  await database.reset()
  const { app, deps } = createTestApp(database, { clock })
  await seedAdmin(deps)
  const admin = await signIn(app, ADMIN.email)
  const assessment = (await admin.post('/api/assessments', { name: 'FY2025' })).json
  const contacts = Array.from({ length: count }, (_, i) => ({
    name: `Person ${i}`,
    email: `p${i}@example.com`,
    group: 'customers',
    language: 'en',
  }))
  await admin.post(`/api/organisations/${assessment.organisationId}/contacts`, contacts)
  const invited = await admin.post(`/api/assessments/${assessment.id}/invitations`, {
    groups: ['customers'],
  })
  expect(invited.json.queued).toBe(count)
  return rows<{ id: number }>(database, sql`SELECT id::float8 AS id FROM messages ORDER BY id`)
}

const sentAt = () =>
  rows<{ at: string | null; status: string }>(
    database,
    sql`SELECT sent_at::text AS at, status::text FROM messages ORDER BY sent_at NULLS LAST, id`,
  )

describe(`MAIL_PER_MINUTE across two instances, on ${testDriver()}`, () => {
  test('at most the limit in any minute, the rest sent in later minutes, each once', async () => {
    const clock = testClock(new Date('2026-03-01T09:00:00Z'))
    const ids = (await queueInvitations(clock, 8)).map((row) => row.id)
    const transport = nodemailer.createTransport({ url: smtp.url, ignoreTLS: true } as never)
    const instances: AppDeps[] = [
      createTestApp(database, { clock }).deps,
      { ...createTestApp(database, { clock }).deps, database: second },
    ]
    /** Both instances' workers try every waiting message at once, half each. */
    const tryAll = async (waiting: number[]) => {
      const outcomes = await Promise.all(
        waiting.map((id, i) =>
          deliverMessage(instances[i % 2] as AppDeps, transport, settings, id),
        ),
      )
      return outcomes.map((outcome, i) => ({ id: waiting[i] ?? 0, ...outcome }))
    }
    const waitingOf = (results: { id: number; outcome: string }[]) =>
      results.filter((r) => r.outcome === 'throttled').map((r) => r.id)

    const first = await tryAll(ids)
    expect(first.filter((r) => r.outcome === 'sent')).toHaveLength(PER_MINUTE)
    expect(first.filter((r) => r.outcome === 'throttled')).toHaveLength(8 - PER_MINUTE)
    for (const r of first.filter((r) => r.outcome === 'throttled')) {
      // Told to come back when the oldest send leaves the window: a minute from now.
      expect(r).toMatchObject({ retryInSeconds: 60 })
    }
    expect(smtp.received).toHaveLength(PER_MINUTE)

    clock.advance(30_000)
    const half = await tryAll(waitingOf(first))
    expect(half.map((r) => r.outcome)).toEqual(Array(8 - PER_MINUTE).fill('throttled'))
    expect(half[0]).toMatchObject({ retryInSeconds: 30 })
    expect(smtp.received).toHaveLength(PER_MINUTE)

    clock.advance(31_000)
    const next = await tryAll(waitingOf(half))
    expect(next.filter((r) => r.outcome === 'sent')).toHaveLength(PER_MINUTE)
    clock.advance(61_000)
    const last = await tryAll(waitingOf(next))
    expect(last.map((r) => r.outcome)).toEqual(['sent', 'sent'])

    // What is stored: 3, 3 and 2 sends, a minute and more apart; every message sent once.
    expect((await sentAt()).map((m) => [m.at, m.status])).toEqual([
      ...Array(3).fill(['2026-03-01 09:00:00+00', 'sent']),
      ...Array(3).fill(['2026-03-01 09:01:01+00', 'sent']),
      ...Array(2).fill(['2026-03-01 09:02:02+00', 'sent']),
    ])
    const recipients = smtp.received.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ''))
    expect(recipients.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `p${i}@example.com`))
  }, 60_000)

  test('two running queues: a throttled job is put off by the time the window gives', async () => {
    smtp.received.length = 0
    const clock = testClock(new Date('2026-03-01T09:00:00Z'))
    await queueInvitations(clock, 5)
    const transport = nodemailer.createTransport({ url: smtp.url, ignoreTLS: true } as never)
    for (const db of [database, second]) {
      const deps = { ...createTestApp(database, { clock }).deps, database: db }
      const queue = await startMailQueue(
        deps,
        transport,
        { ...settings, perMinute: 2 },
        { url: database.url, pollingIntervalSeconds: 0.5 },
      )
      stops.push(queue.stop)
    }
    // Two sends go out; every message still queued has a job put off by about a minute
    // (pg-boss's start_after), none retried at once. (Both queues enqueued every message at
    // start: the claim lets one through.)
    const deferred = async () =>
      rows<{ n: number }>(
        database,
        sql`SELECT count(DISTINCT j.data->>'messageId')::int AS n FROM pgboss.job j
          JOIN messages m ON m.id = (j.data->>'messageId')::bigint AND m.status = 'queued'
          WHERE j.name = 'mail' AND j.state = 'created'
            AND j.start_after > now() + interval '45 seconds'`,
      )
    for (let i = 0; i < 300 && ((await deferred())[0]?.n ?? 0) < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect((await deferred())[0]?.n).toBe(3)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(smtp.received).toHaveLength(2)
    const statuses = await sentAt()
    expect(statuses.map((m) => m.status).sort()).toEqual([
      'queued',
      'queued',
      'queued',
      'sent',
      'sent',
    ])
  }, 60_000)
})
