import { and, eq, lt, sql } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { rateLimits } from '../schema.ts'

/** Counts one more hit in the window and returns the window's total. */
export async function hitRateLimit(db: Executor, key: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count })
  return row?.count ?? 1
}

export async function readRateLimit(db: Executor, key: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)))
  return row?.count ?? 0
}

export async function deleteRateLimitsBefore(db: Executor, before: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, before))
}
