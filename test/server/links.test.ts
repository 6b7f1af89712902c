import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { client } from '../support/app.ts'
import {
  addDraft,
  addResponse,
  assessmentHarness,
  assessmentTables,
  auditEntries,
  rows,
} from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { submission } from '../support/survey.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

const HOUR = 3600_000

describe('POST /api/assessments/:id/links', () => {
  test('creates single-use links whose tokens are stored only as SHA-256 hashes', async () => {
    const { admin, id } = await assessmentHarness(database)
    const created = await admin.post(`/api/assessments/${id}/links`, {
      group: 'customers',
      kind: 'single-use',
      count: 10,
    })
    expect(created.status).toBe(201)
    const links: { id: string; token: string; url: string }[] = created.json.links
    expect(links).toHaveLength(10)
    expect(new Set(links.map((l) => l.token)).size).toBe(10)
    for (const link of links) {
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{22,}$/)
      expect(Buffer.from(link.token, 'base64url').length).toBeGreaterThanOrEqual(16)
      expect(link.url).toBe(`http://localhost/s/${link.token}`)
    }
    const stored = await rows<{ id: number; token_hash: Uint8Array; kind: string }>(
      database,
      sql`SELECT id::int, token_hash, kind FROM survey_links ORDER BY id`,
    )
    expect(stored).toHaveLength(10)
    const sha256 = (token: string) => createHash('sha256').update(token).digest('hex')
    for (const link of links) {
      const row = stored.find((r) => String(r.id) === link.id)
      expect(Buffer.from(row?.token_hash ?? []).toString('hex')).toBe(sha256(link.token))
    }
    const dump = JSON.stringify(await rows(database, sql`SELECT * FROM survey_links`))
    const audit = JSON.stringify(await rows(database, sql`SELECT * FROM audit_log`))
    for (const link of links) {
      expect(dump).not.toContain(link.token)
      expect(audit).not.toContain(link.token)
    }
    const listed = await admin.get(`/api/assessments/${id}/links`)
    expect(JSON.stringify(listed.json)).not.toContain(links[0]?.token)
  })

  test('an open link takes a response cap and an expiry; 400s name the fields', async () => {
    const { admin, id, clock } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/links`
    const expiresAt = new Date(clock.now().getTime() + 48 * HOUR).toISOString()
    const open = await admin.post(url, {
      group: 'community',
      kind: 'open',
      maxResponses: 200,
      expiresAt,
    })
    expect(open.status).toBe(201)
    const [row] = await rows<{ kind: string; max_responses: number; expires_at: Date }>(
      database,
      sql`SELECT kind, max_responses, expires_at FROM survey_links`,
    )
    expect(row).toMatchObject({ kind: 'open', max_responses: 200 })
    expect(new Date(row?.expires_at ?? 0).toISOString()).toBe(expiresAt)
    const tooMany = await admin.post(url, { group: 'community', kind: 'open', count: 3 })
    expect(tooMany.json.error.fields.count).toBeDefined()
    const over = await admin.post(url, { group: 'customers', kind: 'single-use', count: 5001 })
    expect(over.json.error.fields.count).toBeDefined()
    const unknown = await admin.post(url, { group: 'martians', kind: 'single-use' })
    expect(unknown.json.error.fields.group).toBeDefined()
    const past = await admin.post(url, {
      group: 'customers',
      kind: 'single-use',
      expiresAt: new Date(clock.now().getTime() - HOUR).toISOString(),
    })
    expect(past.json.error.fields.expiresAt).toBeDefined()
    const capped = await admin.post(url, {
      group: 'customers',
      kind: 'single-use',
      maxResponses: 3,
    })
    expect(capped.json.error.fields.maxResponses).toBeDefined()
    const [count] = await rows<{ n: number }>(
      database,
      sql`SELECT count(*)::int AS n FROM survey_links`,
    )
    expect(count?.n).toBe(1)
  })

  test('401, 403 for a viewer, 404 for another organisation, 409 once confirmed', async () => {
    const { admin, app, id, as, outsider } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/links`
    const body = { group: 'customers', kind: 'single-use', count: 2 }
    expect((await client(app).post(url, body)).status).toBe(401)
    expect((await (await as('viewer')).post(url, body)).status).toBe(403)
    expect((await (await outsider()).post(url, body)).status).toBe(404)
    expect((await (await outsider()).get(url)).status).toBe(404)
    expect((await admin.post('/api/assessments/31337/links', body)).status).toBe(404)
    expect((await (await as('analyst')).post(url, body)).status).toBe(201)
    await database.db.execute(sql`UPDATE assessments SET status = 'confirmed'`)
    const confirmed = await assessmentTables(database)
    expect((await admin.post(url, body)).json.error.code).toBe('assessment_locked')
    expect(await assessmentTables(database)).toEqual(confirmed)
  })

  test('5,000 single-use links in one request', async () => {
    const { admin, id } = await assessmentHarness(database)
    const created = await admin.post(`/api/assessments/${id}/links`, {
      group: 'employees',
      kind: 'single-use',
      count: 5000,
    })
    expect(created.status).toBe(201)
    expect(new Set(created.json.links.map((l: { token: string }) => l.token)).size).toBe(5000)
    const [count] = await rows<{ n: number; hashes: number }>(
      database,
      sql`SELECT count(*)::int AS n, count(DISTINCT token_hash)::int AS hashes FROM survey_links`,
    )
    expect(count).toEqual({ n: 5000, hashes: 5000 })
    const page = await admin.get(`/api/assessments/${id}/links?limit=500&status=unused`)
    expect(page.json.total).toBe(5000)
    expect(page.json.links).toHaveLength(500)
  })
})

