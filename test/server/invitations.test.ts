import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { ADMIN, client, signIn } from '../support/app.ts'
import { assessmentHarness, rows } from '../support/assessments.ts'
import { csvObjects } from '../support/csv.ts'
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
  const imported = await h.admin.post(`/api/organisations/${h.organisationId}/contacts`, CONTACTS)
  expect(imported.json).toEqual({ created: CONTACTS.length, skipped: 0, errors: [] })
})

const CONTACTS = [
  { name: 'Ann Lee', email: 'ann@example.com', group: 'customers', language: 'zh-Hant' },
  { name: 'Ben Wong', email: 'ben@example.com', group: 'employees', language: 'en' },
  { name: 'Cat Chan', email: 'cat@example.com', group: 'customers', language: 'zh-Hans' },
  { name: 'Dee Ho', email: 'dee@example.com', group: 'customers', language: 'en' },
]
const TODAY = '2026-03-01' // testClock()'s day

const invitations = () => `/api/assessments/${h.id}/invitations`
const contactIds = async () => {
  const listed = await h.admin.get(`/api/organisations/${h.organisationId}/contacts`)
  return Object.fromEntries(
    listed.json.contacts.map((c: { email: string; id: string }) => [c.email.split('@')[0], c.id]),
  ) as Record<string, string>
}

interface StoredInvitation {
  contact: string
  token: string | null
  deadline: string
  invited_on: string
  opened_on: string | null
  responded_on: string | null
}
const storedInvitations = () =>
  rows<StoredInvitation>(
    database,
    sql`SELECT c.email AS contact, i.token, i.deadline::text, i.invited_on::text,
      i.opened_on::text, i.responded_on::text
      FROM invitations i JOIN contacts c ON c.id = i.contact_id ORDER BY c.email`,
  )
const storedMessages = () =>
  rows<{
    recipient: string
    locale: string
    kind: string
    status: string
    subject: string
    body: string
    idempotency_key: string
  }>(
    database,
    sql`SELECT recipient, locale::text, kind::text, status::text, subject, body, idempotency_key
      FROM messages ORDER BY recipient`,
  )

/** Invites customers and employees (Ann, Ben, Cat, Dee) after deactivating Dee. */
async function inviteAll() {
  const ids = await contactIds()
  await h.admin.post(`/api/organisations/${h.organisationId}/contacts/${ids.dee}/deactivate`)
  return h.admin.post(invitations(), { groups: ['customers', 'employees'], deadline: '2026-03-20' })
}

/** The tokens of the stored invitations by contact name. */
const tokens = async () =>
  Object.fromEntries((await storedInvitations()).map((i) => [i.contact.split('@')[0], i.token]))

