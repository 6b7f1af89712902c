import type { Database } from '#db/client'
import {
  addToSums,
  countResponses,
  findChunkEnd,
  findCommittedResponseBound,
  findLastResponseId,
  findWatermark,
  hasResponsesAfter,
  lockScoreSums,
  sumResponses,
} from '#db/queries/score-sums'

/**
 * How many responses one transaction folds. PGlite runs in the Node main thread: while a chunk
 * runs, nothing else does, not even reading a request. So on PGlite chunks are sized to take
 * about CHUNK_TARGET_MS, and the fold yields to the event loop between them, so a respondent's
 * submit waits at most one chunk. PostgreSQL folds beside the submits, so one big scan is best.
 */
export const FOLD_CHUNK = { pglite: 100, postgres: 1_000_000 } as const
const CHUNK_TARGET_MS = 25
const PGLITE_CHUNK_RANGE = { min: 20, max: 5_000 }

// How long the matrix may hold new submits back while it finds a safe watermark (PostgreSQL).
const BOUND_LOCK_TIMEOUT_MS = 200

/**
 * Adds the responses submitted since the last fold to the assessment's running sums, chunk by
 * chunk, each chunk in its own transaction under the assessment's fold lock. Returns how many
 * chunks it folded (0 when nothing was new). `chunkSize` fixes the chunk size (tests).
 */
export async function foldNewResponses(
  database: Database,
  assessmentId: number,
  chunkSize?: number,
): Promise<number> {
  const { db, kind } = database
  const watermark = await findWatermark(db, assessmentId)
  // The common case, an admin reloading with nothing new, takes no lock at all.
  if (!(await hasResponsesAfter(db, assessmentId, watermark))) return 0
  const upTo =
    kind === 'postgres'
      ? await findCommittedResponseBound(db, BOUND_LOCK_TIMEOUT_MS)
      : // One connection, so nothing commits concurrently: the highest id is safe.
        await findLastResponseId(db, assessmentId)
  if (upTo === undefined) return 0
  let size = chunkSize ?? FOLD_CHUNK[kind]
  let chunks = 0
  for (let folding = true; folding; ) {
    const started = performance.now()
    folding = await db.transaction(async (tx) => {
      await lockScoreSums(tx, assessmentId)
      // Another request or instance may have folded meanwhile: start from where it stopped.
      const after = await findWatermark(tx, assessmentId)
      if (after >= upTo) return false
      const end = await findChunkEnd(tx, assessmentId, after, upTo, size)
      const sums = await sumResponses(tx, assessmentId, after, end)
      const counts = await countResponses(tx, assessmentId, after, end)
      await addToSums(tx, assessmentId, sums, counts, end)
      chunks++
      return end < upTo
    })
    if (kind === 'pglite' && folding) {
      if (chunkSize === undefined) size = resize(size, performance.now() - started)
      await yieldToEventLoop()
    }
  }
  return chunks
}

/** The next chunk size, aiming at CHUNK_TARGET_MS whatever the machine's speed. */
function resize(size: number, tookMs: number): number {
  const scaled = Math.round((size * CHUNK_TARGET_MS) / Math.max(tookMs, 1))
  const next = Math.min(size * 2, Math.max(size / 2, scaled))
  return Math.round(Math.min(PGLITE_CHUNK_RANGE.max, Math.max(PGLITE_CHUNK_RANGE.min, next)))
}

/** Lets pending I/O (an incoming request) and its queries run before the next chunk. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
