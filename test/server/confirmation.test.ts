import { sql } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { sha256Hex } from '#server/services/snapshots'
import { canonicalJson } from '#surveys/domain/snapshot'
import { HKEX_33 } from '#surveys/libraries/hkex-33'
import { seedUser, signIn } from '../support/app.ts'
import { assessmentTables, type DemoClient, useDemoHarness } from '../support/assessments.ts'
import { submission } from '../support/survey.ts'

const given = useDemoHarness()
const { rows, admin, member } = given
type Client = DemoClient
interface MatrixRow {
  id: string
  code: string
  tier: 'material' | 'review' | 'not-material'
}

const REASON = 'Our operations in this area are small; the board agreed this in March.'

/** Decisions that follow the computed tiers, review issues not material with a reason. */
async function decisionsFor(client: Client, overrideCode?: string) {
  const { json } = await client.get(`${given.url}/matrix`)
  const issues: MatrixRow[] = json.issues
  const decisions = issues.map((issue) => {
    const computed = issue.tier === 'material'
    const material = issue.code === overrideCode ? !computed : computed
    const reasoned = issue.tier === 'review' || issue.code === overrideCode
    return { issueId: issue.id, material, ...(reasoned ? { rationale: REASON } : {}) }
  })
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  return { issues, decisions, order }
}

/** Posts a decision on the version the confirmation page shows, naming its version and hash. */
async function decide(client: Client, body: { decision: string; comment?: string }) {
  const [latest] = (await client.get(`${given.url}/confirmation`)).json.versions ?? []
  const named = latest
    ? { version: latest.version, hash: latest.hash }
    : { version: 1, hash: 'a'.repeat(64) }
  return client.post(`${given.url}/approval`, { ...body, ...named })
}

async function approvalCount() {
  const [row] = await rows<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM approvals a JOIN confirmations c ON c.id = a.confirmation_id
        WHERE c.assessment_id = ${given.demo.assessmentId}`,
  )
  return row!.n
}

async function confirmationCount() {
  const [row] = await rows<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM confirmations WHERE assessment_id = ${given.demo.assessmentId}`,
  )
  return row!.n
}