describe('POST /api/assessments/:id/invitations', () => {
  test('gives each contact a single-use link and a message in their language', async () => {
    const response = await inviteAll()
    expect(response.status).toBe(201)
    expect(response.json).toEqual({ queued: 3, skipped: 1 })
    const stored = await storedInvitations()
    expect(stored.map((i) => [i.contact, i.deadline, i.invited_on, i.opened_on])).toEqual([
      ['ann@example.com', '2026-03-20', TODAY, null],
      ['ben@example.com', '2026-03-20', TODAY, null],
      ['cat@example.com', '2026-03-20', TODAY, null],
    ])
    // Each token is a survey link of the contact's group: its SHA-256 is a link's hash.
    const links = await rows<{ id: number; group: string; created_at: string; hash: string }>(
      database,
      sql`SELECT l.id::float8 AS id, g.key AS group, l.created_at::text AS created_at,
        encode(l.token_hash, 'hex') AS hash
        FROM survey_links l JOIN stakeholder_groups g ON g.id = l.group_id
        WHERE l.kind = 'single-use'`,
    )
    const byHash = new Map(links.map((link) => [link.hash, link]))
    const sha = (token: string | null) =>
      createHash('sha256')
        .update(token ?? '')
        .digest('hex')
    expect(stored.map((i) => byHash.get(sha(i.token))?.group)).toEqual([
      'customers',
      'employees',
      'customers',
    ])
    for (const link of links) {
      // Made "on the day" with a random id: neither order nor time tells whose it is.
      expect(link.created_at).toMatch(/^2026-03-01 00:00:00\+00/)
      expect(link.id).toBeGreaterThanOrEqual(2 ** 52)
    }
    const messages = await storedMessages()
    expect(messages.map((m) => [m.recipient, m.locale, m.kind, m.status])).toEqual([
      ['ann@example.com', 'zh-Hant', 'invitation', 'queued'],
      ['ben@example.com', 'en', 'invitation', 'queued'],
      ['cat@example.com', 'zh-Hans', 'invitation', 'queued'],
    ])
    expect(messages[0]?.subject).toBe('Acme Holdings：誠邀您就可持續發展重要議題提供意見')
    expect(messages[0]?.body).toContain('Ann Lee 您好')
    expect(messages[0]?.body).toContain('請於2026年3月20日前')
    expect(messages[1]?.body).toContain('Dear Ben Wong')
    expect(messages[1]?.body).toContain('by 20 March 2026')
    expect(messages[2]?.body).toContain('请于2026年3月20日前')
    // The link itself is never in a stored message, only its placeholder.
    for (const m of messages) expect(m.body).toContain('{link}')
    const audit = await rows<{ after: unknown }>(
      database,
      sql`SELECT after FROM audit_log WHERE entity = 'invitations'`,
    )
    expect(audit).toEqual([{ after: { queued: 3, skipped: 1, deadline: '2026-03-20' } }])
  })

  test('inviting again queues nothing twice; by id works too', async () => {
    await inviteAll()
    const ids = await contactIds()
    const again = await h.admin.post(invitations(), { contactIds: [ids.ann, ids.ben] })
    expect(again.status).toBe(200)
    expect(again.json).toEqual({ queued: 0, skipped: 2 })
    expect(await storedMessages()).toHaveLength(3)
    await h.admin.post(`/api/organisations/${h.organisationId}/contacts/${ids.dee}/reactivate`)
    const dee = await h.admin.post(invitations(), { contactIds: [ids.dee] })
    expect(dee.json).toEqual({ queued: 1, skipped: 0 })
    const stored = await storedInvitations()
    expect(stored.find((i) => i.contact === 'dee@example.com')?.deadline).toBe('2026-03-15')
  })

  test('refuses an empty choice, viewers and analysts of other organisations; a closed assessment invites and reminds no more', async () => {
    expect((await h.admin.post(invitations(), {})).status).toBe(400)
    const viewer = await h.as('viewer')
    expect((await viewer.post(invitations(), { groups: ['customers'] })).status).toBe(403)
    expect((await viewer.get(invitations())).status).toBe(403)
    const outsider = await h.outsider()
    expect((await outsider.post(invitations(), { groups: ['customers'] })).status).toBe(404)
    await h.setStatus('open')
    await h.setStatus('closed')
    const closed = await h.admin.post(invitations(), { groups: ['customers'] })
    expect([closed.status, closed.json.error.code]).toEqual([409, 'assessment_closed'])
    expect(closed.json.error.message).toBe('This assessment is closed; invite no more.')
    const reminded = await h.admin.post(`/api/assessments/${h.id}/reminders`)
    expect([reminded.status, reminded.json.error.code]).toEqual([409, 'assessment_closed'])
    expect(reminded.json.error.message).toBe('This assessment is closed; remind no more.')
    expect(await storedInvitations()).toEqual([])
  })
})

describe('listing, outbox and the mail-merge file', () => {
  test('GET …/invitations lists contact, group, status, responded and reminders', async () => {
    await inviteAll()
    const ids = await contactIds()
    const listed = await h.admin.get(invitations())
    expect(listed.status).toBe(200)
    expect(listed.json).toEqual([
      expect.objectContaining({
        contactId: ids.ann,
        group: 'customers',
        status: 'queued',
        responded: false,
        reminders: 0,
      }),
      expect.objectContaining({ contactId: ids.ben, group: 'employees', status: 'queued' }),
      expect.objectContaining({ contactId: ids.cat, group: 'customers', status: 'queued' }),
    ])
  })

  test('the outbox shows each message with its link; the CSV is for a mail merge', async () => {
    await inviteAll()
    const t = await tokens()
    const outbox = await h.admin.get(`/api/assessments/${h.id}/outbox`)
    expect(outbox.status).toBe(200)
    expect(
      outbox.json.map((m: { recipient: string; language: string; status: string }) => [
        m.recipient,
        m.language,
        m.status,
      ]),
    ).toEqual([
      ['ann@example.com', 'zh-Hant', 'queued'],
      ['ben@example.com', 'en', 'queued'],
      ['cat@example.com', 'zh-Hans', 'queued'],
    ])
    expect(outbox.json[1].subject).toBe(
      'Acme Holdings: your views on our sustainability priorities',
    )
    expect(outbox.json[1].body).toContain(`http://localhost/s/${t.ben}\n`)
    const csv = await h.admin.get(`/api/assessments/${h.id}/invitations.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(csvObjects(csv.text)).toEqual([
      {
        name: 'Ann Lee',
        email: 'ann@example.com',
        language: 'zh-Hant',
        link: `http://localhost/s/${t.ann}`,
      },
      {
        name: 'Ben Wong',
        email: 'ben@example.com',
        language: 'en',
        link: `http://localhost/s/${t.ben}`,
      },
      {
        name: 'Cat Chan',
        email: 'cat@example.com',
        language: 'zh-Hans',
        link: `http://localhost/s/${t.cat}`,
      },
    ])
  })
})

