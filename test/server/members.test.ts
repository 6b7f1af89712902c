import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { ADMIN, client, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let organisationId: number
let admin: ReturnType<typeof client>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  const [org] = await rows<{ id: number }>(sql`SELECT id::int FROM organisations LIMIT 1`)
  organisationId = org!.id
  admin = await signIn(harness.app, ADMIN.email)
})

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query)
const members = () => `/api/organisations/${organisationId}/members`

interface AuditRow {
  action: string
  entity: string
  entity_id: string
  assessment_id: number | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}
const membershipAudit = () =>
  rows<AuditRow>(
    sql`SELECT action, entity, entity_id, assessment_id, before, after FROM audit_log WHERE entity = 'membership' ORDER BY id`,
  )

describe('GET /api/organisations/:id/members', () => {
  test('any member sees the organisation and its members; outsiders do not', async () => {
    await seedUser(database, { email: 'viewer@example.com', role: 'viewer', organisationId })
    await seedUser(database, { email: 'other@example.com', role: 'admin' })
    const viewer = await signIn(harness.app, 'viewer@example.com')
    const listed = await viewer.get(members())
    expect(listed.status).toBe(200)
    expect(listed.json).toMatchObject({
      organisation: { id: String(organisationId), name: ADMIN.organisation },
      yourRole: 'viewer',
    })
    expect(
      listed.json.members.map((m: { email: string; role: string }) => [m.email, m.role]),
    ).toEqual([
      [ADMIN.email, 'admin'],
      ['viewer@example.com', 'viewer'],
    ])
    const other = await signIn(harness.app, 'other@example.com')
    expect((await other.get(members())).status).toBe(403)
    expect((await client(harness.app).get(members())).status).toBe(401)
  })
})

