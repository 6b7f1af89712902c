import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { insertAudit } from '#db/queries/audit'
import {
  findApproval,
  findLatestConfirmation,
  insertApproval,
  insertConfirmation,
} from '#db/queries/confirmations'
import { openSnapshot, sealSnapshot, sha256Hex } from '#server/services/snapshots'
import { ADMIN, client, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { demoSnapshot } from '../support/snapshot.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
})

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(database.db, query)

/** The database's own message for a statement that fails (drizzle wraps it in `cause`). */
async function refusal(statement: ReturnType<typeof sql>): Promise<string> {
  try {
    await database.db.execute(statement)
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause
    return cause?.message ?? String(error)
  }
  throw new Error('the statement succeeded')
}

async function adminOrganisation(): Promise<number> {
  const [org] = await rows<{ id: number }>(
    sql`SELECT id::int FROM organisations ORDER BY id LIMIT 1`,
  )
  return org!.id
}

/** An assessment with four audited changes: create, open, links, close. */
async function busyAssessment(admin: ReturnType<typeof client>) {
  const { json: assessment } = await admin.post('/api/assessments', { name: 'FY2025' })
  const id: string = assessment.id
  await admin.patch(`/api/assessments/${id}`, { status: 'open' })
  await admin.post(`/api/assessments/${id}/links`, {
    group: 'customers',
    kind: 'single-use',
    count: 2,
  })
  await admin.patch(`/api/assessments/${id}`, { status: 'closed' })
  return id
}

describe('append-only tables', () => {
  test('the database refuses UPDATE and DELETE on the audit log', async () => {
    const organisationId = await adminOrganisation()
    await insertAudit(database.db, { organisationId, action: 'test', entity: 'x', after: { a: 1 } })
    expect(await refusal(sql`UPDATE audit_log SET action = 'forged'`)).toBe(
      'audit_log is append-only',
    )
    expect(await refusal(sql`DELETE FROM audit_log`)).toBe('audit_log is append-only')
    const [entry] = await rows<{ action: string; n: number }>(
      sql`SELECT action, (SELECT count(*)::int FROM audit_log) AS n FROM audit_log WHERE entity = 'x'`,
    )
    expect(entry).toEqual({ action: 'test', n: 2 })
  })

  test('a sealed snapshot reads back with the same hash, and cannot be changed or removed', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const { json: assessment } = await admin.post('/api/assessments', { name: 'FY2025' })
    const [user] = await rows<{ id: number }>(sql`SELECT id::int FROM users LIMIT 1`)
    const snapshot = demoSnapshot()
    const sealed = sealSnapshot(snapshot)
    expect(sealed.hash).toBe(sha256Hex(sealed.text))
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/)
    const row = await insertConfirmation(database.db, {
      assessmentId: Number(assessment.id),
      version: 1,
      snapshot: sealed.text,
      hash: sealed.hash,
      confirmedBy: user!.id,
    })
    await insertApproval(database.db, {
      confirmationId: row.id,
      decision: 'approve',
      comment: '',
      decidedBy: user!.id,
    })
    for (let read = 0; read < 2; read++) {
      const stored = await findLatestConfirmation(database.db, Number(assessment.id))
      expect(stored?.snapshot).toBe(sealed.text)
      expect(sha256Hex(stored!.snapshot)).toBe(sealed.hash)
      expect(sealSnapshot(openSnapshot(stored!)).hash).toBe(sealed.hash)
    }
    expect(() => openSnapshot({ snapshot: `${sealed.text} `, hash: sealed.hash })).toThrow(/hash/)
    for (const table of ['confirmations', 'approvals']) {
      expect(await refusal(sql.raw(`UPDATE ${table} SET created_at = now()`))).toBe(
        `${table} is append-only`,
      )
      expect(await refusal(sql.raw(`DELETE FROM ${table}`))).toBe(`${table} is append-only`)
    }
    expect((await findApproval(database.db, row.id))?.approval.decision).toBe('approve')
  })
})

