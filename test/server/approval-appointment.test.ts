import { sql } from 'drizzle-orm'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { csvObjects } from '../support/csv.ts'
import { createTestDb, type TestDatabase, testDriver } from '../support/db.ts'
import { lockWaiters, openTransaction } from '../support/other-connection.ts'
import { seedSurvey } from '../support/survey.ts'

// Issue 11 §7, last bullet: an approval by someone whom the confirming person made an approver
// after the confirmation is flagged in the approval record, the audit trail and the disclosure.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let confirmer: Awaited<ReturnType<typeof signIn>>
let url: string
let members: string
let assessmentId: number

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  const survey = await seedSurvey(harness.app, { kind: 'open' })
  confirmer = survey.admin
  assessmentId = Number(survey.assessmentId)
  url = `/api/assessments/${survey.assessmentId}`
  const { json } = await confirmer.get(url)
  members = `/api/organisations/${json.organisationId}/members`
})

type Caller = typeof confirmer

/** Closes the survey and confirms version 1. */
async function closeAndConfirm() {
  expect((await confirmer.patch(url, { status: 'closed' })).status).toBe(200)
  return confirm()
}

/** Confirms the next version as the first admin, every issue not material with a reason. */
async function confirm(by: Caller = confirmer) {
  const { json } = await by.get(`${url}/issues`)
  const rationale = 'Decided by management after the stakeholder survey, see the minutes.'
  const decisions = (json.issues as { id: string }[]).map((issue) => ({
    issueId: issue.id,
    material: false,
    rationale,
  }))
  const confirmed = await by.post(`${url}/confirmation`, { decisions, order: [] })
  expect(confirmed.status).toBe(201)
  return confirmed.json as { version: number; hash: string }
}

/** A new account added by `by` with a password `by` chose, signed in with its own new one. */
async function newAccount(by: Caller, email: string, role: 'approver' | 'admin' | 'viewer') {
  const chosen = 'a password she chose herself'
  const added = await by.post(members, { email, name: email.split('@')[0], role, password: chosen })
  expect(added.status).toBe(201)
  const member = await signIn(harness.app, email, chosen)
  const changed = await member.post('/api/auth/password', {
    currentPassword: chosen,
    newPassword: 'the new approver password',
  })
  expect(changed.status).toBe(200)
  return { caller: member, userId: Number(added.json.member.userId) }
}

/** An existing member of the organisation, seeded directly (before anything in the test). */
async function existing(email: string, role: 'approver' | 'admin' | 'viewer') {
  const { json } = await confirmer.get(url)
  const user = await seedUser(database, {
    email,
    role,
    organisationId: Number(json.organisationId),
  })
  return { caller: await signIn(harness.app, email), userId: user.userId }
}

async function approve(by: Caller, named: { version: number; hash: string }) {
  return by.post(`${url}/approval`, { decision: 'approve', ...named, comment: '' })
}

/** A file of the evidence pack: README.txt's Board line is its approval record. */
async function packFile(name: 'README.txt' | 'audit-log.csv') {
  const response = await harness.app.request(`http://localhost${url}/evidence-pack`, {
    headers: { origin: 'http://localhost', cookie: confirmer.cookie },
  })
  expect(response.status).toBe(200)
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
  return new TextDecoder().decode(files[name])
}
const packReadme = () => packFile('README.txt')

/** What is stored: the approval row, its audit entry and the disclosure in three languages. */
async function stored() {
  const [approval] = await rows<{ appointed_by_confirmer: boolean; decided_by: number }>(
    database,
    sql`SELECT a.appointed_by_confirmer, a.decided_by::int AS decided_by FROM approvals a
        JOIN confirmations c ON c.id = a.confirmation_id WHERE c.assessment_id = ${assessmentId}`,
  )
  const [audit] = await rows<{ after: { appointedByConfirmer: boolean; selfApproved: boolean } }>(
    database,
    sql`SELECT after FROM audit_log WHERE assessment_id = ${assessmentId}
        AND entity = 'approval' AND action = 'approve'`,
  )
  const disclosure = async (locale: string) => {
    const { json } = await confirmer.get(`${url}/disclosure?locale=${locale}`)
    return (json.sections as { paragraphs: string[] }[]).flatMap((s) => s.paragraphs).join('\n')
  }
  return {
    approval: approval!,
    audit: audit!.after,
    en: await disclosure('en'),
    zhHant: await disclosure('zh-Hant'),
    zhHans: await disclosure('zh-Hans'),
  }
}