describe('open links can be shown again', () => {
  test('an open link keeps its token for the list; single-use links keep only hashes', async () => {
    const { admin, id, as } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/links`
    const open = (await admin.post(url, { group: 'community', kind: 'open' })).json.links[0]
    const singles = (await admin.post(url, { group: 'customers', kind: 'single-use', count: 3 }))
      .json.links
    const stored = await rows<{ id: string; kind: string; open_token: string | null }>(
      database,
      sql`SELECT id::text AS id, kind, open_token FROM survey_links ORDER BY survey_links.id`,
    )
    expect(stored).toEqual([
      { id: open.id, kind: 'open', open_token: open.token },
      ...singles.map((l: { id: string }) => ({ id: l.id, kind: 'single-use', open_token: null })),
    ])
    const listed = (await (await as('viewer')).get(url)).json.links
    expect(listed.find((l: { id: string }) => l.id === open.id)?.url).toBe(open.url)
    for (const single of singles) {
      expect(listed.find((l: { id: string }) => l.id === single.id)?.url).toBeNull()
    }
    expect(JSON.stringify(listed)).not.toContain(singles[0].token)

    // Re-issued, the open link's new address is the one kept and listed; the old one is gone.
    const fresh = (await admin.post(`${url}/${open.id}/reissue`)).json
    const [kept] = await rows<{ open_token: string }>(
      database,
      sql`SELECT open_token FROM survey_links WHERE id = ${open.id}::bigint`,
    )
    expect(kept?.open_token).toBe(fresh.token)
    const again = (await admin.get(`${url}?kind=open`)).json.links
    expect(again).toMatchObject([{ id: open.id, url: fresh.url }])

    // The database itself refuses a single-use token in clear.
    await expect(
      database.db.execute(
        sql`UPDATE survey_links SET open_token = 'x' WHERE id = ${singles[0].id}::bigint`,
      ),
    ).rejects.toThrow()
  })
})

describe('GET /api/assessments/:id/links pages by cursor', () => {
  type Page = { links: { id: string }[]; nextCursor: string | null; prevCursor: string | null }

  test('no link is skipped or repeated across pages while links are added', async () => {
    const { admin, id } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/links`
    const make = (count: number) =>
      admin.post(url, { group: 'customers', kind: 'single-use', count })
    await make(120)
    const before = await rows<{ id: string }>(
      database,
      sql`SELECT id::text AS id FROM survey_links ORDER BY survey_links.id DESC`,
    )
    const seen: string[] = []
    let page: Page = (await admin.get(`${url}?limit=50`)).json
    expect(page.prevCursor).toBeNull()
    const cursors: string[] = []
    for (;;) {
      seen.push(...page.links.map((l) => l.id))
      await make(7) // newer links arrive between every two pages
      if (!page.nextCursor) break
      cursors.push(page.nextCursor)
      page = (await admin.get(`${url}?limit=50&cursor=${page.nextCursor}`)).json
      expect(page.prevCursor).not.toBeNull()
    }
    expect(seen).toEqual(before.map((r) => r.id))
    expect(cursors).toHaveLength(2)

    // Back from the last page: the page before it again, the same 50 links, newest first.
    const back: Page = (await admin.get(`${url}?limit=50&cursor=${page.prevCursor}`)).json
    expect(back.links.map((l) => l.id)).toEqual(seen.slice(50, 100))
    expect(back.nextCursor).toBe(cursors[1])
    // Newer than the first page walked: only the links made meanwhile.
    const newer: Page = (await admin.get(`${url}?limit=500&cursor=newer.${seen[0]}`)).json
    expect(newer.links.map((l) => l.id).filter((l) => seen.includes(l))).toEqual([])
    expect(newer.links).toHaveLength(21)
    expect(newer.prevCursor).toBeNull()
  })

  test('a status filter pages by cursor too, and counts what matches', async () => {
    const { admin, id } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/links`
    const links = (await admin.post(url, { group: 'customers', kind: 'single-use', count: 30 }))
      .json.links
    for (const link of links.slice(0, 12)) await addResponse(database, link.id)
    const unused: string[] = []
    let page: Page & { total: number } = (await admin.get(`${url}?status=unused&limit=7`)).json
    expect(page.total).toBe(18)
    for (;;) {
      unused.push(...page.links.map((l) => l.id))
      if (!page.nextCursor) break
      page = (await admin.get(`${url}?status=unused&limit=7&cursor=${page.nextCursor}`)).json
    }
    expect(unused).toEqual(
      links
        .slice(12)
        .map((l: { id: string }) => l.id)
        .reverse(),
    )
    const completed = (await admin.get(`${url}?status=completed&limit=100`)).json
    expect(completed).toMatchObject({ total: 12, nextCursor: null, prevCursor: null })
  })

  test('an invalid cursor is a 400 naming the field', async () => {
    const { admin, id } = await assessmentHarness(database)
    const url = `/api/assessments/${id}/links`
    for (const cursor of [
      'x',
      'older.',
      'older.0',
      'older.-1',
      'sideways.5',
      'older.1e3',
      "older.1'",
    ]) {
      const answer = await admin.get(`${url}?cursor=${encodeURIComponent(cursor)}`)
      expect(answer.status, cursor).toBe(400)
      expect(answer.json.error.code).toBe('invalid')
      expect(Object.keys(answer.json.error.fields)).toEqual(['cursor'])
    }
  })
})

describe('link states, revoking, expiring and re-issuing', () => {
  async function linksOf(harness: Awaited<ReturnType<typeof assessmentHarness>>) {
    const { admin, id } = harness
    const single = await admin.post(`/api/assessments/${id}/links`, {
      group: 'customers',
      kind: 'single-use',
      count: 5,
    })
    const open = await admin.post(`/api/assessments/${id}/links`, {
      group: 'community',
      kind: 'open',
      maxResponses: 2,
    })
    return { single: single.json.links, open: open.json.links[0] }
  }

  test('a token opens the survey until it is revoked, expired or used up', async () => {
    const harness = await assessmentHarness(database)
    const { admin, app, id, clock, setStatus } = harness
    const { single, open } = await linksOf(harness)
    const [unused, started, completed, revoked, expiring] = single
    await setStatus('open')
    await addDraft(database, started.id)
    await addResponse(database, completed.id)
    expect(
      (await admin.patch(`/api/assessments/${id}/links/${revoked.id}`, { revoked: true })).json
        .status,
    ).toBe('revoked')
    const soon = new Date(clock.now().getTime() + HOUR).toISOString()
    await admin.patch(`/api/assessments/${id}/links/${expiring.id}`, { expiresAt: soon })

    // What a respondent opening the link gets: the questionnaire, or the error code.
    const respondent = client(app)
    const opens = async (token: string) => {
      const answer = await respondent.get(`/api/survey/${token}`)
      return answer.status === 200 ? 'opens' : `${answer.status} ${answer.json.error.code}`
    }
    expect(await opens(unused.token)).toBe('opens')
    expect(await opens(started.token)).toBe('opens')
    expect(await opens(completed.token)).toBe('409 link_used')
    expect(await opens(revoked.token)).toBe('404 link_not_found')
    expect(await opens(expiring.token)).toBe('opens')
    expect(await opens(open.token)).toBe('opens')
    expect(await opens('not-a-token-we-issued')).toBe('404 link_not_found')

    clock.advance(2 * HOUR)
    expect(await opens(expiring.token)).toBe('410 link_expired')
    expect(await opens(unused.token)).toBe('opens')

    // The open link takes two responses, through the survey.
    const questionnaire = (await respondent.get(`/api/survey/${open.token}`)).json
    const submit = () =>
      respondent.post(`/api/survey/${open.token}/submit`, submission(questionnaire))
    expect((await submit()).status).toBe(201)
    expect(await opens(open.token)).toBe('opens')
    expect((await submit()).status).toBe(201)
    expect(await opens(open.token)).toBe('409 link_full')

    const listed = await admin.get(`/api/assessments/${id}/links`)
    const byId = new Map(listed.json.links.map((l: { id: string }) => [l.id, l]))
    expect(byId.get(open.id)).toMatchObject({ kind: 'open', completions: 2, status: 'completed' })
    expect(byId.get(started.id)).toMatchObject({ group: 'customers', status: 'started' })
    expect(byId.get(expiring.id)).toMatchObject({ status: 'expired', expiresAt: soon })
    expect(listed.json.links[0]).not.toHaveProperty('token')
    const revokedOnly = await admin.get(`/api/assessments/${id}/links?status=revoked`)
    expect(revokedOnly.json).toMatchObject({ total: 1, links: [{ id: revoked.id }] })
    const bad = await admin.get(`/api/assessments/${id}/links?status=lost&limit=x`)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['limit', 'status'])
  })

  test('re-issuing gives a new token and the old one stops working at once', async () => {
    const harness = await assessmentHarness(database)
    const { admin, app, id, as, setStatus } = harness
    const { single } = await linksOf(harness)
    const [lost, answered] = single
    await admin.patch(`/api/assessments/${id}/links/${lost.id}`, { revoked: true })
    const reissued = await admin.post(`/api/assessments/${id}/links/${lost.id}/reissue`)
    expect(reissued.status).toBe(200)
    expect(reissued.json).toMatchObject({ id: lost.id, status: 'unused', revokedAt: null })
    expect(reissued.json.token).not.toBe(lost.token)
    expect(reissued.json.url).toBe(`http://localhost/s/${reissued.json.token}`)
    // Through the survey: the old address is unknown, the new one opens the same link.
    await setStatus('open')
    const respondent = client(app)
    const old = await respondent.get(`/api/survey/${lost.token}`)
    expect([old.status, old.json.error.code]).toEqual([404, 'link_not_found'])
    const fresh = await respondent.get(`/api/survey/${reissued.json.token}`)
    expect(fresh.status).toBe(200)
    const submitted = await respondent.post(
      `/api/survey/${reissued.json.token}/submit`,
      submission(fresh.json),
    )
    expect(submitted.status).toBe(201)
    const stored = await rows<{ link_id: string }>(
      database,
      sql`SELECT link_id::text AS link_id FROM responses`,
    )
    expect(stored).toEqual([{ link_id: lost.id }])
    expect((await auditEntries(database, 'link')).map((e) => e.action)).toEqual([
      'reissue',
      'revoke',
    ])

    await addResponse(database, answered.id)
    const used = await admin.post(`/api/assessments/${id}/links/${answered.id}/reissue`)
    expect(used.status).toBe(409)
    expect(used.json.error.code).toBe('link_used')
    const viewer = await as('viewer')
    expect((await viewer.post(`/api/assessments/${id}/links/${lost.id}/reissue`)).status).toBe(403)
    expect(
      (await viewer.patch(`/api/assessments/${id}/links/${lost.id}`, { revoked: true })).status,
    ).toBe(403)
    expect(
      (await admin.patch(`/api/assessments/${id}/links/999999`, { revoked: true })).status,
    ).toBe(404)
    const unrevoke = await admin.patch(`/api/assessments/${id}/links/${lost.id}`, {
      revoked: false,
    })
    expect(unrevoke.json.error.fields.revoked).toBeDefined()
  })
})
