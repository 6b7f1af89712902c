import type { Database } from '#db/client'
import {
  findChunkEnd,
  findCommittedResponseBound,
  findLastResponseId,
  findWatermark,
  foldResponses,
  hasResponsesAfter,
  lockScoreSums,
} from '#db/queries/score-sums'

/**
 * Responses folded per transaction. PGlite runs in the Node main thread and queues every other
 * query (a respondent's submit) behind the running one, so its chunks are small: a submit waits
 * for at most one chunk. PostgreSQL runs the fold beside the submits, and one scan of a big
 * range costs less than many, so its chunks are big.
 */
export const FOLD_CHUNK = { pglite: 1_000, postgres: 1_000_000 } as const

// How long the matrix may hold new submits back while it finds a safe watermark (PostgreSQL).
const BOUND_LOCK_TIMEOUT_MS = 200

/**
 * Adds the responses submitted since the last fold to the assessment's running sums, chunk by
 * chunk, each chunk in its own transaction under the assessment's fold lock. Returns how many
 * chunks it folded (0 when nothing was new).
 */
export async function foldNewResponses(
  database: Database,
  assessmentId: number,
  chunkSize: number = FOLD_CHUNK[database.kind],
): Promise<number> {
  const { db } = database
  const watermark = await findWatermark(db, assessmentId)
  // The common case, an admin reloading with nothing new, takes no lock at all.
  if (!(await hasResponsesAfter(db, assessmentId, watermark))) return 0
  const upTo =
    database.kind === 'postgres'
      ? await findCommittedResponseBound(db, BOUND_LOCK_TIMEOUT_MS)
      : // One connection, so nothing commits concurrently: the highest id is safe.
        await findLastResponseId(db, assessmentId)
  if (upTo === undefined) return 0
  let chunks = 0
  for (let folding = true; folding; ) {
    folding = await db.transaction(async (tx) => {
      await lockScoreSums(tx, assessmentId, database.kind)
      // Another request or instance may have folded meanwhile: start from where it stopped.
      const after = await findWatermark(tx, assessmentId)
      if (after >= upTo) return false
      const end = await findChunkEnd(tx, assessmentId, after, upTo, chunkSize)
      await foldResponses(tx, assessmentId, after, end)
      chunks++
      return end < upTo
    })
  }
  return chunks
}
