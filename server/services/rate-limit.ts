import type { Executor } from '#db/client'
import { deleteRateLimitsBefore, hitRateLimit, readRateLimit } from '#db/queries/rate-limits'
import { tooManyRequests } from '../errors.ts'

export interface Limit {
  key: string
  max: number
  windowSeconds: number
}

function windowOf(limit: Limit, now: Date) {
  const ms = limit.windowSeconds * 1000
  const start = new Date(Math.floor(now.getTime() / ms) * ms)
  return { start, retryAfter: (start.getTime() + ms - now.getTime()) / 1000 }
}

/** Throws 429 with Retry-After when any of the limits is used up (counters live in PostgreSQL). */
export async function assertUnderLimits(db: Executor, limits: Limit[], now: Date): Promise<void> {
  for (const limit of limits) {
    const { start, retryAfter } = windowOf(limit, now)
    if ((await readRateLimit(db, limit.key, start)) >= limit.max) throw tooManyRequests(retryAfter)
  }
}

/** Counts one hit against each limit, e.g. after a failed sign-in. */
export async function countHit(db: Executor, limits: Limit[], now: Date): Promise<void> {
  for (const limit of limits) await hitRateLimit(db, limit.key, windowOf(limit, now).start)
  await deleteRateLimitsBefore(db, new Date(now.getTime() - 24 * 3600 * 1000))
}
