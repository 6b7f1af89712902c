import { sql } from 'drizzle-orm'
import { type Executor, queryRows } from '../client.ts'

/** A sliding window: at most `max` attempts in any `windowSeconds`. */
export interface Window {
  max: number
  windowSeconds: number
}

const since = (now: Date, window: Window) =>
  new Date(now.getTime() - window.windowSeconds * 1000).toISOString()

/**
 * Records one attempt under `key` if fewer than `max` fall in the window, in one statement:
 * concurrent callers queue on the row, so exactly `max` of them get true. The log keeps only the
 * attempts still in the window, newest first.
 */
export async function recordAttempt(
  db: Executor,
  key: string,
  window: Window,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString()
  const rows = await queryRows<{ n: number }>(
    db,
    sql`INSERT INTO rate_limits AS r (key, attempts, updated_at)
        VALUES (${key}, ARRAY[${at}::timestamptz], ${at}::timestamptz)
        ON CONFLICT (key) DO UPDATE
        SET attempts = ARRAY[${at}::timestamptz] || ARRAY(
              SELECT t FROM unnest(r.attempts) t WHERE t > ${since(now, window)}::timestamptz
              ORDER BY t DESC LIMIT ${window.max - 1}),
            updated_at = ${at}::timestamptz
        WHERE (SELECT count(*) FROM unnest(r.attempts) t
               WHERE t > ${since(now, window)}::timestamptz) < ${window.max}
        RETURNING cardinality(attempts)::int AS n`,
  )
  return rows.length === 1
}

/** Takes back the newest attempt under `key` (a check that turned out right, or not made). */
export async function forgetAttempt(db: Executor, key: string): Promise<void> {
  await db.execute(sql`UPDATE rate_limits SET attempts = attempts[2:] WHERE key = ${key}`)
}

/**
 * Seconds until `key` may try again, or 0 while it is under its limit: when the window holds
 * `max` attempts, the oldest of them has to leave it first.
 */
export async function secondsUntilFree(
  db: Executor,
  key: string,
  window: Window,
  now: Date,
): Promise<number> {
  const [row] = await queryRows<{ oldest: number | null; n: number }>(
    db,
    sql`SELECT extract(epoch FROM min(t))::float8 AS oldest, count(*)::int AS n
        FROM rate_limits, unnest(attempts) t
        WHERE key = ${key} AND t > ${since(now, window)}::timestamptz`,
  )
  if (row?.oldest == null || row.n < window.max) return 0
  return Math.max(1, row.oldest + window.windowSeconds - now.getTime() / 1000)
}

/** Drops up to 100 logs untouched since `before`: bounded work, on whichever instance calls. */
export async function deleteIdleRateLimits(db: Executor, before: Date): Promise<void> {
  await db.execute(
    sql`DELETE FROM rate_limits WHERE key IN (
          SELECT key FROM rate_limits WHERE updated_at < ${before.toISOString()}::timestamptz
          LIMIT 100)`,
  )
}