describe('POST /api/organisations/:id/members', () => {
  test('creates a new user with a temporary password shown once, and audits it', async () => {
    const added = await admin.post(members(), {
      email: 'Board@Example.com',
      name: 'Bo Board',
      role: 'approver',
    })
    expect(added.status).toBe(201)
    expect(added.json).toMatchObject({
      member: { email: 'board@example.com', name: 'Bo Board', role: 'approver' },
      newAccount: true,
      temporaryPassword: expect.stringMatching(/^([a-km-z2-9]{5}-){3}[a-km-z2-9]{5}$/),
    })
    const board = await signIn(harness.app, 'board@example.com', added.json.temporaryPassword)
    expect((await board.get('/api/auth/me')).json.organisations).toEqual([
      {
        id: String(organisationId),
        name: ADMIN.organisation,
        role: 'approver',
        permissions: ['read', 'readComments'],
      },
    ])
    const [entry, ...more] = await membershipAudit()
    expect(more).toEqual([])
    expect(entry).toMatchObject({
      action: 'add',
      entity_id: added.json.member.userId,
      assessment_id: null,
      after: { email: 'board@example.com', role: 'approver', newAccount: true },
    })
    expect(JSON.stringify(entry)).not.toContain(added.json.temporaryPassword)
  })

  test('uses a password the admin sets, and then shows none', async () => {
    const added = await admin.post(members(), {
      email: 'rita@example.com',
      name: 'Rita Reviewer',
      role: 'reviewer',
      password: 'a chosen long password',
    })
    expect(added.status).toBe(201)
    expect(added.json.temporaryPassword).toBeUndefined()
    await signIn(harness.app, 'rita@example.com', 'a chosen long password')
  })

  test('adds an existing user without touching their name or password; twice is 409', async () => {
    const existing = await seedUser(database, { email: 'consultant@example.com', role: 'admin' })
    const added = await admin.post(members(), {
      email: 'consultant@example.com',
      name: 'Someone Else',
      role: 'analyst',
      password: 'an attempt to take over',
    })
    expect(added.status).toBe(201)
    expect(added.json).toMatchObject({
      member: { name: 'Someone Else', role: 'analyst' },
      newAccount: false,
    })
    expect(added.json.temporaryPassword).toBeUndefined()
    await signIn(harness.app, 'consultant@example.com', existing.password)
    const again = await admin.post(members(), {
      email: 'consultant@example.com',
      name: 'x',
      role: 'viewer',
    })
    expect(again.status).toBe(409)
    expect(again.json.error.code).toBe('already_member')
    const [count] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM memberships WHERE organisation_id = ${organisationId}`,
    )
    expect(count!.n).toBe(2)
  })

  test('adding an account of another organisation does not reveal its name', async () => {
    await seedUser(database, { email: 'private@example.com', role: 'admin' })
    await database.db.execute(
      sql`UPDATE users SET name = 'Priya Hidden-Name' WHERE email = 'private@example.com'`,
    )
    const added = await admin.post(members(), {
      email: 'private@example.com',
      name: 'Our consultant',
      role: 'viewer',
    })
    expect(added.status).toBe(201)
    expect(added.json.member.name).toBe('Our consultant')
    const listed = await admin.get(members())
    const audit = await membershipAudit()
    for (const seen of [added.text, listed.text, JSON.stringify(audit)]) {
      expect(seen).not.toContain('Priya')
    }
    expect(listed.text).toContain('Our consultant')
  })

  test('an account of another organisation acting here is named as this organisation knows it', async () => {
    await seedUser(database, { email: 'private@example.com', role: 'admin' })
    await database.db.execute(
      sql`UPDATE users SET name = 'Priya Hidden-Name' WHERE email = 'private@example.com'`,
    )
    await admin.post(members(), {
      email: 'private@example.com',
      name: 'Our consultant',
      role: 'analyst',
    })
    const consultant = await signIn(harness.app, 'private@example.com')
    const created = await consultant.post('/api/assessments', {
      name: 'FY2026',
      organisation: String(organisationId),
    })
    expect(created.status).toBe(201)
    const id = created.json.id
    const audit = await admin.get(`/api/assessments/${id}/audit`)
    const csv = await admin.get(`/api/assessments/${id}/audit.csv`)
    expect(audit.status).toBe(200)
    for (const seen of [audit.text, csv.text]) {
      expect(seen).not.toContain('Priya')
      expect(seen).toContain('Our consultant')
    }
    // Removed, the account is named by the email this organisation added.
    const [user] = await rows<{ id: string }>(
      sql`SELECT id::text FROM users WHERE email = 'private@example.com'`,
    )
    expect((await admin.delete(`${members()}/${user!.id}`)).status).toBe(200)
    const after = await admin.get(`/api/assessments/${id}/audit`)
    expect(after.text).not.toContain('Priya')
    expect(after.text).toContain('private@example.com')
  })

  test('only admins add members, and the body is checked', async () => {
    await seedUser(database, { email: 'analyst@example.com', role: 'analyst', organisationId })
    const analyst = await signIn(harness.app, 'analyst@example.com')
    expect(
      (await analyst.post(members(), { email: 'x@example.com', name: 'X', role: 'viewer' })).status,
    ).toBe(403)
    const bad = await admin.post(members(), {
      email: 'not an email',
      name: '',
      role: 'owner',
      password: 'short',
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['email', 'name', 'password', 'role'])
    expect(await membershipAudit()).toEqual([])
  })
})

describe('PATCH /api/organisations/:id/members/:userId', () => {
  test('changes a role, which takes effect at once, and audits before and after', async () => {
    const viewer = await seedUser(database, {
      email: 'viewer@example.com',
      role: 'viewer',
      organisationId,
    })
    const session = await signIn(harness.app, 'viewer@example.com')
    expect((await session.post('/api/assessments', { name: 'FY2025' })).status).toBe(403)
    const changed = await admin.patch(`${members()}/${viewer.userId}`, { role: 'analyst' })
    expect(changed.status).toBe(200)
    expect(changed.json.member).toMatchObject({ email: 'viewer@example.com', role: 'analyst' })
    expect((await session.post('/api/assessments', { name: 'FY2025' })).status).toBe(201)
    expect(await membershipAudit()).toEqual([
      {
        action: 'role',
        entity: 'membership',
        entity_id: String(viewer.userId),
        assessment_id: null,
        before: { email: 'viewer@example.com', name: 'viewer', role: 'viewer' },
        after: { email: 'viewer@example.com', name: 'viewer', role: 'analyst' },
      },
    ])
    expect((await admin.patch(`${members()}/${viewer.userId}`, { role: 'analyst' })).status).toBe(
      200,
    )
    expect(await membershipAudit()).toHaveLength(1)
  })

  test('the last admin cannot stop being one (409); with a second admin it is allowed', async () => {
    const [me] = await rows<{ id: number }>(
      sql`SELECT id::int FROM users WHERE email = ${ADMIN.email}`,
    )
    const last = await admin.patch(`${members()}/${me!.id}`, { role: 'viewer' })
    expect(last.status).toBe(409)
    expect(last.json.error.code).toBe('last_admin')
    const second = await seedUser(database, {
      email: 'second@example.com',
      role: 'admin',
      organisationId,
    })
    expect((await admin.patch(`${members()}/${second.userId}`, { role: 'reviewer' })).status).toBe(
      200,
    )
    expect((await admin.patch(`${members()}/${second.userId}`, { role: 'admin' })).status).toBe(200)
    expect((await admin.patch(`${members()}/${me!.id}`, { role: 'viewer' })).status).toBe(200)
    const roles = await rows<{ role: string }>(
      sql`SELECT role FROM memberships WHERE organisation_id = ${organisationId} AND role = 'admin'`,
    )
    expect(roles).toHaveLength(1)
  })

  test('two admins demoting each other at once leave one admin', async () => {
    const [me] = await rows<{ id: number }>(
      sql`SELECT id::int FROM users WHERE email = ${ADMIN.email}`,
    )
    const second = await seedUser(database, {
      email: 'second@example.com',
      role: 'admin',
      organisationId,
    })
    const other = await signIn(harness.app, 'second@example.com')
    const results = await Promise.all([
      admin.patch(`${members()}/${second.userId}`, { role: 'viewer' }),
      other.patch(`${members()}/${me!.id}`, { role: 'viewer' }),
    ])
    // The loser is refused either as no longer an admin (403) or as the last admin (409).
    const statuses = results.map((r) => r.status).sort()
    expect(statuses[0]).toBe(200)
    expect([403, 409]).toContain(statuses[1])
    const admins = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM memberships WHERE organisation_id = ${organisationId} AND role = 'admin'`,
    )
    expect(admins[0]!.n).toBe(1)
  })

  test('an unknown member is 404, a non-admin 403, a bad role 400', async () => {
    const viewer = await seedUser(database, {
      email: 'viewer@example.com',
      role: 'viewer',
      organisationId,
    })
    expect((await admin.patch(`${members()}/999999`, { role: 'viewer' })).status).toBe(404)
    const session = await signIn(harness.app, 'viewer@example.com')
    expect((await session.patch(`${members()}/${viewer.userId}`, { role: 'admin' })).status).toBe(
      403,
    )
    expect((await admin.patch(`${members()}/${viewer.userId}`, { role: 'owner' })).status).toBe(400)
    expect(await membershipAudit()).toEqual([])
  })
})