describe('a link opened and used', () => {
  async function answer(token: string) {
    const respondent = client(h.app)
    const questionnaire = await respondent.get(`/api/survey/${token}`)
    expect(questionnaire.status).toBe(200)
    const submitted = await respondent.post(
      `/api/survey/${token}/submit`,
      submission(questionnaire.json),
    )
    expect(submitted.status).toBe(201)
  }

  test('opening marks the day; answering marks the day and forgets the token', async () => {
    await inviteAll()
    await h.setStatus('open')
    const t = await tokens()
    expect((await client(h.app).get(`/api/survey/${t.ann}`)).status).toBe(200)
    expect((await storedInvitations())[0]).toMatchObject({ opened_on: TODAY, responded_on: null })
    await answer(t.ann ?? '')
    const [ann, ben] = await storedInvitations()
    expect(ann).toMatchObject({ token: null, opened_on: TODAY, responded_on: TODAY })
    expect(ben).toMatchObject({ token: t.ben, responded_on: null })
    const listed = await h.admin.get(invitations())
    expect(listed.json.map((i: { responded: boolean }) => i.responded)).toEqual([
      true,
      false,
      false,
    ])
    // The used link is gone from the outbox and the mail-merge file.
    const outbox = await h.admin.get(`/api/assessments/${h.id}/outbox`)
    expect(outbox.json[0].body).toContain('（連結已使用）')
    expect(outbox.json[0].body).not.toContain(t.ann)
    const csv = csvObjects((await h.admin.get(`/api/assessments/${h.id}/invitations.csv`)).text)
    expect(csv.map((row) => row.email)).toEqual(['ben@example.com', 'cat@example.com'])
  })

  test('response rates per group show counts only from 3 responses', async () => {
    await h.admin.post(`/api/organisations/${h.organisationId}/contacts`, [
      { name: 'Eve', email: 'eve@example.com', group: 'customers', language: 'en' },
      { name: 'Fay', email: 'fay@example.com', group: 'customers', language: 'en' },
    ])
    await h.admin.post(invitations(), { groups: ['customers', 'employees'] })
    await h.setStatus('open')
    const t = await tokens()
    const rates = async () =>
      (await h.admin.get(`${invitations()}/rates`)).json.groups.filter(
        (g: { invited: number }) => g.invited > 0,
      )
    await answer(t.ann ?? '')
    await answer(t.cat ?? '')
    await answer(t.ben ?? '')
    expect(await rates()).toEqual([
      {
        group: 'customers',
        invited: 5,
        opened: null,
        responded: null,
        bounced: null,
        unsubscribed: null,
        reminders: null,
        shown: false,
      },
      {
        group: 'employees',
        invited: 1,
        opened: null,
        responded: null,
        bounced: null,
        unsubscribed: null,
        reminders: null,
        shown: false,
      },
    ])
    await client(h.app).get(`/api/survey/${t.fay}`)
    await answer(t.eve ?? '')
    expect((await rates())[0]).toEqual({
      group: 'customers',
      invited: 5,
      opened: 4,
      responded: 3,
      bounced: 0,
      unsubscribed: 0,
      reminders: 0,
      shown: true,
    })
  })
})

describe('POST /api/assessments/:id/reminders', () => {
  test('reminds only non-responders, at most 3 times, at least 3 days apart; dryRun counts first', async () => {
    await inviteAll()
    await h.setStatus('open')
    const t = await tokens()
    const respondent = client(h.app)
    const questionnaire = await respondent.get(`/api/survey/${t.ann}`)
    const answered = await respondent.post(
      `/api/survey/${t.ann}/submit`,
      submission(questionnaire.json),
    )
    expect(answered.status).toBe(201)
    const reminders = `/api/assessments/${h.id}/reminders`
    // Sessions end when idle for days: sign in afresh after each jump of the clock.
    const remind = async (query = '') =>
      (await signIn(h.app, ADMIN.email)).post(`${reminders}${query}`)
    // Invited today: too soon.
    expect((await remind('?dryRun=true')).json).toEqual({ queued: 0 })
    h.clock.advance(3 * 86_400_000)
    const due = await remind('?dryRun=true')
    expect(due.json, due.text).toEqual({ queued: 2 })
    expect(await storedMessages()).toHaveLength(3)
    const sent = await remind()
    expect(sent.status).toBe(201)
    expect(sent.json).toEqual({ queued: 2 })
    const stored = (await storedMessages()).filter((m) => m.kind === 'reminder')
    expect(stored.map((m) => [m.recipient, m.locale, m.idempotency_key.endsWith(':1')])).toEqual([
      ['ben@example.com', 'en', true],
      ['cat@example.com', 'zh-Hans', true],
    ])
    expect(stored[0]?.subject).toBe(
      'Reminder: Acme Holdings sustainability survey closes 20 March 2026',
    )
    expect(stored[1]?.body).toContain('谨此提醒')
    const listed = await (await signIn(h.app, ADMIN.email)).get(invitations())
    expect(listed.json.map((i: { reminders: number }) => i.reminders)).toEqual([0, 1, 1])
    expect((await remind()).json).toEqual({ queued: 0 })
    for (const _ of [2, 3]) {
      h.clock.advance(3 * 86_400_000)
      expect((await remind()).json).toEqual({ queued: 2 })
    }
    h.clock.advance(3 * 86_400_000)
    expect((await remind()).json).toEqual({ queued: 0 })
    expect((await storedMessages()).filter((m) => m.kind === 'reminder')).toHaveLength(6)
    const viewer = await h.as('viewer')
    expect((await viewer.post(reminders)).status).toBe(403)
  })
})
