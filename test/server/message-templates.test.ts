import { sql } from 'drizzle-orm'
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { startMailQueue } from '#server/services/mail-queue'
import { ADMIN, client, createTestApp, seedAdmin, signIn, testClock } from '../support/app.ts'
import { assessmentHarness, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { startSmtpServer } from '../support/smtp.ts'

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
  ])
})

const templates = () => `/api/assessments/${h.id}/templates`
const storedTemplates = () =>
  rows<{ kind: string; locale: string; subject: string; body: string }>(
    database,
    sql`SELECT kind::text, locale::text, subject, body FROM message_templates ORDER BY kind, locale`,
  )
const storedMessages = () =>
  rows<{ recipient: string; kind: string; subject: string; body: string; invitation: boolean }>(
    database,
    sql`SELECT recipient, kind::text, subject, body, invitation_id IS NOT NULL AS invitation
      FROM messages ORDER BY id`,
  )

const MINE = {
  subject: 'Tell {organisation} what matters, {name}',
  body: 'Hello {name},\n\nAnswer by {deadline}:\n{link}\n\n{organisation}',
}

describe('GET, PUT and DELETE …/templates', () => {
  test('lists the built-in text of each kind and language until the assessment has its own', async () => {
    const listed = await h.admin.get(templates())
    expect(listed.status).toBe(200)
    expect(listed.json.placeholders).toEqual(['{name}', '{link}', '{deadline}', '{organisation}'])
    expect(
      listed.json.templates.map((t: { kind: string; language: string; custom: boolean }) => [
        t.kind,
        t.language,
        t.custom,
      ]),
    ).toEqual([
      ['invitation', 'en', false],
      ['invitation', 'zh-Hant', false],
      ['invitation', 'zh-Hans', false],
      ['reminder', 'en', false],
      ['reminder', 'zh-Hant', false],
      ['reminder', 'zh-Hans', false],
    ])
    expect(listed.json.templates[0].subject).toBe(
      '{organisation}: your views on our sustainability priorities',
    )
  })

  test('stores an edited template, used by invitations and reminders in that language only', async () => {
    const saved = await h.admin.put(`${templates()}/invitation/en`, MINE)
    expect(saved.status).toBe(200)
    expect(saved.json).toEqual({ kind: 'invitation', language: 'en', ...MINE, custom: true })
    const reminder = { subject: 'Still time, {name}', body: 'Please answer: {link}' }
    expect((await h.admin.put(`${templates()}/reminder/en`, reminder)).status).toBe(200)
    expect(await storedTemplates()).toEqual([
      { kind: 'invitation', locale: 'en', ...MINE },
      { kind: 'reminder', locale: 'en', ...reminder },
    ])
    const listed = await h.admin.get(templates())
    expect(listed.json.templates[0]).toMatchObject({ ...MINE, custom: true })
    expect(listed.json.templates[1].custom).toBe(false)

    await h.admin.post(`/api/assessments/${h.id}/invitations`, {
      groups: ['customers', 'employees'],
      deadline: '2026-03-20',
    })
    const [ann, ben] = await storedMessages()
    expect(ben).toMatchObject({
      recipient: 'ben@example.com',
      subject: 'Tell Acme Holdings what matters, Ben Wong',
      body: 'Hello Ben Wong,\n\nAnswer by 20 March 2026:\n{link}\n\nAcme Holdings',
    })
    // Ann reads 繁體中文: the built-in text, since only English was edited.
    expect(ann?.subject).toBe('Acme Holdings：誠邀您就可持續發展重要議題提供意見')

    h.clock.advance(3 * 86_400_000)
    const reminded = await (await signInAgain()).post(`/api/assessments/${h.id}/reminders`)
    expect(reminded.json).toEqual({ queued: 2 })
    const messages = await storedMessages()
    expect(messages.filter((m) => m.kind === 'reminder').map((m) => m.subject)).toEqual([
      '提醒：Acme Holdings可持續發展問卷將於2026年3月20日截止',
      'Still time, Ben Wong',
    ])
    expect((await auditEntries(database, 'message_template')).map((e) => e.action)).toEqual([
      'update',
      'update',
    ])
  })

  test('refuses unknown placeholders and a body without {link}, naming the field; stores nothing', async () => {
    const bad = await h.admin.put(`${templates()}/invitation/zh-Hant`, {
      subject: '{organisation} {link}',
      body: '{nmae} 您好，請作答',
    })
    expect(bad.status).toBe(400)
    expect(bad.json.error.fields).toEqual({
      subject: ['Put {link} in the message, not the subject.'],
      body: [
        'Unknown placeholder {nmae}: use {name}, {link}, {deadline} or {organisation}.',
        'The message needs {link}: it is where the personal survey link goes.',
      ],
    })
    const empty = await h.admin.put(`${templates()}/reminder/en`, { subject: ' ', body: '{link}' })
    expect(empty.json.error.fields).toEqual({ subject: ['Write a subject.'] })
    expect((await h.admin.put(`${templates()}/letter/en`, MINE)).status).toBe(404)
    expect((await h.admin.put(`${templates()}/invitation/fr`, MINE)).status).toBe(404)
    expect(await storedTemplates()).toEqual([])
  })

  test('DELETE puts the built-in text back; viewers and outsiders may not edit', async () => {
    await h.admin.put(`${templates()}/invitation/zh-Hans`, MINE)
    const reset = await h.admin.delete(`${templates()}/invitation/zh-Hans`)
    expect(reset.status).toBe(200)
    expect(reset.json).toMatchObject({ kind: 'invitation', language: 'zh-Hans', custom: false })
    expect(reset.json.subject).toBe('{organisation}：诚邀您就可持续发展重要议题提供意见')
    expect(await storedTemplates()).toEqual([])
    const viewer = await h.as('viewer')
    expect((await viewer.get(templates())).status).toBe(403)
    expect((await viewer.put(`${templates()}/invitation/en`, MINE)).status).toBe(403)
    const outsider = await h.outsider()
    expect((await outsider.put(`${templates()}/invitation/en`, MINE)).status).toBe(404)
    expect(await storedTemplates()).toEqual([])
  })
})

