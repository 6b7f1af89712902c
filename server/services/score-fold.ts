import type { Database, Db } from '#db/client'
import {
  addToSums,
  countResponses,
  findChunkEnd,
  findCommittedResponseBound,
  findLastResponseId,
  findWatermark,
  foldNextChunk,
  hasResponsesAfter,
  lockScoreSums,
  sumResponses,
} from '#db/queries/score-sums'

/**
 * PGlite runs in the Node main thread: while one of its statements runs, nothing else does, not
 * even reading a request. So it folds in chunks sized to take about CHUNK_TARGET_MS and yields
 * to the event loop between them: a respondent's submit waits for one chunk at most.
 * PostgreSQL folds beside the submits, so it scans the whole range at once (in parallel).
 */
const PGLITE_CHUNK = { first: 200, min: 50, max: 5_000 }
const CHUNK_TARGET_MS = 40
const POSTGRES_CHUNK = 1_000_000

// How long the matrix may hold new submits back while it finds a safe watermark (PostgreSQL).
const BOUND_LOCK_TIMEOUT_MS = 200

/**
 * Adds the responses submitted since the last fold to the assessment's running sums. Returns
 * how many chunks it folded (0 when nothing was new). `chunkSize` fixes the chunk size (tests).
 */
export async function foldNewResponses(
  database: Database,
  assessmentId: number,
  chunkSize?: number,
): Promise<number> {
  const { db } = database
  const watermark = await findWatermark(db, assessmentId)
  // The common case, an admin reloading with nothing new, takes no lock at all.
  if (!(await hasResponsesAfter(db, assessmentId, watermark))) return 0
  if (database.kind === 'pglite') return foldOnPglite(db, assessmentId, chunkSize)
  const upTo = await findCommittedResponseBound(db, BOUND_LOCK_TIMEOUT_MS)
  if (upTo === undefined) return 0
  return foldOnPostgres(db, assessmentId, upTo, chunkSize ?? POSTGRES_CHUNK)
}

async function foldOnPglite(db: Db, assessmentId: number, fixedSize?: number): Promise<number> {
  // One connection, so nothing commits concurrently: the highest id now is a safe bound.
  const upTo = await findLastResponseId(db, assessmentId)
  let size = fixedSize ?? PGLITE_CHUNK.first
  let chunks = 0
  for (;;) {
    const started = performance.now()
    const reached = await foldNextChunk(db, assessmentId, upTo, size)
    if (reached === undefined) return chunks
    chunks++
    if (reached >= upTo) return chunks
    if (fixedSize === undefined) size = resize(size, performance.now() - started)
    await yieldToEventLoop()
  }
}

async function foldOnPostgres(db: Db, assessmentId: number, upTo: number, size: number) {
  let chunks = 0
  for (let folding = true; folding; ) {
    folding = await db.transaction(async (tx) => {
      await lockScoreSums(tx, assessmentId)
      // Another request or instance may have folded meanwhile: start from where it stopped.
      const after = await findWatermark(tx, assessmentId)
      if (after >= upTo) return false
      const end = await findChunkEnd(tx, assessmentId, after, upTo, size)
      // A plain SELECT may scan in parallel; the few hundred sums are then added in one go.
      const sums = await sumResponses(tx, assessmentId, after, end)
      const counts = await countResponses(tx, assessmentId, after, end)
      await addToSums(tx, assessmentId, sums, counts, end)
      chunks++
      return end < upTo
    })
  }
  return chunks
}

/** The next chunk size, aiming at CHUNK_TARGET_MS whatever the machine's speed. */
function resize(size: number, tookMs: number): number {
  const scaled = (size * CHUNK_TARGET_MS) / Math.max(tookMs, 1)
  const next = Math.min(size * 2, Math.max(size / 2, scaled))
  return Math.round(Math.min(PGLITE_CHUNK.max, Math.max(PGLITE_CHUNK.min, next)))
}

/** Lets pending I/O (an incoming request) and its queries run before the next chunk. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