describe('DELETE /api/organisations/:id/members/:userId', () => {
  test('removes a member, audited; their session loses the organisation at once', async () => {
    const analyst = await seedUser(database, {
      email: 'analyst@example.com',
      role: 'analyst',
      organisationId,
    })
    const session = await signIn(harness.app, 'analyst@example.com')
    expect((await session.get(members())).status).toBe(200)
    const removed = await admin.delete(`${members()}/${analyst.userId}`)
    expect(removed.status).toBe(200)
    // The very next request of that session is refused: it had no other organisation.
    expect((await session.get(members())).status).toBe(401)
    expect((await session.get('/api/auth/me')).status).toBe(401)
    const left = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM memberships WHERE user_id = ${analyst.userId}`,
    )
    expect(left[0]!.n).toBe(0)
    expect(await membershipAudit()).toEqual([
      {
        action: 'remove',
        entity: 'membership',
        entity_id: String(analyst.userId),
        assessment_id: null,
        before: { email: 'analyst@example.com', name: 'analyst', role: 'analyst' },
        after: null,
      },
    ])
    expect((await admin.delete(`${members()}/${analyst.userId}`)).status).toBe(404)
  })

  test('a member of two organisations keeps the other one', async () => {
    const consultant = await seedUser(database, { email: 'c@example.com', role: 'admin' })
    await admin.post(members(), { email: 'c@example.com', name: 'C', role: 'viewer' })
    const session = await signIn(harness.app, 'c@example.com')
    expect((await admin.delete(`${members()}/${consultant.userId}`)).status).toBe(200)
    expect((await session.get(members())).status).toBe(403)
    const me = await session.get('/api/auth/me')
    expect(me.json.organisations).toHaveLength(1)
    expect(me.json.organisations[0]).toMatchObject({
      id: String(consultant.organisationId),
      name: 'Other Ltd',
      role: 'admin',
    })
  })

  test('only admins remove; the last admin cannot be removed, not even by racing', async () => {
    const [me] = await rows<{ id: number }>(
      sql`SELECT id::int FROM users WHERE email = ${ADMIN.email}`,
    )
    const viewer = await seedUser(database, {
      email: 'v@example.com',
      role: 'viewer',
      organisationId,
    })
    const session = await signIn(harness.app, 'v@example.com')
    expect((await session.delete(`${members()}/${me!.id}`)).status).toBe(403)
    const last = await admin.delete(`${members()}/${me!.id}`)
    expect([last.status, last.json.error.code]).toEqual([409, 'last_admin'])
    const second = await seedUser(database, {
      email: 's@example.com',
      role: 'admin',
      organisationId,
    })
    const other = await signIn(harness.app, 's@example.com')
    const results = await Promise.all([
      admin.delete(`${members()}/${second.userId}`),
      other.delete(`${members()}/${me!.id}`),
    ])
    // The loser is refused as no longer an admin (403) or as the last admin (409).
    const statuses = results.map((r) => r.status).sort()
    expect(statuses[0]).toBe(200)
    expect([403, 409]).toContain(statuses[1])
    const admins = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM memberships WHERE organisation_id = ${organisationId} AND role = 'admin'`,
    )
    expect(admins[0]!.n).toBe(1)
    expect(viewer.userId).toBeGreaterThan(0)
  })
})