/** Sessions end when idle for days: sign in afresh after moving the clock. */
const signInAgain = () => signIn(h.app, ADMIN.email)

describe('preview and test send', () => {
  test('the preview writes the unsaved text to a sample contact, as plain text and HTML', async () => {
    const preview = await h.admin.post(`${templates()}/preview`, {
      kind: 'reminder',
      language: 'zh-Hant',
      template: { subject: '提醒 {name}', body: '{name} 您好 <請>\n\n{link}\n\n截止：{deadline}' },
    })
    expect(preview.status).toBe(200)
    expect(preview.json).toEqual({
      to: '陳大文',
      subject: '提醒 陳大文',
      text: '陳大文 您好 <請>\n\nhttp://localhost/s/example\n\n截止：2026年3月15日',
      html: '<!doctype html><html lang="zh-Hant"><body><p>陳大文 您好 &#60;請&#62;</p><p><a href="http://localhost/s/example">http://localhost/s/example</a></p><p>截止：2026年3月15日</p></body></html>',
    })
    const bad = await h.admin.post(`${templates()}/preview`, {
      kind: 'reminder',
      language: 'en',
      template: { subject: 'Hi', body: 'no link' },
    })
    expect(bad.json.error.fields).toEqual({
      'template.body': ['The message needs {link}: it is where the personal survey link goes.'],
    })
  })

  test('with no SMTP, a test send lands in the outbox, addressed to the signed-in user', async () => {
    const sent = await h.admin.post(`${templates()}/test`, {
      kind: 'invitation',
      language: 'en',
      template: MINE,
    })
    expect(sent.status).toBe(201)
    expect(sent.json).toEqual({ queued: 1, to: ADMIN.email, delivery: 'outbox' })
    expect(await storedMessages()).toEqual([
      {
        recipient: ADMIN.email,
        kind: 'test',
        subject: 'Tell Acme Holdings what matters, Alex Chan',
        body: 'Hello Alex Chan,\n\nAnswer by 15 March 2026:\n{link}\n\nAcme Holdings',
        invitation: false,
      },
    ])
    const outbox = await h.admin.get(`/api/assessments/${h.id}/outbox`)
    expect(outbox.json).toEqual([
      expect.objectContaining({
        contactId: null,
        kind: 'test',
        recipient: ADMIN.email,
        language: 'en',
        body: 'Hello Alex Chan,\n\nAnswer by 15 March 2026:\nhttp://localhost/s/example\n\nAcme Holdings',
      }),
    ])
    // A test send is no invitation: the listing and the rates do not count it.
    expect((await h.admin.get(`/api/assessments/${h.id}/invitations`)).json).toEqual([])
  })
})

describe('a test send through the queue', () => {
  test('reaches a real SMTP server, with the example link and without List-Unsubscribe', async () => {
    const smtp = await startSmtpServer()
    await database.reset()
    const clock = testClock(new Date())
    const origin = 'https://esg.example.com'
    const base = createTestApp(database, { clock, config: { publicUrl: origin } })
    const transport = nodemailer.createTransport({ url: smtp.url, ignoreTLS: true } as never)
    const queue = await startMailQueue(
      base.deps,
      transport,
      { from: 'Acme ESG <esg@acme.example>', origin, perMinute: 600 },
      { url: database.url, pollingIntervalSeconds: 0.5, retryDelaySeconds: 1 },
    )
    try {
      const { app, deps } = createTestApp(database, {
        clock,
        config: { publicUrl: origin },
        mail: queue,
      })
      await seedAdmin(deps)
      const admin = client(app, origin)
      expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200)
      const assessment = (await admin.post('/api/assessments', { name: 'FY2025' })).json
      const sent = await admin.post(`/api/assessments/${assessment.id}/templates/test`, {
        kind: 'invitation',
        language: 'zh-Hans',
        template: { subject: '测试 {name}', body: '{name} 您好\n\n{link}' },
      })
      expect(sent.json).toEqual({ queued: 1, to: ADMIN.email, delivery: 'email' })
      await vi.waitFor(() => expect(smtp.received).toHaveLength(1), {
        timeout: 30_000,
        interval: 100,
      })
      const [mail] = smtp.received
      expect(mail?.subject).toBe('测试 陈大文')
      expect(mail?.to).toMatchObject({ text: ADMIN.email })
      expect(mail?.text?.trim()).toBe('陈大文 您好\n\nhttps://esg.example.com/s/example')
      expect(mail?.html).toContain('<a href="https://esg.example.com/s/example">')
      expect(mail?.headers.has('list-unsubscribe')).toBe(false)
      await vi.waitFor(
        async () =>
          expect(
            await rows<{ status: string }>(database, sql`SELECT status::text FROM messages`),
          ).toEqual([{ status: 'sent' }]),
        { timeout: 10_000, interval: 100 },
      )
    } finally {
      await queue.stop()
      await smtp.close()
    }
  }, 60_000)
})
