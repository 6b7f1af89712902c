import type { Executor } from '#db/client'
import {
  deleteIdleRateLimits,
  forgetAttempt,
  recordAttempt,
  secondsUntilFree,
  type Window,
} from '#db/queries/rate-limits'
import { type DomainError, tooManyRequests } from '../errors.ts'

/** A sliding window under one key (see db/queries/rate-limits.ts). */
export interface Limit extends Window {
  key: string
}

/** Logs idle this long are dropped: longer than any window we use. */
const IDLE_MS = 24 * 3600 * 1000

/**
 * Takes one try under every limit, before the thing they guard is done, or throws 429 with
 * Retry-After and takes none (`refuse` may say more). Counting first is what holds under
 * concurrency: of N requests at once, only `max` get a try. `giveBack` returns the tries, e.g.
 * when the password was right.
 */
export async function takeTry(
  db: Executor,
  limits: Limit[],
  now: Date,
  refuse: (retryAfterSeconds: number) => DomainError = tooManyRequests,
) {
  const taken: Limit[] = []
  const giveBack = async () => {
    for (const limit of taken) await forgetAttempt(db, limit.key)
  }
  for (const limit of limits) {
    if (await recordAttempt(db, limit.key, limit, now)) {
      taken.push(limit)
      continue
    }
    await giveBack()
    throw refuse(await secondsUntilFree(db, limit.key, limit, now))
  }
  await deleteIdleRateLimits(db, new Date(now.getTime() - IDLE_MS))
  return { giveBack }
}

/** Throws 429 with Retry-After while the limit is used up; records nothing. */
export async function assertUnderLimit(db: Executor, limit: Limit, now: Date): Promise<void> {
  const wait = await secondsUntilFree(db, limit.key, limit, now)
  if (wait > 0) throw tooManyRequests(wait)
}

/** Records a miss (e.g. an unknown token) against the limit; a full log stays full. */
export async function recordMiss(db: Executor, limit: Limit, now: Date): Promise<void> {
  await recordAttempt(db, limit.key, limit, now)
  await deleteIdleRateLimits(db, new Date(now.getTime() - IDLE_MS))
}
