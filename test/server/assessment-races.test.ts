import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase, testDriver } from '../support/db.ts'
import { holdAssessmentRow, lockWaiters } from '../support/other-connection.ts'
import { recomputeSeal } from '../support/sealed-responses.ts'
import { seedSurvey, submission } from '../support/survey.ts'

// Issue 11 §1: every verb that changes an assessment locks its row and checks its state there,
// so two verbs at once end as one after the other would. Each race: another connection holds
// the row, both requests are sent and wait for it (a condition, not a sleep), it is released,
// and the stored rows must be those of one serial order.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let survey: Awaited<ReturnType<typeof seedSurvey>>
let url: string

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  survey = await seedSurvey(harness.app, { kind: 'open' })
  url = `/api/assessments/${survey.assessmentId}`
})

const respondent = () => createTestApp(database).app
async function submit() {
  const app = respondent()
  const path = `/api/survey/${survey.token}`
  const questionnaire = await (await app.request(`http://localhost${path}`)).json()
  const response = await app.request(`http://localhost${path}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify(submission(questionnaire, { browserId: crypto.randomUUID() })),
  })
  return { status: response.status, json: await response.json() }
}

const close = () => survey.admin.patch(url, { status: 'closed' })

/**
 * Closes, and folds every response into the running sums (a look at the matrix), so a
 * confirmation goes straight to the row lock: a fold writes the sums, whose foreign key would wait
 * for the held row first.
 */
async function closeAndFold() {
  expect((await close()).status).toBe(200)
  expect((await survey.admin.get(`${url}/matrix`)).status).toBe(200)
}

/** Every issue decided not material, with a reason: valid whatever the scores are. */
async function confirm() {
  const { json } = await survey.admin.get(`${url}/issues`)
  const rationale = 'Decided by management after the stakeholder survey, see the minutes.'
  const decisions = (json.issues as { id: string }[]).map((issue) => ({
    issueId: issue.id,
    material: false,
    rationale,
  }))
  return survey.admin.post(`${url}/confirmation`, { decisions, order: [] })
}

/**
 * Sends the requests while another connection holds the row, releases it once all wait (at most
 * three: the pool has four connections, and one watches the others wait).
 */
async function race<T extends unknown[]>(...requests: { [K in keyof T]: () => Promise<T[K]> }) {
  const held = await holdAssessmentRow(database, survey.assessmentId)
  const sent = requests.map((request) => request())
  await lockWaiters(database, requests.length)
  held.release()
  await held.done
  return (await Promise.all(sent)) as T
}

/** One at a time, in this order: the first is waiting for the row before the second is sent. */
async function inOrder<T extends unknown[]>(...requests: { [K in keyof T]: () => Promise<T[K]> }) {
  const held = await holdAssessmentRow(database, survey.assessmentId)
  const sent: Promise<unknown>[] = []
  for (const request of requests) {
    sent.push(request())
    await lockWaiters(database, sent.length)
  }
  held.release()
  await held.done
  return (await Promise.all(sent)) as T
}

async function stored() {
  const [row] = await rows<{ status: string; confirmations: number; responses: number }>(
    database,
    sql`SELECT a.status,
          (SELECT count(*)::int FROM confirmations c WHERE c.assessment_id = a.id) AS confirmations,
          (SELECT count(*)::int FROM responses r WHERE r.assessment_id = a.id) AS responses
        FROM assessments a WHERE a.id = ${survey.assessmentId}::bigint`,
  )
  return row!
}

const audited = (action: string) =>
  rows<{ after: Record<string, unknown> }>(
    database,
    sql`SELECT after FROM audit_log
        WHERE assessment_id = ${survey.assessmentId}::bigint AND action = ${action} ORDER BY id`,
  )

/** What the sealed version 1 says about its responses, and what the stored rows say. */
async function sealedResponses() {
  const { json } = await survey.admin.get(`${url}/confirmations/1`)
  return {
    sealed: json.snapshot.responses,
    stored: await recomputeSeal(database, Number(survey.assessmentId)),
  }
}

describe.skipIf(testDriver() !== 'postgres')('verbs on one assessment at once', () => {
  test.each([
    ['confirmation', 'reopening'],
    ['reopening', 'confirmation'],
  ])(
    'status change against confirmation, %s first: the other gets 409 and changes nothing',
    async (first) => {
      expect((await submit()).status).toBe(201)
      await closeAndFold()
      const reopen = () => survey.admin.patch(url, { status: 'open', reason: 'More answers due.' })
      const [confirmed, reopened] =
        first === 'confirmation'
          ? await inOrder(confirm, reopen)
          : await inOrder(reopen, confirm).then(([r, c]) => [c, r] as const)
      const state = await stored()
      if (first === 'confirmation') {
        expect(confirmed.status, confirmed.text).toBe(201)
        expect(reopened.status, reopened.text).toBe(409)
        expect(state).toMatchObject({ status: 'confirmed', confirmations: 1 })
        expect(await audited('status')).toHaveLength(2) // the opening and the close only
      } else {
        expect(reopened.status, reopened.text).toBe(200)
        expect(confirmed.status, confirmed.text).toBe(409)
        expect(state).toMatchObject({ status: 'open', confirmations: 0 })
        expect(await audited('confirm')).toHaveLength(0)
      }
    },
  )

  test('status change against confirmation at once: one serial order', async () => {
    expect((await submit()).status).toBe(201)
    await closeAndFold()
    const reopen = () => survey.admin.patch(url, { status: 'open', reason: 'More answers due.' })
    const [confirmed, reopened] = await race(confirm, reopen)
    expect([confirmed.status, reopened.status].sort()).toEqual(
      confirmed.status === 201 ? [201, 409] : [200, 409],
    )
    expect(await stored()).toMatchObject(
      confirmed.status === 201
        ? { status: 'confirmed', confirmations: 1 }
        : { status: 'open', confirmations: 0 },
    )
  })

  test('issue edit against confirmation: the snapshot holds the wording the row holds', async () => {
    expect((await submit()).status).toBe(201)
    await closeAndFold()
    const [issue] = (await survey.admin.get(`${url}/issues`)).json.issues
    const names = { ...issue.names, en: 'Corrected wording' }
    const edit = () => survey.admin.patch(`${url}/issues/${issue.id}`, { names, reason: 'Typo.' })
    const [confirmed, edited] = await race(confirm, edit)
    expect(confirmed.status, confirmed.text).toBe(201)
    const { json } = await survey.admin.get(`${url}/confirmations/1`)
    const sealed = json.snapshot.issues.find((i: { id: string }) => i.id === issue.id)
    const [row] = await rows<{ en: string }>(
      database,
      sql`SELECT names->>'en' AS en FROM assessment_issues WHERE id = ${issue.id}::bigint`,
    )
    expect(sealed.names.en).toBe(row!.en)
    if (edited.status === 200) {
      expect(row!.en).toBe('Corrected wording')
    } else {
      expect(edited.json.error.code).toBe('assessment_locked')
      expect(row!.en).toBe(issue.names.en)
      expect(await audited('update')).toHaveLength(0)
    }
  })

  test('link creation against close, and against confirmation', async () => {
    const create = () => survey.admin.post(`${url}/links`, { group: 'employees', kind: 'open' })
    const [created, closed] = await race(create, close)
    expect([created.status, closed.status]).toEqual([201, 200])
    const links = async () =>
      (
        await rows<{ n: number }>(
          database,
          sql`SELECT count(*)::int AS n FROM survey_links WHERE assessment_id = ${survey.assessmentId}::bigint`,
        )
      )[0]!.n
    expect(await links()).toBe(2)
    expect(await stored()).toMatchObject({ status: 'closed' })

    const [confirmed, late] = await race(confirm, create)
    expect(confirmed.status, confirmed.text).toBe(201)
    if (late.status === 201) {
      expect(await links()).toBe(3)
    } else {
      expect(late.json.error.code).toBe('assessment_locked')
      expect(await links()).toBe(2)
    }
    expect(await audited('create')).toHaveLength(1 + 1 + (late.status === 201 ? 1 : 0) + 1)
  })

  test('erasure against confirmation: both happen, the seal still matches the stored ratings', async () => {
    expect((await submit()).status).toBe(201)
    await closeAndFold()
    const erase = () =>
      survey.admin.post(`${url}/personal-data/erase`, { reason: 'Retention period over.' })
    const [confirmed, erased] = await race(confirm, erase)
    expect([confirmed.status, erased.status]).toEqual([201, 200])
    const { sealed, stored: recomputed } = await sealedResponses()
    expect(sealed).toEqual(recomputed)
    expect(await audited('erase')).toHaveLength(1)
    const [row] = await rows<{ hashes: number }>(
      database,
      sql`SELECT count(address_hash)::int AS hashes FROM responses WHERE assessment_id = ${survey.assessmentId}::bigint`,
    )
    expect(row!.hashes).toBe(0)
  })

  test('a submit behind a close gets 410 and stores nothing', async () => {
    expect((await submit()).status).toBe(201)
    const [closed, late] = await inOrder(close, submit)
    expect(closed.status).toBe(200)
    expect(late.status).toBe(410)
    expect(await stored()).toMatchObject({ status: 'closed', responses: 1 })
    expect((await confirm()).status).toBe(201)
    expect((await sealedResponses()).sealed.count).toBe(1)
  })

  test('a submit ahead of a close is in what the close and the confirmation show', async () => {
    const [early, closed] = await inOrder(submit, close)
    expect(early.status).toBe(201)
    expect(closed.status).toBe(200)
    const tracked = await survey.admin.get(`${url}/responses`)
    expect(tracked.json.totals.completed).toBe(1)
    expect((await confirm()).status).toBe(201)
    const { sealed, stored: recomputed } = await sealedResponses()
    expect(sealed).toEqual(recomputed)
    expect(sealed.count).toBe(1)
  })

  test('submits racing a close: every 201 is sealed, every later one is 410', async () => {
    // Three requests at most: the test database's pool has four connections, one of them for
    // watching the others wait.
    const results = await race(submit, close, submit)
    const accepted = results.filter((result) => result.status === 201).length
    expect(results.every((result) => [200, 201, 410].includes(result.status))).toBe(true)
    expect(await stored()).toMatchObject({ status: 'closed', responses: accepted })
    expect((await confirm()).status).toBe(201)
    expect((await sealedResponses()).sealed.count).toBe(accepted)
  })

  // Issue 11 §6 and §7: a decision names its version, one decision per version, and who may
  // decide is read under the row lock, so a role change and a decision end in a serial order.
  async function approvers() {
    const { json } = await survey.admin.get(url)
    const organisationId = Number(json.organisationId)
    const seeded = await Promise.all(
      ['board-a@example.com', 'board-b@example.com'].map((email) =>
        seedUser(database, { email, role: 'approver', organisationId }),
      ),
    )
    const callers = await Promise.all(seeded.map((user) => signIn(harness.app, user.email)))
    return { organisationId, seeded, callers }
  }

  async function decisions() {
    return rows<{ decision: string; decided_by: number }>(
      database,
      sql`SELECT a.decision, a.decided_by::int AS decided_by FROM approvals a
          JOIN confirmations c ON c.id = a.confirmation_id
          WHERE c.assessment_id = ${survey.assessmentId}::bigint`,
    )
  }

  test('an approval and a return of the same version at once: one decision is stored', async () => {
    await closeAndFold()
    const { callers } = await approvers()
    const confirmed = await confirm()
    expect(confirmed.status).toBe(201)
    const named = { version: confirmed.json.version, hash: confirmed.json.hash }
    const comment = 'Please reconsider the supply-chain issues first.'
    const [approved, returned] = await race(
      () => callers[0]!.post(`${url}/approval`, { decision: 'approve', ...named }),
      () => callers[1]!.post(`${url}/approval`, { decision: 'return', ...named, comment }),
    )
    expect([approved.status, returned.status].sort()).toEqual([201, 409])
    const winner = approved.status === 201 ? 'approve' : 'return'
    const loser = approved.status === 201 ? returned : approved
    expect(loser.json.error.code).toBe('not_confirmed')
    expect((await decisions()).map((d) => d.decision)).toEqual([winner])
    expect(await stored()).toMatchObject({ status: winner === 'approve' ? 'approved' : 'closed' })
    expect((await audited(winner)).length).toBe(1)
    expect((await audited(winner === 'approve' ? 'return' : 'approve')).length).toBe(0)
  })

  test.each([
    ['removal', 'approval'],
    ['approval', 'removal'],
  ])('the approver removed against their approval, %s first: one serial order', async (first) => {
    await closeAndFold()
    const { organisationId, seeded, callers } = await approvers()
    const confirmed = await confirm()
    const named = { version: confirmed.json.version, hash: confirmed.json.hash }
    const approve = () => callers[0]!.post(`${url}/approval`, { decision: 'approve', ...named })
    const remove = () =>
      survey.admin.delete(`/api/organisations/${organisationId}/members/${seeded[0]!.userId}`)
    const [approved, removed] =
      first === 'removal'
        ? await inOrder(remove, approve).then(([r, a]) => [a, r] as const)
        : await inOrder(approve, remove)
    expect(removed.status, removed.text).toBe(200)
    const removals = await rows<{ entity_id: string }>(
      database,
      sql`SELECT entity_id FROM audit_log WHERE assessment_id = ${survey.assessmentId}::bigint
          AND entity = 'membership' AND action = 'remove'`,
    )
    if (first === 'removal') {
      expect(approved.status, approved.text).toBe(403)
      expect(await decisions()).toEqual([])
      expect(await stored()).toMatchObject({ status: 'confirmed' })
      expect(removals.map((entry) => entry.entity_id)).toEqual([String(seeded[0]!.userId)])
    } else {
      expect(approved.status, approved.text).toBe(201)
      expect(await decisions()).toEqual([{ decision: 'approve', decided_by: seeded[0]!.userId }])
      expect(await stored()).toMatchObject({ status: 'approved' })
      expect(removals).toEqual([]) // approved first: no longer an open assessment
    }
  })
})
