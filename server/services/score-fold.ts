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
import { nextChunkSize, yieldToEventLoop } from './chunking.ts'

/**
 * PGlite folds in chunks of about 40 ms and yields between them (./chunking.ts). PostgreSQL
 * folds beside the submits, so it scans the whole range at once (in parallel).
 */
const PGLITE_CHUNK = { first: 200, min: 50, max: 5_000 }
const POSTGRES_CHUNK = 1_000_000

// How long the matrix may wait for inserts in flight before it shows the stored sums (PostgreSQL).
const MATRIX_WAIT_MS = 200

/**
 * For the matrix, a live view: adds the responses submitted since the last fold to the
 * assessment's running sums. Returns how many chunks it folded (0 when nothing was new, or when
 * inserts in flight kept it waiting longer than MATRIX_WAIT_MS: the matrix then shows the sums
 * as stored, and the next look folds them). Tests may fix the chunk size and the wait.
 */
export async function foldNewResponses(
  database: Database,
  assessmentId: number,
  options: { chunkSize?: number; waitMs?: number } = {},
): Promise<number> {
  const { db } = database
  const watermark = await findWatermark(db, assessmentId)
  // The common case, an admin reloading with nothing new, reads two index entries and no more.
  if (!(await hasResponsesAfter(db, assessmentId, watermark))) return 0
  const waitMs = options.waitMs ?? MATRIX_WAIT_MS
  const folded = await foldUpToCommitted(database, assessmentId, waitMs, options.chunkSize)
  return folded?.chunks ?? 0
}

/**
 * For a confirmation, which must seal every stored response: folds all of them, waiting up to
 * `waitMs` for inserts in flight. Returns the bound it folded up to (every response of the
 * assessment with a lower or equal id is in the sums), or undefined when the wait ran out and
 * nothing can be promised.
 */
export async function foldEveryResponse(
  database: Database,
  assessmentId: number,
  waitMs: number,
): Promise<number | undefined> {
  return (await foldUpToCommitted(database, assessmentId, waitMs))?.upTo
}

async function foldUpToCommitted(
  database: Database,
  assessmentId: number,
  waitMs: number,
  chunkSize?: number,
): Promise<{ upTo: number; chunks: number } | undefined> {
  const { db } = database
  if (database.kind === 'pglite') {
    // One connection, so nothing commits concurrently: the highest id now is a safe bound.
    const upTo = await findLastResponseId(db, assessmentId)
    return { upTo, chunks: await foldOnPglite(db, assessmentId, upTo, chunkSize) }
  }
  const upTo = await findCommittedResponseBound(db, waitMs)
  if (upTo === undefined) return undefined
  return { upTo, chunks: await foldOnPostgres(db, assessmentId, upTo, chunkSize ?? POSTGRES_CHUNK) }
}

async function foldOnPglite(
  db: Db,
  assessmentId: number,
  upTo: number,
  fixedSize?: number,
): Promise<number> {
  let size = fixedSize ?? PGLITE_CHUNK.first
  let chunks = 0
  for (;;) {
    const started = performance.now()
    const reached = await foldNextChunk(db, assessmentId, upTo, size)
    if (reached === undefined) return chunks
    chunks++
    if (reached >= upTo) return chunks
    if (fixedSize === undefined) {
      size = nextChunkSize(size, performance.now() - started, PGLITE_CHUNK)
    }
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
