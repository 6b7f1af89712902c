import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { type Db, queryRows, type Tx } from '#db/client'
import { insertSeedResponse } from '#db/queries/seed-responses'
import type { TestDatabase } from './db.ts'
import { seedResponsesFor } from './matrix.ts'

/**
 * A transaction on a second PostgreSQL connection (not the app's pool) that runs `begin`, then
 * stays open until `release()`: a lock another session holds, an insert still in flight.
 */
export async function openTransaction(database: TestDatabase, begin: (tx: Tx) => Promise<void>) {
  const client = postgres(database.url!, { max: 1, onnotice: () => {} })
  const other = drizzle({ client }) as unknown as Db
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let begun = () => {}
  const started = new Promise<void>((resolve) => {
    begun = resolve
  })
  const done = other.transaction(async (tx) => {
    await begin(tx)
    begun()
    await released
  })
  await Promise.race([started, done])
  return { release, done: done.finally(() => client.end()) }
}

/** A response inserted on a second connection and committed only on `release()`. */
export async function pendingInsert(database: TestDatabase, assessmentId: number) {
  const [response] = await seedResponsesFor(database, assessmentId, [
    { group: 'customers', rest: [5, 5] },
  ])
  return openTransaction(database, async (tx) => {
    await insertSeedResponse(tx, assessmentId, response!)
  })
}

/** The database server's clock, to compare with pg_stat_activity's times. */
export async function databaseNow(database: TestDatabase): Promise<string> {
  const [row] = await queryRows<{ now: string }>(
    database.db,
    sql`SELECT clock_timestamp()::text AS now`,
  )
  return row!.now
}

/**
 * Resolves once another connection has started a statement containing `marker` after `since`
 * (databaseNow): e.g. the statement a service repeats while it waits. A condition to wait for,
 * not a sleep.
 */
export async function otherConnectionRan(
  database: TestDatabase,
  marker: string,
  since: string,
): Promise<void> {
  for (;;) {
    const [row] = await queryRows<{ seen: boolean }>(
      database.db,
      sql`SELECT EXISTS (SELECT 1 FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND query_start > ${since}::timestamptz AND position(${marker} IN query) > 0) AS seen`,
    )
    if (row?.seen) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** How many other sessions of this database wait for a lock now (pg_stat_activity). */
async function lockWaiting(database: TestDatabase): Promise<number> {
  const [row] = await queryRows<{ waiting: number }>(
    database.db,
    sql`SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND wait_event_type = 'Lock'`,
  )
  return row?.waiting ?? 0
}

/**
 * Resolves once `count` other sessions of this database wait for a lock (pg_stat_activity): the
 * requests under test have reached the row lock another connection holds. A condition, not a sleep.
 */
export async function lockWaiters(database: TestDatabase, count: number): Promise<void> {
  while ((await lockWaiting(database)) < count) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/**
 * Whether `pending` (a request under test) comes to wait for a lock: true once another session
 * waits for one, false when the request settles first. A condition, not a sleep.
 */
export async function waitsForLock(
  database: TestDatabase,
  pending: Promise<unknown>,
): Promise<boolean> {
  let settled = false
  const done = () => {
    settled = true
  }
  pending.then(done, done)
  for (;;) {
    if ((await lockWaiting(database)) > 0) return true
    if (settled) return false
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** Holds the assessment's row lock (SELECT … FOR UPDATE) on a second connection until released. */
export function holdAssessmentRow(database: TestDatabase, assessmentId: number | string) {
  return openTransaction(database, async (tx) => {
    await tx.execute(sql`SELECT 1 FROM assessments WHERE id = ${assessmentId}::bigint FOR UPDATE`)
  })
}