const BOARD = {
  en: 'The Board reviewed and approved',
  zhHant: '董事會已於',
  zhHans: '董事会已于',
}
const APPOINTEE = {
  en: 'by a person whom the person who confirmed them appointed as an approver after confirming them',
  zhHant: '批准人是確認結果的人士在確認後委任的',
  zhHans: '批准人由确认结果的人员在确认后任命',
}

function expectFlagged(result: Awaited<ReturnType<typeof stored>>) {
  expect(result.approval.appointed_by_confirmer).toBe(true)
  expect(result.audit).toMatchObject({ appointedByConfirmer: true, selfApproved: false })
  for (const locale of ['en', 'zhHant', 'zhHans'] as const) {
    expect(result[locale], locale).toContain(APPOINTEE[locale])
    expect(result[locale], locale).not.toContain(BOARD[locale])
  }
}

function expectIndependent(result: Awaited<ReturnType<typeof stored>>) {
  expect(result.approval.appointed_by_confirmer).toBe(false)
  expect(result.audit).toMatchObject({ appointedByConfirmer: false, selfApproved: false })
  for (const locale of ['en', 'zhHant', 'zhHans'] as const) {
    expect(result[locale], locale).toContain(BOARD[locale])
    expect(result[locale], locale).not.toContain(APPOINTEE[locale])
  }
}

describe('an approval by an approver the confirmer appointed after confirming', () => {
  test('a new account the confirming admin created after the confirmation: flagged', async () => {
    const named = await closeAndConfirm()
    const board = await newAccount(confirmer, 'board@example.com', 'approver')
    const state = await board.caller.get(`${url}/confirmation`)
    expect(state.json.can).toMatchObject({
      approve: true,
      selfApproval: false,
      appointedByConfirmer: true,
    })
    const approved = await approve(board.caller, named)
    expect(approved.status).toBe(201)
    expect(approved.json).toMatchObject({ selfApproved: false, appointedByConfirmer: true })
    const result = await stored()
    expect(result.approval.decided_by).toBe(board.userId)
    expectFlagged(result)
    const [version] = (await confirmer.get(`${url}/confirmation`)).json.versions
    expect(version.approval).toMatchObject({ selfApproved: false, appointedByConfirmer: true })
    const readme = await packReadme()
    expect(readme).toMatch(/Board: +Approved on \d{4}-\d{2}-\d{2} by board <board@example.com>\./)
    expect(readme).toContain(
      'FLAG: the decider was made an approver by the person who confirmed this version,',
    )
    // The appointment itself is in the pack's audit log (issue 11 §7, second bullet).
    const log = csvObjects(await packFile('audit-log.csv'))
    const added = log.filter((row) => row.entity === 'membership' && row.action === 'add')
    expect(added).toHaveLength(1)
    expect(JSON.stringify(added[0])).toContain('board@example.com')
  })

  test('an existing viewer the confirmer raised to approver after the confirmation: flagged', async () => {
    const viewer = await existing('viewer@example.com', 'viewer')
    const named = await closeAndConfirm()
    const raised = await confirmer.patch(`${members}/${viewer.userId}`, { role: 'approver' })
    expect(raised.status).toBe(200)
    expect((await approve(viewer.caller, named)).json.appointedByConfirmer).toBe(true)
    expectFlagged(await stored())
  })

  test('without approvers, an admin the confirmer added after the confirmation: flagged', async () => {
    const named = await closeAndConfirm()
    const second = await newAccount(confirmer, 'second-admin@example.com', 'admin')
    expect((await approve(second.caller, named)).status).toBe(201)
    expectFlagged(await stored())
  })

  test('an approver appointed by an admin the confirmer made after the confirmation: flagged', async () => {
    const named = await closeAndConfirm()
    const deputy = await newAccount(confirmer, 'deputy@example.com', 'admin')
    const board = await newAccount(deputy.caller, 'board@example.com', 'approver')
    expect((await approve(board.caller, named)).status).toBe(201)
    expectFlagged(await stored())
  })
})

