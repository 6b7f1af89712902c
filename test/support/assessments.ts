import { randomUUID } from 'node:crypto'
import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { queryRows } from '#db/client'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import type { Role } from '#surveys/domain/model'
import { ADMIN, type client, createTestApp, seedAdmin, seedUser, signIn } from './app.ts'
import { createTestDb, type TestDatabase } from './db.ts'

type Caller = ReturnType<typeof client>

/** Rows of a raw query on the test database, e.g. to check what a request wrote. */
export function rows<T>(database: TestDatabase, query: SQL): Promise<T[]> {
  return queryRows<T>(database.db, query)
}

/**
 * Assigns these signed-in members to score the IROs named, or every IRO now in the register: an
 * assessor may score only the IROs assigned to them.
 */
export async function assignIros(
  admin: Caller,
  assessmentId: string,
  members: Caller[],
  iroIds?: string[],
) {
  const assessorIds = await Promise.all(
    members.map(async (member) => String((await member.get('/api/auth/me')).json.id)),
  )
  const every = (await admin.get(`/api/assessments/${assessmentId}/iros`)).json.iros as {
    id: string
  }[]
  const response = await admin.post(`/api/assessments/${assessmentId}/iro-assignments`, {
    assessorIds,
    iroIds: iroIds ?? every.map((iro) => iro.id),
  })
  if (response.status !== 200) throw new Error(`assign: ${response.status} ${response.text}`)
}

/**
 * The app with the first admin signed in and one draft assessment; `as(role)` signs in a
 * member of the same organisation with that role, `outsider()` an admin of another one.
 */
export async function assessmentHarness(database: TestDatabase) {
  await database.reset()
  const harness = createTestApp(database)
  await seedAdmin(harness.deps)
  const admin = await signIn(harness.app, ADMIN.email)
  const created = await admin.post('/api/assessments', {
    name: 'FY2025',
    periodStart: '2025-01-01',
  })
  const id: string = created.json.id
  const organisationId = Number(created.json.organisationId)
  let users = 0
  const as = async (role: Role): Promise<Caller> => {
    const email = `${role}${++users}@example.com`
    await seedUser(database, { email, role, organisationId })
    return signIn(harness.app, email)
  }
  const outsider = async (): Promise<Caller> => {
    const email = `outsider${++users}@example.com`
    await seedUser(database, { email, role: 'admin' })
    return signIn(harness.app, email)
  }
  const setStatus = async (status: 'open' | 'closed') => {
    const response = await admin.patch(`/api/assessments/${id}`, { status })
    if (response.status !== 200) throw new Error(`status ${status}: ${response.text}`)
  }
  return { ...harness, admin, id, organisationId, as, outsider, setStatus }
}

/** What the survey (issue 4) writes when a respondent starts: a saved draft on the link. */
export async function addDraft(database: TestDatabase, linkId: string, resumeKey = '') {
  await database.db.execute(sql`
    INSERT INTO drafts (link_id, resume_key, answers, locale)
    VALUES (${linkId}::bigint, ${Buffer.from(resumeKey)}::bytea, '{}'::jsonb, 'en')`)
}

/** What the survey writes on submit: a response through the link, in the link's group. */
export async function addResponse(database: TestDatabase, linkId: string) {
  await database.db.execute(sql`
    INSERT INTO responses (assessment_id, group_id, link_id, single_use, browser_id, submission_id, locale)
    SELECT assessment_id, group_id, id, kind = 'single-use',
      CASE WHEN kind = 'open' THEN ${randomUUID()}::uuid END, ${randomUUID()}::uuid, 'en'
    FROM survey_links WHERE id = ${linkId}::bigint`)
}

/** The latest audit entries for an entity, newest first. */
export function auditEntries(database: TestDatabase, entity: string) {
  return rows<{ action: string; before: unknown; after: unknown; reason: string | null }>(
    database,
    sql`SELECT action, before, after, reason FROM audit_log WHERE entity = ${entity} ORDER BY id DESC`,
  )
}

/** The tables that hold assessments and everything done with them, for `assessmentTables`. */
const ASSESSMENT_TABLES = [
  'assessments',
  'assessment_issues',
  'stakeholder_groups',
  'survey_links',
  'drafts',
  'responses',
  'ratings',
  'response_comments',
  'confirmations',
  'confirmation_drafts',
  'approvals',
  'audit_log',
] as const

/**
 * Every row of the assessment tables, each table in a stable order: equal before and after a
 * refused change proves that the change wrote nothing, not only that it answered an error.
 */
export async function assessmentTables(database: TestDatabase) {
  const state: Record<string, unknown[]> = {}
  for (const table of ASSESSMENT_TABLES) {
    const found = await rows<{ row: unknown }>(
      database,
      sql`SELECT to_jsonb(t) AS row FROM ${sql.identifier(table)} t ORDER BY to_jsonb(t)::text`,
    )
    state[table] = found.map((r) => r.row)
  }
  return state
}

/**
 * The demo organisation loaded on an empty database: its closed FY2023 assessment (`url`), its
 * admin (`admin()`), and `member(role)` to sign in a new member of it with a role.
 */
export async function demoHarness(database: TestDatabase) {
  await database.reset()
  const harness = createTestApp(database)
  const demo = await loadDemo(harness.deps)
  const [row] = await rows<{ id: number }>(
    database,
    sql`SELECT organisation_id::int AS id FROM assessments WHERE id = ${demo.assessmentId}`,
  )
  const organisationId = row!.id
  const admin = () => signIn(harness.app, DEMO_EMAIL, demo.password)
  const member = async (role: Role) => {
    const user = await seedUser(database, { email: `${role}@example.com`, role, organisationId })
    return signIn(harness.app, user.email)
  }
  return {
    harness,
    demo,
    organisationId,
    url: `/api/assessments/${demo.assessmentId}`,
    admin,
    member,
  }
}

export type DemoHarness = Awaited<ReturnType<typeof demoHarness>> & { database: TestDatabase }

/**
 * An API test file on the demo: one database for the file (closed after it), and before each
 * test the demo loaded afresh into it (demoHarness). What it returns reads the running test's
 * demo: its database, app, demo, assessment `url`, `admin()`, `member(role)` and `rows(query)`.
 * @example
 * const given = useDemoHarness()
 * test('reads the matrix', async () => (await given.admin()).get(`${given.url}/matrix`))
 */
export function useDemoHarness() {
  let database: TestDatabase | undefined
  let current: DemoHarness | undefined
  beforeAll(async () => {
    database = await createTestDb()
  })
  afterAll(() => database?.close())
  beforeEach(async () => {
    if (!database) throw new Error('the test database did not open')
    current = { ...(await demoHarness(database)), database }
  })
  const now = () => {
    if (!current) throw new Error('the demo is loaded before each test, not outside one')
    return current
  }
  return {
    get database() {
      return now().database
    },
    get harness() {
      return now().harness
    },
    get demo() {
      return now().demo
    },
    get url() {
      return now().url
    },
    admin: () => now().admin(),
    member: (role: Role) => now().member(role),
    rows: <T>(query: SQL) => rows<T>(now().database, query),
  }
}

/** A signed-in caller of the demo's API, as `admin()` and `member(role)` give. */
export type DemoClient = Awaited<ReturnType<DemoHarness['admin']>>
