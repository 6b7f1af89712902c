import { sql } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { seedUser, signIn } from '../support/app.ts'
import { type DemoClient, useDemoHarness } from '../support/assessments.ts'
import { testDriver } from '../support/db.ts'
import { databaseNow, openTransaction, otherConnectionRan } from '../support/other-connection.ts'

// Issue 13 §1–2: the confirmation draft lives on the server, shared by the reviewers, versioned
// so that no save overwrites another silently; bulk decisions store one reason on each issue.

const given = useDemoHarness()
const { rows, admin, member } = given
type Client = DemoClient

interface Entry {
  issueId: string
  material: boolean | null
  rationale: string
  shared?: boolean
}
interface StoredDraft {
  decisions: Entry[]
  order: string[]
  version: number
  updated_by: string | null
}

async function stored(): Promise<StoredDraft | undefined> {
  const [row] = await rows<StoredDraft>(
    sql`SELECT decisions, "order", version, updated_by::text AS updated_by
        FROM confirmation_drafts WHERE assessment_id = ${given.demo.assessmentId}`,
  )
  return row
}

async function userId(email: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    sql`SELECT id::text AS id FROM users WHERE email = ${email}`,
  )
  return row!.id
}

const REASON = '  Our sites here are small; the board agreed this in March.  '

/** The starting draft with the first review issue decided material, its reason as typed. */
async function edited(client: Client) {
  const start = (await client.get(`${given.url}/confirmation/draft`)).json
  const decisions: Entry[] = start.decisions.map((d: Entry) => ({ ...d }))
  const review = decisions.find((d) => d.material === null)!
  review.material = true
  review.rationale = REASON
  return { start, decisions, order: [...start.order, review.issueId], review }
}

describe('GET /api/assessments/:id/confirmation/draft', () => {
  test('with nothing saved: the computed tiers, review issues undecided, version 0', async () => {
    const response = await (await member('reviewer')).get(`${given.url}/confirmation/draft`)
    expect(response.status).toBe(200)
    const { json: matrix } = await (await admin()).get(`${given.url}/matrix`)
    const tiers = new Map<string, string>(
      matrix.issues.map((i: { id: string; tier: string }) => [i.id, i.tier]),
    )
    expect(response.json).toMatchObject({ version: 0, updatedAt: null, updatedBy: null })
    expect(response.json.decisions).toHaveLength(33)
    for (const d of response.json.decisions as Entry[]) {
      const tier = tiers.get(d.issueId)
      expect(d.material).toBe(tier === 'review' ? null : tier === 'material')
    }
    expect(await stored()).toBeUndefined()
  })

  test('another organisation gets 404; a viewer may read but not save', async () => {
    const outsider = await signIn(
      given.harness.app,
      (await seedUser(given.database, { email: 'outsider@example.com', role: 'admin' })).email,
    )
    expect((await outsider.get(`${given.url}/confirmation/draft`)).status).toBe(404)
    const { decisions, order } = await edited(await admin())
    const body = { decisions, order, version: 0 }
    expect((await outsider.put(`${given.url}/confirmation/draft`, body)).status).toBe(404)
    for (const role of ['viewer', 'analyst', 'approver'] as const) {
      const client = await member(role)
      expect((await client.get(`${given.url}/confirmation/draft`)).status, role).toBe(200)
      expect((await client.put(`${given.url}/confirmation/draft`, body)).status, role).toBe(403)
    }
    expect(await stored()).toBeUndefined()
  })
})