describe('deactivating an account', () => {
  test('ends its sessions at once, refuses sign-in, and is undone by reactivating; audited', async () => {
    const analyst = await seedUser(database, {
      email: 'leaver@example.com',
      role: 'analyst',
      organisationId,
    })
    const session = await signIn(harness.app, 'leaver@example.com')
    const off = await admin.post(`${members()}/${analyst.userId}/deactivate`)
    expect(off.status).toBe(200)
    expect(off.json.member).toMatchObject({ email: 'leaver@example.com', active: false })
    expect((await session.get('/api/auth/me')).status).toBe(401)
    const sessions = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM sessions WHERE user_id = ${analyst.userId}`,
    )
    expect(sessions[0]!.n).toBe(0)
    const refused = await client(harness.app).post('/api/auth/login', {
      email: 'leaver@example.com',
      password: ADMIN.password,
    })
    expect([refused.status, refused.json.error.code]).toEqual([401, 'invalid_credentials'])
    const listed = await admin.get(members())
    expect(
      listed.json.members.find((m: { email: string }) => m.email === 'leaver@example.com'),
    ).toMatchObject({ active: false, role: 'analyst' })
    const on = await admin.post(`${members()}/${analyst.userId}/reactivate`)
    expect(on.json.member.active).toBe(true)
    await signIn(harness.app, 'leaver@example.com')
    const audit = await rows<{ action: string; entity: string; entity_id: string }>(
      sql`SELECT action, entity, entity_id FROM audit_log WHERE entity = 'user' ORDER BY id`,
    )
    expect(audit).toEqual([
      { action: 'deactivate', entity: 'user', entity_id: String(analyst.userId) },
      { action: 'reactivate', entity: 'user', entity_id: String(analyst.userId) },
    ])
  })

  test('is refused for yourself, the last admin, and an account another organisation shares', async () => {
    const [me] = await rows<{ id: number }>(
      sql`SELECT id::int FROM users WHERE email = ${ADMIN.email}`,
    )
    const self = await admin.post(`${members()}/${me!.id}/deactivate`)
    expect([self.status, self.json.error.code]).toEqual([409, 'deactivate_self'])
    const shared = await seedUser(database, { email: 'shared@example.com', role: 'viewer' })
    await admin.post(members(), { email: 'shared@example.com', name: 'Shared', role: 'viewer' })
    const refused = await admin.post(`${members()}/${shared.userId}/deactivate`)
    expect([refused.status, refused.json.error.code]).toEqual([409, 'shared_account'])
    const viewer = await seedUser(database, {
      email: 'v@example.com',
      role: 'viewer',
      organisationId,
    })
    const session = await signIn(harness.app, 'v@example.com')
    expect((await session.post(`${members()}/${me!.id}/deactivate`)).status).toBe(403)
    expect((await admin.post(`${members()}/999999/deactivate`)).status).toBe(404)
    const active = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM users WHERE deactivated_at IS NOT NULL`,
    )
    expect(active[0]!.n).toBe(0)
    expect(viewer.userId).toBeGreaterThan(0)
  })
})

