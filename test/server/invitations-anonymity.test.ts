import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { client } from '../support/app.ts'
import { assessmentHarness, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { submission } from '../support/survey.ts'

// Anonymous by construction (issue 16.6): a stored response has no path back to a contact or an
// invitation — no column, no foreign key, no shared id, no timestamp finer than a day.

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

/** What a response is stored in. */
const RESPONSE_TABLES = ['responses', 'ratings', 'response_comments']
/** Who was invited and what they were sent. */
const PERSON_TABLES = ['contacts', 'invitations', 'messages']
/**
 * Tables with one row per organisation, assessment, group, issue or account: every respondent of
 * a group shares them, so a route through one leads to everyone in it, not to a person.
 */
const SHARED_SCOPES = [
  'organisations',
  'assessments',
  'stakeholder_groups',
  'assessment_issues',
  'users',
]
/** The values that identify one response or its link. */
const IDENTIFYING_COLUMNS = [
  'response_id',
  'link_id',
  'token_hash',
  'submission_id',
  'browser_id',
  'address_hash',
  'resume_key',
]

async function foreignKeys() {
  return rows<{ child: string; parent: string }>(
    database,
    sql`SELECT c.relname AS child, p.relname AS parent
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  )
}

async function columns() {
  return rows<{ table: string; column: string; type: string }>(
    database,
    sql`SELECT table_name AS table, column_name AS column, data_type AS type
      FROM information_schema.columns WHERE table_schema = 'public'`,
  )
}

describe('anonymous by construction', () => {
  test('no chain of foreign keys leads from a response to a contact, invitation or message', async () => {
    const edges = await foreignKeys()
    expect(edges.length).toBeGreaterThan(10)
    // Walk the keys both ways (a join works in either direction), stopping at shared scopes.
    const reached = new Set(RESPONSE_TABLES)
    const queue = [...RESPONSE_TABLES]
    for (let table = queue.shift(); table; table = queue.shift()) {
      if (SHARED_SCOPES.includes(table)) continue
      for (const { child, parent } of edges) {
        const next = child === table ? parent : parent === table ? child : undefined
        if (next && !reached.has(next)) {
          reached.add(next)
          queue.push(next)
        }
      }
    }
    expect(reached).toContain('survey_links')
    for (const table of PERSON_TABLES) expect(reached).not.toContain(table)
    // And nothing from a person's side keys into a response's side except through a scope.
    const crossing = edges.filter(
      (e) =>
        PERSON_TABLES.includes(e.child) &&
        !SHARED_SCOPES.includes(e.parent) &&
        !PERSON_TABLES.includes(e.parent),
    )
    expect(crossing).toEqual([])
  })

  test('no column names the other side, no shared id, no time finer than a day on an invitation', async () => {
    const all = await columns()
    const reachedColumns = all.filter((c) =>
      [...RESPONSE_TABLES, 'survey_links', 'drafts'].includes(c.table),
    )
    expect(reachedColumns.length).toBeGreaterThan(20)
    for (const c of reachedColumns) expect(c.column).not.toMatch(/contact|invitation|message/)
    const personColumns = all.filter((c) => PERSON_TABLES.includes(c.table))
    expect(personColumns.map((c) => c.column)).toContain('token')
    for (const c of personColumns) expect(IDENTIFYING_COLUMNS).not.toContain(c.column)
    const invitationTimes = personColumns.filter(
      (c) => c.table === 'invitations' && /date|time/.test(c.type),
    )
    expect(invitationTimes.map((c) => [c.column, c.type]).sort()).toEqual([
      ['deadline', 'date'],
      ['invited_on', 'date'],
      ['last_reminded_on', 'date'],
      ['opened_on', 'date'],
      ['responded_on', 'date'],
    ])
  })

  test('after an answer, no stored value ties it to the invitation', async () => {
    const h = await assessmentHarness(database)
    await h.admin.post(`/api/organisations/${h.organisationId}/contacts`, [
      { name: 'Ann Lee', email: 'ann@example.com', group: 'customers', language: 'en' },
      { name: 'Ben Wong', email: 'ben@example.com', group: 'customers', language: 'en' },
    ])
    await h.admin.post(`/api/assessments/${h.id}/invitations`, { groups: ['customers'] })
    await h.setStatus('open')
    const [ann] = await rows<{ token: string }>(
      database,
      sql`SELECT i.token FROM invitations i JOIN contacts c ON c.id = i.contact_id
        WHERE c.email = 'ann@example.com'`,
    )
    const token = ann?.token ?? ''
    const respondent = client(h.app)
    const questionnaire = await respondent.get(`/api/survey/${token}`)
    const body = submission(questionnaire.json)
    expect((await respondent.post(`/api/survey/${token}/submit`, body)).status).toBe(201)
    const [response] = await rows<{ id: string; link_id: string; submission_id: string }>(
      database,
      sql`SELECT id::text, link_id::text, submission_id::text FROM responses`,
    )
    const [link] = await rows<{ hash: string; created_at: string }>(
      database,
      sql`SELECT encode(token_hash, 'hex') AS hash, created_at::text FROM survey_links
        WHERE id = ${response?.link_id}::bigint`,
    )
    expect(link?.hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(link?.created_at).toMatch(/ 00:00:00\+00$/)
    // Every value on the person's side, as text: none is the token, its hash, the submission's
    // id or the link's id.
    const stored = await rows<{ row: string }>(
      database,
      sql`SELECT row_to_json(i)::text AS row FROM invitations i
        UNION ALL SELECT row_to_json(m)::text FROM messages m
        UNION ALL SELECT row_to_json(c)::text FROM contacts c`,
    )
    expect(stored.length).toBe(2 + 2 + 2)
    const text = stored.map((r) => r.row).join('\n')
    for (const secret of [token, link?.hash ?? '', response?.submission_id ?? '']) {
      expect(text).not.toContain(secret)
    }
    // The link's id is random (2^52 and up), so finding it nowhere means something.
    expect(Number(response?.link_id)).toBeGreaterThanOrEqual(2 ** 52)
    expect(text).not.toContain(String(response?.link_id))
    const [used] = await rows<{ responded_on: string | null; token: string | null }>(
      database,
      sql`SELECT responded_on::text, token FROM invitations WHERE token IS NULL`,
    )
    expect(used).toEqual({ responded_on: '2026-03-01', token: null })
  })
})
