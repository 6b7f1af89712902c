import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { insertRandomResponses } from '#db/queries/seed-responses'
import { ADMIN, client, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase, testDriver } from '../support/db.ts'
import { openAssessment } from '../support/matrix.ts'
import {
  databaseNow,
  openTransaction,
  otherConnectionRan,
  pendingInsert,
} from '../support/other-connection.ts'
import { recomputeSeal } from '../support/sealed-responses.ts'

// Issue 11 §2: a confirmation seals every stored response or nothing. The reported failure:
// 75 responses stored, 69 of them in the running sums, a lock on `responses` held by another
// session (VACUUM, ANALYZE), and the confirmation sealed 69.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let admin: Awaited<ReturnType<typeof signIn>>
let id: number
let url: string

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  admin = await signIn(harness.app, ADMIN.email)
  id = await openAssessment(admin)
  url = `/api/assessments/${id}`
})

const one = async <T>(query: SQL) => (await queryRows<T>(database.db, query))[0]!

/** 75 responses stored, the first 69 folded into the running sums (by a look at the matrix). */
async function seventyFiveStoredSixtyNineFolded() {
  await insertRandomResponses(database.db, id, 69, { flagEvery: 10 })
  expect((await admin.get(`${url}/matrix`)).status).toBe(200)
  await insertRandomResponses(database.db, id, 6)
  expect((await admin.patch(url, { status: 'closed' })).status).toBe(200)
  expect(await folded()).toBe(69)
  expect(await stored()).toBe(75)
}

const stored = async () =>
  (
    await one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM responses WHERE assessment_id = ${id}`,
    )
  ).n
const folded = async () =>
  (
    await one<{ n: number }>(
      sql`SELECT coalesce(sum(responses), 0)::int AS n FROM score_response_counts WHERE assessment_id = ${id}`,
    )
  ).n

/** Every issue decided not material, each with a reason: valid whatever the scores are. */
async function confirmationBody() {
  const { json } = await admin.get(`${url}/issues`)
  const reason = 'Decided by management after the stakeholder survey, see the minutes.'
  const decisions = (json.issues as { id: string }[]).map((issue) => ({
    issueId: issue.id,
    material: false,
    rationale: reason,
  }))
  return { decisions, order: [] }
}

/** The sealed snapshot's responses, and what the assessment's stored rows say they must be. */
async function sealedAndStored() {
  const { json } = await admin.get(`${url}/confirmations/1`)
  const responded = (json.snapshot.groups as { responded: number }[]).reduce(
    (sum, group) => sum + group.responded,
    0,
  )
  return {
    sealed: json.snapshot.responses,
    responded,
    recomputed: await recomputeSeal(database, id),
  }
}

/** Nothing of a confirmation is stored: no version, no audit entry, still closed. */
async function expectNothingSealed() {
  expect(
    await one(sql`SELECT count(*)::int AS n FROM confirmations WHERE assessment_id = ${id}`),
  ).toEqual({ n: 0 })
  expect(await one(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'confirm'`)).toEqual(
    { n: 0 },
  )
  expect((await admin.get(url)).json.status).toBe('closed')
}

describe('POST /api/assessments/:id/confirmation seals every stored response', () => {
  test('folds the six not yet in the sums; count, last id and digest are those of all 75', async () => {
    await seventyFiveStoredSixtyNineFolded()
    const created = await admin.post(`${url}/confirmation`, await confirmationBody())
    expect(created.status, created.text).toBe(201)
    const { sealed, responded, recomputed } = await sealedAndStored()
    expect(recomputed.count).toBe(75)
    expect(sealed).toEqual(recomputed)
    expect(responded).toBe(75)
    expect(await folded()).toBe(75)
  })

  test('refuses to seal when the running sums do not cover every stored response', async () => {
    await seventyFiveStoredSixtyNineFolded()
    expect((await admin.get(`${url}/matrix`)).status).toBe(200) // all 75 folded
    // The sums lose a response behind the watermark: no fold will put it back.
    await database.db.execute(sql`
      UPDATE score_response_counts SET responses = responses - 1
      WHERE (assessment_id, group_id, flagged) = (
        SELECT assessment_id, group_id, flagged FROM score_response_counts
        WHERE assessment_id = ${id} AND responses > 0 LIMIT 1)`)
    const refused = await admin.post(`${url}/confirmation`, await confirmationBody())
    expect(refused.status, refused.text).toBe(503)
    expect(refused.json.error.code).toBe('responses_changed')
    expect(refused.headers.get('retry-after')).toBe('5')
    await expectNothingSealed()
  })
})

describe.skipIf(testDriver() !== 'postgres')('sealing beside other PostgreSQL sessions', () => {
  test("VACUUM's lock (SHARE UPDATE EXCLUSIVE) held on responses: all 75 are sealed", async () => {
    await seventyFiveStoredSixtyNineFolded()
    const vacuum = await openTransaction(database, async (tx) => {
      await tx.execute(sql`LOCK TABLE responses IN SHARE UPDATE EXCLUSIVE MODE`)
    })
    const held = sql`SELECT count(*)::int AS n FROM pg_locks
      WHERE relation = 'responses'::regclass AND mode = 'ShareUpdateExclusiveLock' AND granted`
    expect(await one(held)).toEqual({ n: 1 })
    const created = await admin.post(`${url}/confirmation`, await confirmationBody())
    expect(await one(held)).toEqual({ n: 1 }) // still held while the confirmation ran
    vacuum.release()
    await vacuum.done
    expect(created.status, created.text).toBe(201)
    const { sealed, responded, recomputed } = await sealedAndStored()
    expect(sealed.count).toBe(75)
    expect(sealed).toEqual(recomputed)
    expect(responded).toBe(75)
  })

  test('an insert still in flight past the wait: 503 with Retry-After, nothing sealed; then it is sealed', async () => {
    await seventyFiveStoredSixtyNineFolded()
    const impatient = client(createTestApp(database, { config: { sealWaitMs: 300 } }).app)
    impatient.cookie = admin.cookie
    const late = await pendingInsert(database, id) // a submit that raced the close, uncommitted
    const refused = await impatient.post(`${url}/confirmation`, await confirmationBody())
    expect(refused.status, refused.text).toBe(503)
    expect(refused.json.error.code).toBe('responses_in_flight')
    expect(refused.headers.get('retry-after')).toBe('5')
    await expectNothingSealed()
    late.release()
    await late.done
    const created = await admin.post(`${url}/confirmation`, await confirmationBody())
    expect(created.status, created.text).toBe(201)
    const { sealed, recomputed } = await sealedAndStored()
    expect(sealed.count).toBe(76)
    expect(sealed).toEqual(recomputed)
  })

  test('an insert that commits while the confirmation waits for it is sealed with the rest', async () => {
    await seventyFiveStoredSixtyNineFolded()
    const late = await pendingInsert(database, id)
    const since = await databaseNow(database)
    const confirming = admin.post(`${url}/confirmation`, await confirmationBody())
    await otherConnectionRan(database, 'pg_locks', since) // waiting for the insert in flight
    late.release()
    await late.done
    const created = await confirming
    expect(created.status, created.text).toBe(201)
    const { sealed, responded, recomputed } = await sealedAndStored()
    expect(sealed.count).toBe(76)
    expect(sealed).toEqual(recomputed)
    expect(responded).toBe(76)
  })
})
