import { sql } from 'drizzle-orm'
import type { Database } from './client.ts'

/** Whether the database answered `select 1`, and if not, why: an error, or no answer in time. */
export type Probe = { ok: true } | { ok: false; timedOut: true } | { ok: false; error: unknown }

/**
 * Asks the database `select 1` and waits at most `timeoutMs`. A host that swallows packets can
 * keep a driver waiting far longer than any caller should (postgres.js: forever, once the TCP
 * connection is accepted), so the wait is ours, not the driver's.
 * @example if (!(await probeDatabase(database, 1000)).ok) answer503()
 */
export async function probeDatabase(database: Database, timeoutMs: number): Promise<Probe> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<Probe>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, timedOut: true }), timeoutMs)
  })
  const query = database.db.execute(sql`select 1`).then(
    (): Probe => ({ ok: true }),
    (error: unknown): Probe => ({ ok: false, error }),
  )
  try {
    return await Promise.race([query, timeout])
  } finally {
    clearTimeout(timer)
  }
}