describe('PUT /api/assessments/:id/confirmation/draft', () => {
  test('saves decisions, reasons as typed and order; another reviewer sees them and who saved', async () => {
    const reviewer = await member('reviewer')
    const { decisions, order, review } = await edited(reviewer)
    const saved = await reviewer.put(`${given.url}/confirmation/draft`, {
      decisions,
      order,
      version: 0,
    })
    expect(saved.status, saved.text).toBe(200)
    expect(saved.json).toMatchObject({
      version: 1,
      updatedAt: '2026-03-01T09:00:00.000Z',
      updatedBy: { name: 'reviewer', email: 'reviewer@example.com' },
    })
    expect(await stored()).toEqual({
      decisions,
      order,
      version: 1,
      updated_by: await userId('reviewer@example.com'),
    })
    const seen = (await (await admin()).get(`${given.url}/confirmation/draft`)).json
    expect(seen).toEqual(saved.json)
    expect(seen.decisions.find((d: Entry) => d.issueId === review.issueId).rationale).toBe(REASON)
  })

  test('a save from a version someone else saved over answers 409 and overwrites nothing', async () => {
    const reviewer = await member('reviewer')
    const owner = await admin()
    const mine = await edited(reviewer)
    const first = await reviewer.put(`${given.url}/confirmation/draft`, { ...mine, version: 0 })
    expect(first.status).toBe(200)
    // The admin loaded version 0 too, and saves after the reviewer did.
    const theirs = mine.decisions.map((d) => ({ ...d, material: false, rationale: 'x' }))
    const late = await owner.put(`${given.url}/confirmation/draft`, {
      decisions: theirs,
      order: [],
      version: 0,
    })
    expect(late.status).toBe(409)
    expect(late.json.error.code).toBe('draft_conflict')
    expect(late.json.error.message).toContain('reviewer')
    const stale = await owner.put(`${given.url}/confirmation/draft`, {
      decisions: theirs,
      order: [],
      version: 7,
    })
    expect(stale.status).toBe(409)
    expect(await stored()).toMatchObject({
      decisions: mine.decisions,
      order: mine.order,
      version: 1,
    })
    // Loaded again, the admin's save goes through on top of version 1.
    const again = await owner.put(`${given.url}/confirmation/draft`, {
      decisions: theirs,
      order: [],
      version: 1,
    })
    expect(again.status).toBe(200)
    expect(await stored()).toMatchObject({ decisions: theirs, order: [], version: 2 })
  })

  test('two saves from the same version at once: one is stored, the other answers 409', async () => {
    const [a, b] = [await admin(), await member('reviewer')]
    const { decisions, order } = await edited(a)
    const other = decisions.map((d) => ({ ...d, rationale: `${d.rationale}B` }))
    const answers = await Promise.all([
      a.put(`${given.url}/confirmation/draft`, { decisions, order, version: 0 }),
      b.put(`${given.url}/confirmation/draft`, { decisions: other, order, version: 0 }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = answers[0]!.status === 200 ? decisions : other
    expect(await stored()).toMatchObject({ decisions: winner, version: 1 })
  })

  test('unknown or repeated issues answer 400 with fields; bad shapes too; nothing stored', async () => {
    const owner = await admin()
    const { decisions, order } = await edited(owner)
    const unknown = await owner.put(`${given.url}/confirmation/draft`, {
      decisions: [...decisions, { issueId: '999999', material: true, rationale: '' }],
      order: [...order, order[0]],
      version: 0,
    })
    expect(unknown.status).toBe(400)
    expect(unknown.json.error.fields).toHaveProperty(`decisions.${decisions.length}`)
    expect(unknown.json.error.fields).toHaveProperty(`order.${order.length}`)
    for (const body of [
      { decisions, order },
      { decisions, order, version: -1 },
      {
        decisions: [{ issueId: decisions[0]!.issueId, material: 'yes', rationale: '' }],
        order,
        version: 0,
      },
      { decisions: [{ ...decisions[0], rationale: 'x'.repeat(2001) }], order, version: 0 },
    ]) {
      expect((await owner.put(`${given.url}/confirmation/draft`, body)).status).toBe(400)
    }
    expect(await stored()).toBeUndefined()
  })

  test('a save may leave issues and fields out: stored as sent, read back covering every issue', async () => {
    const owner = await admin()
    const { start, review } = await edited(owner)
    const saved = await owner.put(`${given.url}/confirmation/draft`, {
      decisions: [
        { issueId: review.issueId, material: true },
        { issueId: start.decisions[0].issueId, rationale: null },
      ],
      order: [review.issueId],
      version: 0,
    })
    expect(saved.status, saved.text).toBe(200)
    expect(await stored()).toMatchObject({
      decisions: [
        { issueId: review.issueId, material: true, rationale: '' },
        { issueId: start.decisions[0].issueId, material: null, rationale: '' },
      ],
      order: [review.issueId],
      version: 1,
    })
    const seen = (await owner.get(`${given.url}/confirmation/draft`)).json
    expect(seen.decisions).toHaveLength(33)
    expect(seen.decisions.find((d: Entry) => d.issueId === review.issueId)).toEqual({
      issueId: review.issueId,
      material: true,
      rationale: '',
    })
    const untouched = start.decisions.find(
      (d: Entry) => d.issueId !== review.issueId && d.issueId !== start.decisions[0].issueId,
    )
    expect(seen.decisions).toContainEqual(untouched)
  })

  test('a bulk decision stores the one reason on each issue, marked as shared', async () => {
    const reviewer = await member('reviewer')
    const { start } = await edited(reviewer)
    const reason = 'Decided together: the scores sit on the line and the board weighed them.'
    const decisions: Entry[] = start.decisions.map((d: Entry) =>
      d.material === null ? { ...d, material: false, rationale: reason, shared: true } : d,
    )
    const saved = await reviewer.put(`${given.url}/confirmation/draft`, {
      decisions,
      order: start.order,
      version: 0,
    })
    expect(saved.status, saved.text).toBe(200)
    const row = await stored()
    const shared = row!.decisions.filter((d) => d.shared)
    expect(shared.length).toBe(start.decisions.filter((d: Entry) => d.material === null).length)
    expect(shared.length).toBeGreaterThan(1)
    for (const d of shared) expect(d).toMatchObject({ material: false, rationale: reason })
    const seen = (await (await admin()).get(`${given.url}/confirmation/draft`)).json
    expect(seen.decisions.filter((d: Entry) => d.shared)).toEqual(shared)
  })

  test('confirming removes the draft; after a return the next one starts from that version', async () => {
    const reviewer = await member('reviewer')
    const { decisions, order } = await edited(reviewer)
    await reviewer.put(`${given.url}/confirmation/draft`, { decisions, order, version: 0 })
    const body = {
      decisions: decisions.map((d) => ({
        issueId: d.issueId,
        material: d.material ?? false,
        rationale: 'Reviewed by the committee: the evidence supports this call.',
      })),
      order,
    }
    expect((await reviewer.post(`${given.url}/confirmation`, body)).status).toBe(201)
    expect(await stored()).toBeUndefined()
    const locked = await reviewer.put(`${given.url}/confirmation/draft`, {
      decisions,
      order,
      version: 1,
    })
    expect(locked.status).toBe(409)
    expect(locked.json.error.code).toBe('assessment_locked')
    expect(await stored()).toBeUndefined()
    const approver = await member('approver')
    const [latest] = (await approver.get(`${given.url}/confirmation`)).json.versions
    const returned = await approver.post(`${given.url}/approval`, {
      decision: 'return',
      comment: 'Please look again at the review issues.',
      version: latest.version,
      hash: latest.hash,
    })
    expect(returned.status).toBe(201)
    const next = (await reviewer.get(`${given.url}/confirmation/draft`)).json
    expect(next.version).toBe(0)
    expect(next.order).toEqual(order)
    expect(next.decisions.every((d: Entry) => d.material !== null)).toBe(true)
  })

  test('an open survey has no draft to save', async () => {
    const owner = await admin()
    const { decisions, order } = await edited(owner)
    await owner.patch(given.url, { status: 'open', reason: 'Two more customer interviews to add.' })
    const response = await owner.put(`${given.url}/confirmation/draft`, {
      decisions,
      order,
      version: 0,
    })
    expect(response.status).toBe(409)
    expect(response.json.error.code).toBe('not_closed')
    expect(await stored()).toBeUndefined()
  })
})

describe.skipIf(testDriver() !== 'postgres')('draft saves beside other PostgreSQL sessions', () => {
  test('a save waiting on a save in flight from the same version answers 409 once it commits', async () => {
    const owner = await admin()
    const { decisions, order } = await edited(owner)
    expect(
      (await owner.put(`${given.url}/confirmation/draft`, { decisions, order, version: 0 })).status,
    ).toBe(200)
    const other = await openTransaction(given.database, async (tx) => {
      await tx.execute(
        sql`UPDATE confirmation_drafts SET version = 2, "order" = '[]'::jsonb
            WHERE assessment_id = ${given.demo.assessmentId} AND version = 1`,
      )
    })
    const since = await databaseNow(given.database)
    const saving = owner.put(`${given.url}/confirmation/draft`, {
      decisions,
      order: [],
      version: 1,
    })
    await otherConnectionRan(given.database, 'update "confirmation_drafts"', since)
    other.release()
    await other.done
    const response = await saving
    expect(response.status, response.text).toBe(409)
    expect(await stored()).toMatchObject({ version: 2, order: [], decisions })
  })
})