describe('an approval that is not flagged', () => {
  test('an approver who held the role before the confirmation', async () => {
    const board = await existing('board@example.com', 'approver')
    const named = await closeAndConfirm()
    expect((await board.caller.get(`${url}/confirmation`)).json.can.appointedByConfirmer).toBe(
      false,
    )
    const approved = await approve(board.caller, named)
    expect(approved.json).toMatchObject({ selfApproved: false, appointedByConfirmer: false })
    expectIndependent(await stored())
    const readme = await packReadme()
    expect(readme).toContain('by board <board@example.com>.')
    expect(readme).not.toContain('FLAG')
  })

  test('an approver appointed before the confirmation by the admin who then confirmed', async () => {
    const board = await newAccount(confirmer, 'board@example.com', 'approver')
    const named = await closeAndConfirm()
    expect((await approve(board.caller, named)).status).toBe(201)
    expectIndependent(await stored())
  })

  test('an approver appointed after the confirmation by another admin who was one before', async () => {
    const other = await existing('other-admin@example.com', 'admin')
    const named = await closeAndConfirm()
    const board = await newAccount(other.caller, 'board@example.com', 'approver')
    expect((await approve(board.caller, named)).status).toBe(201)
    expectIndependent(await stored())
  })

  test('an admin of before the confirmation whom the confirmer switched to approver', async () => {
    const other = await existing('other-admin@example.com', 'admin')
    await existing('board@example.com', 'approver')
    const named = await closeAndConfirm()
    const switched = await confirmer.patch(`${members}/${other.userId}`, { role: 'approver' })
    expect(switched.status).toBe(200)
    expect((await approve(other.caller, named)).status).toBe(201)
    expectIndependent(await stored())
  })

  test('the confirmer alone approves: self-approved, a flag of its own in the pack', async () => {
    const named = await closeAndConfirm()
    const approved = await approve(confirmer, named)
    expect(approved.json).toMatchObject({ selfApproved: true, appointedByConfirmer: false })
    const result = await stored()
    expect(result.approval.appointed_by_confirmer).toBe(false)
    expect(result.audit).toMatchObject({ selfApproved: true, appointedByConfirmer: false })
    expect(result.en).toContain('by the same person who confirmed them')
    expect(result.en).not.toContain(BOARD.en)
    const readme = await packReadme()
    expect(readme).toContain(
      'FLAG: self-approved - decided by the person who confirmed this version.',
    )
  })

  test('version 2: an approver appointed after version 1 but before version 2', async () => {
    const v1 = await closeAndConfirm()
    const board = await newAccount(confirmer, 'board@example.com', 'approver')
    const returned = await board.caller.post(`${url}/approval`, {
      decision: 'return',
      ...v1,
      comment: 'Please reconsider the supply-chain issues before we approve.',
    })
    expect(returned.status).toBe(201)
    const [first] = await rows<{ appointed_by_confirmer: boolean }>(
      database,
      sql`SELECT appointed_by_confirmer FROM approvals`,
    )
    expect(first!.appointed_by_confirmer).toBe(true) // the return of version 1 is flagged
    const v2 = await confirm()
    expect(v2.version).toBe(2)
    expect((await approve(board.caller, v2)).json.appointedByConfirmer).toBe(false)
    const [flag] = await rows<{ appointed_by_confirmer: boolean }>(
      database,
      sql`SELECT a.appointed_by_confirmer FROM approvals a JOIN confirmations c
          ON c.id = a.confirmation_id WHERE c.version = 2`,
    )
    expect(flag!.appointed_by_confirmer).toBe(false)
  })
})

describe('a role change racing a transaction that holds the assessment', () => {
  // The order of the trail decides the flag, so a role change must not slip in before a
  // confirmation or approval that is still running: it waits for their row lock (FOR SHARE).
  test.runIf(testDriver() === 'postgres')(
    'is written to the trail after that transaction, whatever ids were handed out before',
    async () => {
      const viewer = await existing('viewer@example.com', 'viewer')
      const named = await closeAndConfirm()
      const held = await openTransaction(database, async (tx) => {
        await tx.execute(sql`SELECT 1 FROM assessments WHERE id = ${assessmentId} FOR UPDATE`)
        await tx.execute(sql`INSERT INTO audit_log (organisation_id, assessment_id, action, entity)
          SELECT organisation_id, id, 'held', 'test' FROM assessments WHERE id = ${assessmentId}`)
      })
      const raising = confirmer.patch(`${members}/${viewer.userId}`, { role: 'approver' })
      const first = await Promise.race([
        lockWaiters(database, 1).then(() => 'waits'),
        raising.then(() => 'finished'),
      ])
      expect(first).toBe('waits')
      held.release()
      await held.done
      expect((await raising).status).toBe(200)
      const trail = await rows<{ entity: string }>(
        database,
        sql`SELECT entity FROM audit_log WHERE assessment_id = ${assessmentId}
            AND entity IN ('test', 'membership') ORDER BY id`,
      )
      expect(trail.map((entry) => entry.entity)).toEqual(['test', 'membership'])
      expect((await approve(viewer.caller, named)).json.appointedByConfirmer).toBe(true)
    },
  )
})