describe('GET /api/assessments/:id/audit', () => {
  test('newest first, with actors, and pages by keyset', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await busyAssessment(admin)
    const all = await admin.get(`/api/assessments/${id}/audit`)
    expect(all.status).toBe(200)
    expect(
      all.json.entries.map((e: { action: string; entity: string }) => `${e.action} ${e.entity}`),
    ).toEqual(['status assessment', 'create links', 'status assessment', 'create assessment'])
    expect(all.json.entries[0]).toMatchObject({
      actor: { name: 'Ada Admin', email: ADMIN.email },
      before: { status: 'open' },
      after: { status: 'closed' },
      at: expect.stringMatching(/Z$/),
    })
    expect(all.json.nextCursor).toBeNull()
    expect(all.json.facets).toEqual({
      entities: ['assessment', 'links'],
      actions: ['create', 'status'],
      actors: [{ id: expect.any(String), name: 'Ada Admin', email: ADMIN.email }],
    })

    const first = await admin.get(`/api/assessments/${id}/audit?limit=3`)
    expect(first.json.entries).toHaveLength(3)
    const second = await admin.get(
      `/api/assessments/${id}/audit?limit=3&cursor=${first.json.nextCursor}`,
    )
    expect(second.json.entries.map((e: { id: string }) => e.id)).toEqual([all.json.entries[3].id])
    expect(second.json.nextCursor).toBeNull()
    expect(second.json.facets).toBeUndefined()
  })

  test('filters by entity, action, actor and time, and keeps other assessments out', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await busyAssessment(admin)
    await busyAssessment(admin)
    const get = async (q: string) =>
      (await admin.get(`/api/assessments/${id}/audit?${q}`)).json.entries as { action: string }[]
    expect(await get('')).toHaveLength(4)
    expect(await get('action=status')).toHaveLength(2)
    expect(await get('entity=links&action=create')).toHaveLength(1)
    expect(await get('entity=&action=')).toHaveLength(4)
    const actorId = (await admin.get(`/api/assessments/${id}/audit`)).json.facets.actors[0].id
    expect(await get(`actor=${actorId}`)).toHaveLength(4)
    expect(await get(`actor=${Number(actorId) + 1}`)).toHaveLength(0)
    const hour = 3600_000
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString()
    expect(await get(`from=${iso(-hour)}&to=${iso(hour)}`)).toHaveLength(4)
    expect(await get(`from=${iso(hour)}`)).toHaveLength(0)
    expect(await get(`to=${iso(-hour)}`)).toHaveLength(0)
    const today = new Date().toISOString().slice(0, 10)
    expect(await get(`from=${today}&to=${today}`)).toHaveLength(4)
  })

  test('rejects bad queries with the fields named', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await busyAssessment(admin)
    for (const [q, field] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['from=2026-13-45', 'from'],
      ['from=yesterday', 'from'],
      ['to=2026-02-30', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'to'],
      ['entity=DROP%20TABLE', 'entity'],
      ['actor=0', 'actor'],
      ['cursor=-1', 'cursor'],
    ]) {
      const response = await admin.get(`/api/assessments/${id}/audit?${q}`)
      expect(response.status, q).toBe(400)
      expect(Object.keys(response.json.error.fields), q).toContain(field)
    }
  })

  test('any member may read; another organisation may not; signed out is 401', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await busyAssessment(admin)
    await seedUser(database, {
      email: 'v@example.com',
      role: 'viewer',
      organisationId: await adminOrganisation(),
    })
    await seedUser(database, { email: 'o@example.com', role: 'admin' })
    const viewer = await signIn(harness.app, 'v@example.com')
    const other = await signIn(harness.app, 'o@example.com')
    expect((await viewer.get(`/api/assessments/${id}/audit`)).status).toBe(200)
    expect((await viewer.get(`/api/assessments/${id}/audit.csv`)).status).toBe(200)
    expect((await other.get(`/api/assessments/${id}/audit`)).status).toBe(404)
    expect((await other.get(`/api/assessments/${id}/audit.csv`)).status).toBe(404)
    expect((await admin.get('/api/assessments/999999/audit')).status).toBe(404)
    expect((await client(harness.app).get(`/api/assessments/${id}/audit`)).status).toBe(401)
  })
})

describe('GET /api/assessments/:id/audit.csv', () => {
  test('every row, UTF-8 with BOM, RFC 4180 quoting, formulas neutralised', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await busyAssessment(admin)
    const reopened = await admin.patch(`/api/assessments/${id}`, {
      status: 'open',
      reason: '=HYPERLINK("http://evil.example","回應不足")',
    })
    expect(reopened.status).toBe(200)
    const response = await harness.app.request(
      `http://localhost/api/assessments/${id}/audit.csv?limit=1`,
      {
        headers: { cookie: admin.cookie },
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="assessment-${id}-audit.csv"; filename*=UTF-8''assessment-${id}-audit.csv`,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const lines = text.slice(1).split('\r\n')
    expect(lines[0]).toBe(
      'id,time (UTC),actor id,actor name,actor email,action,entity,entity id,before,after,reason',
    )
    // Five entries (the limit applies to pages, not to the export), then the final CRLF.
    expect(lines).toHaveLength(7)
    expect(lines.at(-1)).toBe('')
    const newest = lines[1] ?? ''
    expect(newest).toContain(',status,assessment,')
    expect(newest).toContain('"{""status"":""closed""}","{""status"":""open""}"')
    expect(newest.endsWith(`"'=HYPERLINK(""http://evil.example"",""回應不足"")"`)).toBe(true)
  })

  test('exports a log longer than one read batch, each entry once, newest first', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await busyAssessment(admin)
    const organisationId = await adminOrganisation()
    await database.db.execute(sql`
      INSERT INTO audit_log (organisation_id, assessment_id, action, entity, after)
      SELECT ${organisationId}, ${Number(id)}, 'bulk', 'issue', jsonb_build_object('n', g)
      FROM generate_series(1, 2050) AS g`)
    const csv = (await admin.get(`/api/assessments/${id}/audit.csv?entity=issue`)).text
    const ids = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => Number(line.split(',')[0]))
    expect(ids).toHaveLength(2050)
    expect(new Set(ids).size).toBe(2050)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    const page = await admin.get(`/api/assessments/${id}/audit?entity=issue&limit=200`)
    expect(page.json.entries).toHaveLength(200)
    expect(page.json.nextCursor).toBe(String(ids[199]))
  })
})
