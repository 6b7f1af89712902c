import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Email } from '#server/services/mail-compose'
import { startMailQueue } from '#server/services/mail-queue'
import { ADMIN, createTestApp, seedAdmin, signIn, testClock } from '../support/app.ts'
import { auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// Erasure, checked by reading every table of every schema (pg-boss's included) for what a
// contact's name, address or an invitation's link could still be found in.

let database: TestDatabase
let queue: Awaited<ReturnType<typeof startMailQueue>> | undefined
beforeAll(async () => {
  database = await createTestDb()
})
afterAll(async () => {
  await queue?.stop()
  await database.close()
})

const DAY = 24 * 3600_000
const CONTACTS = [
  { name: 'Ann Lee', email: 'ann@example.com', group: 'customers', language: 'zh-Hant' },
  { name: 'Ben Wong', email: 'ben@example.com', group: 'employees', language: 'en' },
]

/** Every table (schema.table) with how many of its rows contain `needle` as text. */
async function tablesHolding(needle: string): Promise<Record<string, number>> {
  const tables = await rows<{ name: string }>(
    database,
    sql`SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  )
  const found: Record<string, number> = {}
  for (const { name } of tables) {
    const [row] = await rows<{ n: number }>(
      database,
      sql`SELECT count(*)::int AS n FROM ${sql.raw(name)} t WHERE t::text ILIKE ${`%${needle}%`}`,
    )
    if (row && row.n > 0) found[name.replace(/^public\./, '')] = row.n
  }
  return found
}

const countsOf = (assessmentId: string) =>
  rows<{ invitations: number; messages: number }>(
    database,
    sql`SELECT (SELECT count(*) FROM invitations WHERE assessment_id = ${assessmentId})::int
        AS invitations,
      (SELECT count(*) FROM messages WHERE assessment_id = ${assessmentId})::int AS messages`,
  ).then((r) => r[0])

describe('erasing invitations with the personal data', () => {
  test('retention erases an assessment’s invitations and emails; erasing a contact, all of theirs', async () => {
    await database.reset()
    const clock = testClock()
    const sent: Email[] = []
    const base = createTestApp(database, { clock })
    // A transport standing in for the SMTP server: what matters here is what stays stored.
    const transport = { sendMail: async (email: Email) => sent.push(email) }
    queue = await startMailQueue(
      base.deps,
      transport,
      { from: 'esg@acme.example', origin: 'https://esg.example.com', perMinute: 600 },
      { url: database.url, pollingIntervalSeconds: 0.5 },
    )
    const { app, deps } = createTestApp(database, { clock, mail: queue })
    await seedAdmin(deps)
    const admin = await signIn(app, ADMIN.email)
    const fy25 = (await admin.post('/api/assessments', { name: 'FY2025' })).json
    const fy26 = (await admin.post('/api/assessments', { name: 'FY2026' })).json
    const organisation = fy25.organisationId
    await admin.post(`/api/organisations/${organisation}/contacts`, CONTACTS)
    const groups = { groups: ['customers', 'employees'] }
    for (const a of [fy25, fy26]) {
      expect((await admin.post(`/api/assessments/${a.id}/invitations`, groups)).json.queued).toBe(2)
    }
    clock.advance(4 * DAY)
    expect((await admin.post(`/api/assessments/${fy25.id}/reminders`)).json).toEqual({ queued: 2 })
    await vi.waitFor(() => expect(sent).toHaveLength(6), { timeout: 30_000, interval: 100 })
    const [ann] = await rows<{ id: string }>(
      database,
      sql`SELECT id::text FROM contacts WHERE email = 'ann@example.com'`,
    )
    const [annFy25Token] = await rows<{ token: string }>(
      database,
      sql`SELECT token FROM invitations WHERE contact_id = ${ann?.id} AND assessment_id = ${fy25.id}`,
    )
    expect(await tablesHolding('ann@example.com')).toEqual({ contacts: 1, messages: 3 })
    expect(await tablesHolding('Ann Lee')).toEqual({ contacts: 1, messages: 3 })
    // Mail jobs carry a message id only.
    const jobs = await rows<{ data: unknown }>(database, sql`SELECT data FROM pgboss.job`)
    expect(jobs.length).toBeGreaterThanOrEqual(6)
    for (const job of jobs) expect(Object.keys(job.data as object)).toEqual(['messageId'])

    await admin.patch(`/api/assessments/${fy25.id}`, { status: 'open' })
    await admin.patch(`/api/assessments/${fy25.id}`, { status: 'closed' })
    const reason = 'Retention period of the FY2025 survey ended.'
    const erased = await admin.post(`/api/assessments/${fy25.id}/personal-data/erase`, { reason })
    expect(erased.status).toBe(200)
    expect(erased.json.erased).toEqual({
      comments: 0,
      responses: 0,
      drafts: 0,
      invitations: 2,
      messages: 4,
    })
    expect(await countsOf(fy25.id)).toEqual({ invitations: 0, messages: 0 })
    expect(await countsOf(fy26.id)).toEqual({ invitations: 2, messages: 2 })
    // The FY2026 invitation is all that is left of Ann outside the register.
    expect(await tablesHolding('ann@example.com')).toEqual({ contacts: 1, messages: 1 })
    expect(await tablesHolding(annFy25Token?.token ?? '?')).toEqual({})
    const [retention] = await auditEntries(database, 'personal-data')
    expect(retention).toMatchObject({
      action: 'erase',
      reason,
      after: { invitations: 2, messages: 4 },
    })

    const gone = await admin.delete(`/api/organisations/${organisation}/contacts/${ann?.id}`)
    expect(gone.status).toBe(200)
    expect(await tablesHolding('ann@example.com')).toEqual({})
    expect(await tablesHolding('Ann Lee')).toEqual({})
    expect(await countsOf(fy26.id)).toEqual({ invitations: 1, messages: 1 })
    const left = await rows<{ recipient: string }>(database, sql`SELECT recipient FROM messages`)
    expect(left).toEqual([{ recipient: 'ben@example.com' }])
    const [contactAudit] = await auditEntries(database, 'contact')
    expect(contactAudit?.action).toBe('erase')
    const audited = await rows<{ entity_id: string }>(
      database,
      sql`SELECT entity_id FROM audit_log WHERE entity = 'contact' AND action = 'erase'`,
    )
    expect(audited).toEqual([{ entity_id: ann?.id }])
  }, 60_000)
})
