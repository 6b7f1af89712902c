import { sql } from 'drizzle-orm'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { parseEnv } from '#server/env'
import { startMailQueue } from '#server/services/mail-queue'
import { ADMIN, client, createTestApp, seedAdmin, testClock } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { startSmtpServer } from '../support/smtp.ts'

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

interface StoredMessage {
  recipient: string
  status: string
  error: string | null
  sent: boolean
}
const storedMessages = () =>
  rows<StoredMessage>(
    database,
    sql`SELECT recipient, status::text, error, sent_at IS NOT NULL AS sent FROM messages ORDER BY recipient`,
  )

describe('email delivery through the queue, to a real SMTP server', () => {
  test('links in the recipient language, one-click unsubscribe, a permanent failure bounces', async () => {
    const clock = testClock(new Date())
    const config = { publicUrl: ORIGIN }
    const base = createTestApp(database, { clock, config })
    const transport = nodemailer.createTransport({ url: smtp.url, ignoreTLS: true } as never)
    queue = await startMailQueue(
      base.deps,
      transport,
      { from: 'Acme ESG <esg@acme.example>', origin: ORIGIN, perMinute: 600 },
      { url: database.url, pollingIntervalSeconds: 0.5, retryDelaySeconds: 1 },
    )
    const { app, deps } = createTestApp(database, { clock, config, mail: queue })
    await seedAdmin(deps)
    const admin = client(app, ORIGIN)
    expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200)
    const assessment = (await admin.post('/api/assessments', { name: 'FY2025' })).json
    const organisation = assessment.organisationId
    await admin.post(`/api/organisations/${organisation}/contacts`, [
      { name: 'Ann Lee', email: 'ann@example.com', group: 'customers', language: 'zh-Hant' },
      { name: 'Ben Wong', email: 'ben@example.com', group: 'employees', language: 'en' },
      { name: 'Bo Unce', email: 'bounce@example.com', group: 'customers', language: 'en' },
    ])
    const invited = await admin.post(`/api/assessments/${assessment.id}/invitations`, {
      groups: ['customers', 'employees'],
      deadline: '2026-12-31',
    })
    expect(invited.json).toEqual({ queued: 3, skipped: 0 })

    await vi.waitFor(
      async () => {
        const messages = await storedMessages()
        expect(messages.map((m) => m.status)).toEqual(['sent', 'sent', 'bounced'])
      },
      { timeout: 30_000, interval: 100 },
    )
    const messages = await storedMessages()
    expect(messages[0]).toMatchObject({ recipient: 'ann@example.com', sent: true, error: null })
    expect(messages[2]?.error).toMatch(/^550 5\.1\.1 <bounce@example\.com>: user unknown/)
    const [bounced] = await rows<{ bounced: boolean }>(
      database,
      sql`SELECT bounced_at IS NOT NULL AS bounced FROM contacts WHERE email = 'bounce@example.com'`,
    )
    expect(bounced?.bounced).toBe(true)

    const tokens = Object.fromEntries(
      (
        await rows<{ email: string; token: string }>(
          database,
          sql`SELECT c.email, i.token FROM invitations i JOIN contacts c ON c.id = i.contact_id`,
        )
      ).map((row) => [row.email, row.token]),
    )
    expect(smtp.received).toHaveLength(2)
    const byTo = Object.fromEntries(
      smtp.received.map((mail) => [mail.to && !Array.isArray(mail.to) ? mail.to.text : '', mail]),
    )
    const ann = byTo['ann@example.com']
    const ben = byTo['ben@example.com']
    expect(ann?.subject).toBe('Acme Holdings：誠邀您就可持續發展重要議題提供意見')
    expect(ann?.text).toContain(`Ann Lee 您好`)
    expect(ann?.text).toContain('請於2026年12月31日前')
    expect(ann?.text).toContain(`${ORIGIN}/s/${tokens['ann@example.com']}`)
    expect(ann?.html).toContain(`<a href="${ORIGIN}/s/${tokens['ann@example.com']}">`)
    expect(ben?.subject).toBe('Acme Holdings: your views on our sustainability priorities')
    expect(ben?.text).toContain('by 31 December 2026')
    expect(ben?.text).toContain(`${ORIGIN}/s/${tokens['ben@example.com']}`)
    expect(ben?.from?.value[0]).toMatchObject({ name: 'Acme ESG', address: 'esg@acme.example' })
    // The raw header line, as a mail client reads it.
    const line = (name: string) =>
      ben?.headerLines
        .find((l) => l.key === name)
        ?.line.replace(/^[^:]+:\s*/, '')
        .trim()
    const unsubscribe = /^<(https:\/\/esg\.example\.com\/api\/mail\/unsubscribe\/[\w.-]+)>$/.exec(
      line('list-unsubscribe') ?? '',
    )?.[1]
    expect(unsubscribe).toBeDefined()
    expect(line('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(ben?.messageId).toMatch(/^<invitation\.\d+\.0@esg\.example\.com>$/)

    // RFC 8058: the mail client POSTs, with no cookie and no Origin.
    const path = new URL(unsubscribe ?? '').pathname
    const wrong = await app.request(`${ORIGIN}${path.replace(/.$/, 'x')}x`, {
      method: 'POST',
    })
    expect(wrong.status).toBe(404)
    const clicked = await app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(clicked.status).toBe(200)
    const [ben2] = await rows<{ unsubscribed: boolean }>(
      database,
      sql`SELECT unsubscribed_at IS NOT NULL AS unsubscribed FROM contacts WHERE email = 'ben@example.com'`,
    )
    expect(ben2?.unsubscribed).toBe(true)
    const listed = await admin.get(`/api/assessments/${assessment.id}/invitations`)
    expect(listed.json.map((i: { email: string; status: string }) => [i.email, i.status])).toEqual([
      ['ann@example.com', 'sent'],
      ['ben@example.com', 'unsubscribed'],
      ['bounce@example.com', 'bounced'],
    ])
  })
})

describe('mail settings', () => {
  test('SMTP_URL needs MAIL_FROM and PUBLIC_URL; MAIL_PER_MINUTE is a whole number', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://mail.example.com' }).problems?.join('\n')).toContain(
      'SMTP_URL needs MAIL_FROM',
    )
    const ok = parseEnv({
      SMTP_URL: 'smtps://u:p@mail.example.com:465',
      MAIL_FROM: 'ESG <esg@example.com>',
      PUBLIC_URL: 'https://esg.example.com',
    })
    expect(ok.env?.MAIL_PER_MINUTE).toBe(60)
    expect(parseEnv({ SMTP_URL: 'http://x' }).problems?.[0]).toMatch(/^SMTP_URL: /)
    expect(parseEnv({ MAIL_PER_MINUTE: '1.5' }).problems?.[0]).toMatch(/^MAIL_PER_MINUTE: /)
  })
})