describe('POST /api/assessments/:id/confirmation', () => {
  test('a viewer or an analyst cannot confirm; another organisation gets 404 everywhere', async () => {
    const body = await decisionsFor(await admin())
    const confirm = { decisions: body.decisions, order: body.order }
    for (const role of ['viewer', 'analyst'] as const) {
      const response = await (await member(role)).post(`${given.url}/confirmation`, confirm)
      expect(response.status, role).toBe(403)
    }
    const outsider = await signIn(
      given.harness.app,
      (await seedUser(given.database, { email: 'outsider@example.com', role: 'admin' })).email,
    )
    expect((await outsider.get(`${given.url}/confirmation`)).status).toBe(404)
    expect((await outsider.post(`${given.url}/confirmation`, confirm)).status).toBe(404)
    expect((await outsider.get(`${given.url}/disclosure`)).status).toBe(404)
    expect((await outsider.get(`${given.url}/confirmations/1`)).status).toBe(404)
    expect((await decide(outsider, { decision: 'approve' })).status).toBe(404)
    expect(await confirmationCount()).toBe(0)
  })

  test('a rationale is required for an override and for every review issue; nothing is stored', async () => {
    const reviewer = await member('reviewer')
    const { issues, decisions, order } = await decisionsFor(reviewer, '1')
    const reviewIndex = issues.findIndex((issue) => issue.tier === 'review')
    const overrideIndex = issues.findIndex((issue) => issue.code === '1')
    expect(reviewIndex).toBeGreaterThanOrEqual(0)
    const bare = decisions.map((d, i) =>
      i === reviewIndex || i === overrideIndex ? { issueId: d.issueId, material: d.material } : d,
    )
    const response = await reviewer.post(`${given.url}/confirmation`, { decisions: bare, order })
    expect(response.status).toBe(400)
    expect(response.json.error.fields).toHaveProperty(`decisions.${reviewIndex}.rationale`)
    expect(response.json.error.fields).toHaveProperty(`decisions.${overrideIndex}.rationale`)
    const short = decisions.map((d, i) => (i === overrideIndex ? { ...d, rationale: 'No.' } : d))
    const tooShort = await reviewer.post(`${given.url}/confirmation`, { decisions: short, order })
    expect(tooShort.status).toBe(400)
    expect(tooShort.json.error.fields).toHaveProperty(`decisions.${overrideIndex}.rationale`)
    const missingOrder = await reviewer.post(`${given.url}/confirmation`, { decisions, order: [] })
    expect(missingOrder.status).toBe(400)
    expect(missingOrder.json.error.fields).toHaveProperty('order')
    expect(await confirmationCount()).toBe(0)
    expect((await reviewer.get(given.url)).json.status).toBe('closed')
  })

  test('stores an immutable snapshot whose hash is stable across reads', async () => {
    const reviewer = await member('reviewer')
    const { decisions, order } = await decisionsFor(reviewer, '1')
    const created = await reviewer.post(`${given.url}/confirmation`, { decisions, order })
    expect(created.status).toBe(201)
    expect(created.json).toEqual({ version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const first = await reviewer.get(`${given.url}/confirmations/1`)
    const second = await (await admin()).get(`${given.url}/confirmations/1`)
    expect(first.json.hash).toBe(created.json.hash)
    expect(second.json).toEqual(first.json)
    expect(sha256Hex(canonicalJson(first.json.snapshot))).toBe(created.json.hash)
    const { snapshot } = first.json
    expect(snapshot.confirmedBy.email).toBe('reviewer@example.com')
    expect(snapshot.issues).toHaveLength(33)
    const override = snapshot.decisions.find((d: { override: boolean }) => d.override)
    expect(override).toMatchObject({
      material: true,
      rationale: REASON,
      computedTier: 'not-material',
    })
    expect(snapshot.order).toEqual(order)

    const state = await reviewer.get(`${given.url}/confirmation`)
    expect(state.json).toMatchObject({ status: 'confirmed', starting: null })
    expect(state.json.versions).toEqual([
      expect.objectContaining({
        version: 1,
        hash: created.json.hash,
        overrides: 1,
        approval: null,
      }),
    ])
    // No path changes a snapshot: not the API, not SQL.
    expect((await reviewer.request('PUT', `${given.url}/confirmations/1`, {})).status).toBe(404)
    expect((await reviewer.request('DELETE', `${given.url}/confirmations/1`)).status).toBe(404)
    await expect(
      given.database.db.execute(sql`UPDATE confirmations SET hash = 'x'`),
    ).rejects.toThrow()
    await expect(given.database.db.execute(sql`DELETE FROM confirmations`)).rejects.toThrow()
    expect((await reviewer.get(`${given.url}/confirmations/1`)).json.hash).toBe(created.json.hash)
  })

  test('a confirmed assessment rejects submits, edits and a second confirmation', async () => {
    const owner = await admin()
    await owner.patch(given.url, {
      status: 'open',
      reason: 'One late supplier response was promised.',
    })
    const link = await owner.post(`${given.url}/links`, { group: 'suppliers', kind: 'single-use' })
    const token: string = link.json.links[0].token
    const questionnaire = (await owner.get(`/api/survey/${token}`)).json
    await owner.patch(given.url, { status: 'closed' })
    const { decisions, order } = await decisionsFor(owner)
    expect((await owner.post(`${given.url}/confirmation`, { decisions, order })).status).toBe(201)
    const confirmed = await assessmentTables(given.database)

    const submit = await owner.post(`/api/survey/${token}/submit`, submission(questionnaire))
    expect(submit.status).toBe(410)
    const issueId = decisions[0]!.issueId
    expect((await owner.patch(`${given.url}/issues/${issueId}`, { code: '99' })).status).toBe(409)
    expect((await owner.patch(given.url, { name: 'Renamed' })).status).toBe(409)
    expect(
      (await owner.patch(given.url, { status: 'open', reason: 'Reopen it please.' })).status,
    ).toBe(409)
    expect(
      (await owner.post(`${given.url}/links`, { group: 'suppliers', kind: 'single-use' })).status,
    ).toBe(409)
    const again = await owner.post(`${given.url}/confirmation`, { decisions, order })
    expect(again.status).toBe(409)
    expect(again.json.error.code).toBe('assessment_locked')
    expect(await confirmationCount()).toBe(1)
    // Refused means not written: no response, issue, name, status, link, confirmation or audit.
    expect(await assessmentTables(given.database)).toEqual(confirmed)
  })

  test('an open survey must be closed first', async () => {
    const owner = await admin()
    const { decisions, order } = await decisionsFor(owner)
    await owner.patch(given.url, { status: 'open', reason: 'Two more customer interviews to add.' })
    const response = await owner.post(`${given.url}/confirmation`, { decisions, order })
    expect(response.status).toBe(409)
    expect(response.json.error.code).toBe('not_closed')
  })
})

describe('POST /api/assessments/:id/approval', () => {
  test('a reviewer cannot approve; the approver approves and the assessment is final', async () => {
    const reviewer = await member('reviewer')
    const approver = await member('approver')
    const early = await decide(approver, { decision: 'approve' })
    expect(early.status).toBe(409)
    const { decisions, order } = await decisionsFor(reviewer)
    await reviewer.post(`${given.url}/confirmation`, { decisions, order })
    expect((await decide(reviewer, { decision: 'approve' })).status).toBe(403)
    expect((await reviewer.get(`${given.url}/confirmation`)).json.can).toMatchObject({
      approve: false,
      approveBlocked: 'notApprover',
    })
    expect((await approver.get(`${given.url}/confirmation`)).json.can).toMatchObject({
      approve: true,
      selfApproval: false,
    })
    const approved = await decide(approver, {
      decision: 'approve',
      comment: 'Approved at the board meeting of 20 March.',
    })
    expect(approved.status).toBe(201)
    expect(approved.json).toEqual({
      version: 1,
      decision: 'approve',
      status: 'approved',
      selfApproved: false,
      appointedByConfirmer: false,
    })
    expect((await approver.get(given.url)).json.status).toBe('approved')
    expect(
      (await decide(approver, { decision: 'return', comment: 'Changed my mind.' })).status,
    ).toBe(409)
    const state = await reviewer.get(`${given.url}/confirmation`)
    expect(state.json.versions[0].approval).toMatchObject({
      decision: 'approve',
      decidedBy: { email: 'approver@example.com' },
      selfApproved: false,
    })
    const audit = await rows<{ action: string }>(
      sql`SELECT action FROM audit_log WHERE entity IN ('confirmation', 'approval')
          AND assessment_id = ${given.demo.assessmentId} ORDER BY id`,
    )
    expect(audit.map((entry) => entry.action)).toEqual(['confirm', 'approve'])
  })

  test('names what it approves: a wrong or stale version or hash is 409 and stores nothing', async () => {
    const reviewer = await member('reviewer')
    const approver = await member('approver')
    const first = await decisionsFor(reviewer, '1')
    const v1 = (await reviewer.post(`${given.url}/confirmation`, first)).json
    const expectNothingStored = async () => {
      expect(await approvalCount()).toBe(0)
      expect((await approver.get(given.url)).json.status).toBe('confirmed')
      const [audit] = await rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM audit_log
            WHERE entity = 'approval' AND assessment_id = ${given.demo.assessmentId}`,
      )
      expect(audit!.n).toBe(0)
    }
    const unnamed = await approver.post(`${given.url}/approval`, { decision: 'approve' })
    expect(unnamed.status).toBe(400)
    expect(Object.keys(unnamed.json.error.fields).sort()).toEqual(['hash', 'version'])
    const wrong = [
      { version: 1, hash: 'f'.repeat(64) },
      { version: 2, hash: v1.hash },
      { version: 0, hash: v1.hash },
    ]
    for (const named of wrong) {
      const refused = await approver.post(`${given.url}/approval`, {
        decision: 'approve',
        ...named,
      })
      const expected = named.version === 0 ? [400, 'invalid'] : [409, 'stale_version']
      expect([refused.status, refused.json.error.code], JSON.stringify(named)).toEqual(expected)
      await expectNothingStored()
    }
    // Returned, confirmed again: a decision still naming version 1 is stale.
    const returned = await approver.post(`${given.url}/approval`, {
      decision: 'return',
      comment: 'Explain why issue 1 is material when stakeholders rated it low.',
      version: 1,
      hash: v1.hash,
    })
    expect(returned.status).toBe(201)
    const v2 = (await reviewer.post(`${given.url}/confirmation`, first)).json
    const stale = await approver.post(`${given.url}/approval`, {
      decision: 'approve',
      version: 1,
      hash: v1.hash,
    })
    expect([stale.status, stale.json.error.code]).toEqual([409, 'stale_version'])
    expect(await approvalCount()).toBe(1)
    const [status] = await rows<{ status: string }>(
      sql`SELECT status FROM assessments WHERE id = ${given.demo.assessmentId}`,
    )
    expect(status!.status).toBe('confirmed')
    const approved = await approver.post(`${given.url}/approval`, {
      decision: 'approve',
      version: 2,
      hash: v2.hash,
    })
    expect(approved.json).toMatchObject({ version: 2, status: 'approved' })
    const [stored] = await rows<{ version: number; decision: string }>(
      sql`SELECT c.version, a.decision FROM approvals a JOIN confirmations c ON c.id = a.confirmation_id
          WHERE c.assessment_id = ${given.demo.assessmentId} ORDER BY a.id DESC LIMIT 1`,
    )
    expect(stored).toEqual({ version: 2, decision: 'approve' })
  })

  test('a return needs a comment, reopens review, and the next confirmation is version 2', async () => {
    const reviewer = await member('reviewer')
    const approver = await member('approver')
    const first = await decisionsFor(reviewer, '1')
    const v1 = await reviewer.post(`${given.url}/confirmation`, first)
    const silent = await decide(approver, { decision: 'return' })
    expect(silent.status).toBe(400)
    expect(silent.json.error.fields).toHaveProperty('comment')
    const returned = await decide(approver, {
      decision: 'return',
      comment: 'Explain why issue 1 is material when stakeholders rated it low.',
    })
    expect(returned.json).toMatchObject({ status: 'closed', decision: 'return' })

    const state = await reviewer.get(`${given.url}/confirmation`)
    expect(state.json.can.confirm).toBe(true)
    const overridden = first.decisions.find((d) => d.rationale === REASON && d.material)
    expect(state.json.starting.decisions).toContainEqual({
      issueId: overridden!.issueId,
      material: true,
      rationale: REASON,
    })
    expect(state.json.starting.order).toEqual(first.order)

    const v2 = await reviewer.post(`${given.url}/confirmation`, first)
    expect(v2.status).toBe(201)
    expect(v2.json.version).toBe(2)
    expect(v2.json.hash).not.toBe(v1.json.hash)
    const snapshot = (await reviewer.get(`${given.url}/confirmations/2`)).json.snapshot
    expect(snapshot.previousHash).toBe(v1.json.hash)
    const versions = (await reviewer.get(`${given.url}/confirmation`)).json.versions
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(versions[1].approval.decision).toBe('return')
  })

  test('four eyes: without approvers the admins decide, never on their own confirmation', async () => {
    const confirmer = await admin()
    const { decisions, order } = await decisionsFor(confirmer)
    await confirmer.post(`${given.url}/confirmation`, { decisions, order })
    // A second admin exists, so the confirming admin may not approve.
    const second = await member('admin')
    const own = await decide(confirmer, { decision: 'approve' })
    expect(own.status).toBe(403)
    expect((await confirmer.get(`${given.url}/confirmation`)).json.can.approveBlocked).toBe(
      'ownConfirmation',
    )
    const approved = await decide(second, { decision: 'approve' })
    expect(approved.json).toMatchObject({ status: 'approved', selfApproved: false })
  })

  test('a one-person organisation approves its own confirmation, recorded as self-approved', async () => {
    const only = await admin()
    const { decisions, order } = await decisionsFor(only)
    await only.post(`${given.url}/confirmation`, { decisions, order })
    expect((await only.get(`${given.url}/confirmation`)).json.can).toMatchObject({
      approve: true,
      selfApproval: true,
    })
    const approved = await decide(only, { decision: 'approve' })
    expect(approved.json).toMatchObject({ status: 'approved', selfApproved: true })
    const [entry] = await rows<{ after: { selfApproved: boolean } }>(
      sql`SELECT after FROM audit_log WHERE entity = 'approval'
          AND assessment_id = ${given.demo.assessmentId}`,
    )
    expect(entry!.after.selfApproved).toBe(true)
  })
})

describe('GET /api/assessments/:id/disclosure', () => {
  test('409 before confirmation; then the report names the confirmed issues in order', async () => {
    const owner = await admin()
    const before = await owner.get(`${given.url}/disclosure`)
    expect(before.status).toBe(409)
    expect(before.json.error.code).toBe('not_confirmed')
    expect((await owner.get(`${given.url}/disclosure?locale=fr`)).status).toBe(400)
    const { decisions, order, issues } = await decisionsFor(owner)
    await owner.post(`${given.url}/confirmation`, { decisions, order })

    const draft = await owner.get(`${given.url}/disclosure?locale=zh-Hant`)
    expect(draft.status).toBe(200)
    expect(draft.json).toMatchObject({ locale: 'zh-Hant', version: 1, approved: false })
    expect(draft.json.matrix.issues).toHaveLength(33)
    const text = JSON.stringify(draft.json.sections)
    const codes = order.map((id) => issues.find((issue) => issue.id === id)!.code)
    const names = codes.map(
      (code) => HKEX_33.find((issue) => issue.code === code)!.names['zh-Hant'],
    )
    expect(names).toHaveLength(5)
    const positions = names.map((name) => text.indexOf(name))
    expect(positions.every((at) => at >= 0)).toBe(true)

    await decide(owner, { decision: 'approve' })
    const final = await owner.get(`${given.url}/disclosure?locale=en`)
    expect(final.json).toMatchObject({ locale: 'en', approved: true })
    expect(final.json.sections.map((s: { id: string }) => s.id)).toContain('gri-3-2')
  })
})
