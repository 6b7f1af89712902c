import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { insertRandomResponses } from '#db/queries/seed-responses'
import { foldNewResponses } from '#server/services/score-fold'
import { ADMIN, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase, testDriver } from '../support/db.ts'
import { openAssessment } from '../support/matrix.ts'
import { databaseNow, otherConnectionRan, pendingInsert } from '../support/other-connection.ts'

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

interface SumRow {
  issue: number
  axis: string
  groupId: number
  flagged: boolean
  n: number
  sum: number
  squares: number
  dk: number
}

/** The sums as stored, and as one direct aggregate over every rating computes them. */
async function storedAndDirect(id: number) {
  const order = sql`ORDER BY 1, 2, 3, 4`
  const stored = await queryRows<SumRow>(
    database.db,
    sql`SELECT issue_id::int AS issue, axis::text, group_id::int AS "groupId", flagged, n::int,
               sum::int, sum_squares::int AS squares, dont_know::int AS dk
        FROM score_sums WHERE assessment_id = ${id} ${order}`,
  )
  const direct = await queryRows<SumRow>(
    database.db,
    sql`SELECT r.issue_id::int AS issue, r.axis::text, s.group_id::int AS "groupId",
               cardinality(s.flags) > 0 AS flagged, count(r.score)::int AS n,
               coalesce(sum(r.score), 0)::int AS sum,
               coalesce(sum(r.score::int * r.score), 0)::int AS squares,
               count(*) FILTER (WHERE r.score IS NULL)::int AS dk
        FROM responses s JOIN ratings r ON r.response_id = s.id
        WHERE s.assessment_id = ${id} GROUP BY 1, 2, 3, 4 ${order}`,
  )
  return { stored, direct }
}

async function watermark(id: number): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    database.db,
    sql`SELECT response_id::int AS id FROM score_watermarks WHERE assessment_id = ${id}`,
  )
  return row?.id ?? 0
}

describe('folding responses into the running sums', () => {
  test('chunk by chunk, with responses arriving between folds, equals one direct aggregate', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    const other = await openAssessment(admin, 'Another assessment')
    await insertRandomResponses(database.db, id, 40, { flagEvery: 7 })
    await insertRandomResponses(database.db, other, 10)
    expect(await foldNewResponses(database, id, { chunkSize: 7 })).toBe(6) // 40 responses in chunks of 7
    await insertRandomResponses(database.db, id, 12)
    expect(await foldNewResponses(database, id, { chunkSize: 5 })).toBe(3)
    expect(await foldNewResponses(database, id, { chunkSize: 5 })).toBe(0) // nothing new: no fold
    const { stored, direct } = await storedAndDirect(id)
    expect(stored.length).toBeGreaterThan(0)
    expect(stored).toEqual(direct)
    const counts = await queryRows<{ flagged: boolean; n: number }>(
      database.db,
      sql`SELECT flagged, sum(responses)::int AS n FROM score_response_counts
          WHERE assessment_id = ${id} GROUP BY flagged ORDER BY flagged`,
    )
    const [flaggedCount] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM responses WHERE assessment_id = ${id} AND flags <> '{}'`,
    )
    expect(counts).toEqual([
      { flagged: false, n: 52 - flaggedCount!.n },
      { flagged: true, n: flaggedCount!.n },
    ])
    // The other assessment's responses were neither folded here nor counted.
    expect((await storedAndDirect(other)).stored).toEqual([])
  })

  test('two folds at once add every response exactly once', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    await insertRandomResponses(database.db, id, 30)
    await Promise.all([
      foldNewResponses(database, id, { chunkSize: 4 }),
      foldNewResponses(database, id, { chunkSize: 3 }),
    ])
    const { stored, direct } = await storedAndDirect(id)
    expect(stored).toEqual(direct)
  })
})

describe.skipIf(testDriver() !== 'postgres')('the watermark on PostgreSQL', () => {
  test('a response committed after a later one is folded, never skipped', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    await insertRandomResponses(database.db, id, 5)
    const slow = await pendingInsert(database, id) // draws id 6 and holds it uncommitted
    await insertRandomResponses(database.db, id, 2) // ids 7 and 8, committed
    // The matrix waits up to 200 ms for the insert in flight, then leaves the sums alone
    // rather than hold new submits back: the watermark must not pass the uncommitted id 6.
    expect(await foldNewResponses(database, id)).toBe(0)
    expect(await watermark(id)).toBe(0)
    // Committing while the matrix waits (given all the time it needs): the fold includes it.
    const since = await databaseNow(database)
    const folding = foldNewResponses(database, id, { waitMs: 60_000 })
    await otherConnectionRan(database, 'pg_locks', since) // it is waiting for the insert
    slow.release()
    expect(await folding).toBe(1)
    await slow.done
    expect(await watermark(id)).toBe(8)
    const { stored, direct } = await storedAndDirect(id)
    expect(stored).toEqual(direct)
    const [total] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT sum(responses)::int AS n FROM score_response_counts WHERE assessment_id = ${id}`,
    )
    expect(total!.n).toBe(8)
  })
})
