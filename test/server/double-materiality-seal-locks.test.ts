import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { readSnapshot } from '#surveys/domain/snapshot'
import { assessmentHarness, assignIros, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase, testDriver } from '../support/db.ts'
import { lockWaiters, openTransaction, waitsForLock } from '../support/other-connection.ts'

// Issue 15 §8 under load: a double-materiality confirmation seals every score committed before it
// or nothing, whatever another connection holds on the IRO scores or the register, and no score
// is taken into an assessment after it closed — the Mode B counterpart of confirmation-seal.test.ts.

let database: TestDatabase
let harness: Awaited<ReturnType<typeof assessmentHarness>>
let url: string
let id: string
let assessors: Awaited<ReturnType<typeof harness.as>>[]
let iros: { impact: string; risk: string }

const REASON = 'Decided by management with the register as scored; see the minutes.'
const impactScores = (n: number) => ({ scale: n, scope: n, irremediability: n })
const riskScores = (n: number) => ({ horizons: { short: { magnitude: n, likelihood: n } } })

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  harness = await assessmentHarness(database)
  const created = await harness.admin.post('/api/assessments', {
    name: 'FY2025 double materiality',
    method: 'double',
    library: 'esrs',
  })
  id = created.json.id
  url = `/api/assessments/${id}`
  const issues = (await harness.admin.get(`${url}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  const topic = (code: string) => issues.find((issue) => issue.code === code)!.id
  const add = async (body: Record<string, unknown>) => {
    const response = await harness.admin.post(`${url}/iros`, body)
    expect(response.status, response.text).toBe(201)
    return response.json.id as string
  }
  iros = {
    impact: await add({
      issueId: topic('S1.1'),
      type: 'negative-impact',
      actual: true,
      description: 'Night shifts in the test lab',
    }),
    risk: await add({
      issueId: topic('E1.1'),
      type: 'risk',
      actual: false,
      horizons: ['short'],
      description: 'Flooding of the data centre',
    }),
  }
  expect((await harness.admin.patch(url, { status: 'open' })).status).toBe(200)
  assessors = [await harness.as('assessor'), await harness.as('assessor')]
  await assignIros(harness.admin, id, assessors)
  for (const [i, assessor] of assessors.entries()) {
    await expectStatus(assessor.put(`${url}/iros/${iros.impact}/scores`, impactScores(2 + i)), 200)
    await expectStatus(assessor.put(`${url}/iros/${iros.risk}/scores`, riskScores(2 + i)), 200)
  }
})

async function expectStatus(pending: Promise<{ status: number; text: string }>, status: number) {
  const response = await pending
  expect(response.status, response.text).toBe(status)
  return response
}

/** Every stored score of the assessment, by "iro|assessor". */
async function storedScores() {
  const found = await rows<{ iro: string; assessor: string; scores: unknown }>(
    database,
    sql`SELECT s.iro_id::text AS iro, s.assessor_id::text AS assessor, s.scores
        FROM iro_scores s JOIN iros i ON i.id = s.iro_id WHERE i.assessment_id = ${id}::bigint`,
  )
  return new Map(found.map((row) => [`${row.iro}|${row.assessor}`, row.scores]))
}

async function confirmationRows() {
  return rows<{ version: number; snapshot: string }>(
    database,
    sql`SELECT version, snapshot FROM confirmations WHERE assessment_id = ${id}::bigint`,
  )
}

/** Version 1's sealed scores, by "iro|assessor". */
async function sealedScores() {
  const [stored] = await confirmationRows()
  const double = readSnapshot(stored!.snapshot).doubleMateriality!
  return new Map(double.scores.map((row) => [`${row.iroId}|${row.assessor.id}`, row.scores]))
}

/** The database's message refusing a statement; '' when it ran. */
async function refusal(query: SQL): Promise<string> {
  try {
    await database.db.execute(query)
    return ''
  } catch (error) {
    const { message, cause } = error as { message: string; cause?: { message?: string } }
    return cause?.message ?? message
  }
}

/** Every topic decided not material with a reason: valid whatever the scores are. */
async function decisionsBody() {
  const { json } = await harness.admin.get(`${url}/issues`)
  const decisions = (json.issues as { id: string }[]).map((issue) => ({
    issueId: issue.id,
    material: false,
    rationale: REASON,
  }))
  return { decisions, order: [] }
}

/** The seal is exactly what is stored: no score missing, none taken after it. */
async function expectSealedAsStored(count: number) {
  const stored = await storedScores()
  expect(stored.size).toBe(count)
  expect(await sealedScores()).toEqual(stored)
  expect((await harness.admin.get(url)).json.status).toBe('confirmed')
}

/** Each assessor's score PUTs of both IROs with `n`, sent together. */
function scorePuts(n: number) {
  return assessors.flatMap((assessor) => [
    {
      key: iros.impact,
      body: impactScores(n),
      sent: assessor.put(`${url}/iros/${iros.impact}/scores`, impactScores(n)),
    },
    {
      key: iros.risk,
      body: riskScores(n),
      sent: assessor.put(`${url}/iros/${iros.risk}/scores`, riskScores(n)),
    },
  ])
}

/** A refused score PUT is a 409 saying the assessment no longer takes scores. */
function expectRefused(response: { status: number; json: { error?: { code: string } } }) {
  expect(response.status).toBe(409)
  expect(['assessment_closed', 'assessment_locked']).toContain(response.json.error?.code)
}

describe('a double-materiality confirmation beside score saves', () => {
  test('saves racing the close and the confirmation: each one stored and sealed, or refused and absent', async () => {
    const before = await storedScores()
    const racing = scorePuts(5)
    const closed = harness.admin.patch(url, { status: 'closed' })
    const answers = await Promise.all(racing.map((put) => put.sent))
    expect((await closed).status).toBe(200)
    const late = scorePuts(1)
    const confirmed = await harness.admin.post(`${url}/confirmation`, await decisionsBody())
    expect(confirmed.status, confirmed.text).toBe(201)
    for (const put of late) expectRefused(await put.sent)
    const stored = await storedScores()
    for (const [i, answer] of answers.entries()) {
      const assessor = (await assessors[Math.floor(i / 2)]!.get('/api/auth/me')).json.id
      const key = `${racing[i]!.key}|${assessor}`
      if (answer.status === 200) expect(stored.get(key)).toEqual(racing[i]!.body)
      else {
        expectRefused(answer)
        expect(stored.get(key)).toEqual(before.get(key))
      }
    }
    await expectSealedAsStored(4)
  })

  test('a score written behind the application’s back after the seal is refused by the database', async () => {
    expect((await harness.admin.patch(url, { status: 'closed' })).status).toBe(200)
    const confirmed = await harness.admin.post(`${url}/confirmation`, await decisionsBody())
    expect(confirmed.status, confirmed.text).toBe(201)
    for (const write of [
      sql`UPDATE iro_scores SET scores = '{"scale":5,"scope":5,"irremediability":5}'
          WHERE iro_id = ${iros.impact}::bigint`,
      sql`INSERT INTO iro_scores (iro_id, assessor_id, scores)
          SELECT ${iros.risk}::bigint, id, '{}'::jsonb FROM users WHERE email = 'admin@example.com'`,
    ]) {
      expect(await refusal(write)).toContain(
        'an IRO score is written only while its assessment is a draft or open (it is confirmed)',
      )
    }
    await expectSealedAsStored(4)
  })
})

describe.skipIf(testDriver() !== 'postgres')(
  'beside locks another PostgreSQL session holds',
  () => {
    test('row locks on the scores and the register: the confirmation seals them all, later saves are refused', async () => {
      expect((await harness.admin.patch(url, { status: 'closed' })).status).toBe(200)
      const other = await openTransaction(database, async (tx) => {
        await tx.execute(sql`SELECT 1 FROM iro_scores s JOIN iros i ON i.id = s.iro_id
        WHERE i.assessment_id = ${id}::bigint FOR UPDATE OF s`)
        await tx.execute(sql`SELECT 1 FROM iros WHERE assessment_id = ${id}::bigint FOR UPDATE`)
      })
      const puts = scorePuts(5)
      const confirmed = await harness.admin.post(`${url}/confirmation`, await decisionsBody())
      for (const put of puts) expectRefused(await put.sent)
      // Sealed while the other session still held its locks: reading needs none of them.
      expect(confirmed.status, confirmed.text).toBe(201)
      other.release()
      await other.done
      await expectSealedAsStored(4)
    })

    test('an exclusive lock on the scores table: the confirmation waits for it, then seals every score', async () => {
      expect((await harness.admin.patch(url, { status: 'closed' })).status).toBe(200)
      const other = await openTransaction(database, async (tx) => {
        await tx.execute(sql`LOCK TABLE iro_scores IN ACCESS EXCLUSIVE MODE`)
      })
      const confirming = harness.admin.post(`${url}/confirmation`, await decisionsBody())
      await lockWaiters(database, 1)
      const puts = scorePuts(5) // wait behind the confirmation's row lock
      expect(await confirmationRows()).toEqual([]) // nothing sealed while it waits
      other.release()
      await other.done
      const confirmed = await confirming
      expect(confirmed.status, confirmed.text).toBe(201)
      for (const put of puts) expectRefused(await put.sent)
      await expectSealedAsStored(4)
    })

    test('a score write in flight when the survey closes: the close waits for it, and it is sealed', async () => {
      const assessor = (await assessors[0]!.get('/api/auth/me')).json.id as string
      const changed = impactScores(5)
      const writer = await openTransaction(database, async (tx) => {
        await tx.execute(sql`UPDATE iro_scores SET scores = ${JSON.stringify(changed)}::jsonb
        WHERE iro_id = ${iros.impact}::bigint AND assessor_id = ${assessor}::bigint`)
      })
      const closing = harness.admin.patch(url, { status: 'closed' })
      const waited = await waitsForLock(database, closing)
      if (!waited) {
        // The close did not wait: confirm while the write is still uncommitted.
        const confirmed = await harness.admin.post(`${url}/confirmation`, await decisionsBody())
        expect(confirmed.status, confirmed.text).toBe(201)
      }
      writer.release()
      const written = await writer.done.then(
        () => true,
        () => false,
      )
      expect((await closing).status).toBe(200)
      if (waited) {
        const confirmed = await harness.admin.post(`${url}/confirmation`, await decisionsBody())
        expect(confirmed.status, confirmed.text).toBe(201)
      }
      await expectSealedAsStored(4)
      expect(written).toBe(true)
      expect((await sealedScores()).get(`${iros.impact}|${assessor}`)).toEqual(changed)
    })
  },
)