describe("membership changes in an assessment's audit trail", () => {
  test('who may confirm or approve changes: logged in every assessment not yet approved', async () => {
    const created = await admin.post('/api/assessments', { name: 'FY2026' })
    expect(created.status).toBe(201)
    const id = Number(created.json.id)
    const inAssessment = () =>
      rows<{ action: string; entity_id: string; after: { role?: string } | null }>(
        sql`SELECT action, entity_id, after FROM audit_log
            WHERE assessment_id = ${id} AND entity IN ('membership', 'user') ORDER BY id`,
      )
    const viewer = await admin.post(members(), {
      email: 'viewer@example.com',
      name: 'Vi Viewer',
      role: 'viewer',
    })
    expect(viewer.status).toBe(201)
    expect(await inAssessment()).toEqual([]) // a viewer decides nothing
    const board = await admin.post(members(), {
      email: 'board@example.com',
      name: 'Bo Board',
      role: 'approver',
      password: 'a password she chose',
    })
    expect(board.status).toBe(201)
    const promoted = await admin.patch(`${members()}/${viewer.json.member.userId}`, {
      role: 'reviewer',
    })
    expect(promoted.status).toBe(200)
    expect((await admin.delete(`${members()}/${board.json.member.userId}`)).status).toBe(200)
    const logged = await inAssessment()
    expect(logged.map((entry) => [entry.action, entry.entity_id, entry.after?.role])).toEqual([
      ['add', board.json.member.userId, 'approver'],
      ['role', viewer.json.member.userId, 'reviewer'],
      ['remove', board.json.member.userId, undefined],
    ])
    // The assessment's own audit endpoint shows them.
    const trail = await admin.get(`/api/assessments/${id}/audit?entity=membership`)
    expect(trail.status).toBe(200)
    expect(JSON.stringify(trail.json)).toContain('board@example.com')
  })
})
