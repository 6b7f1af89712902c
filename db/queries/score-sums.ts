import { sql } from 'drizzle-orm'
import type { Axis } from '#surveys/domain/model'
import { type Executor, queryRows } from '../client.ts'

/**
 * Running sums behind the matrix. score_sums holds, per (issue, axis, group, flagged), the
 * exact integer sums n, Σx, Σx² and the "don't know" count of every submitted rating whose
 * response id is ≤ the assessment's watermark; score_response_counts holds the responses per
 * (group, flagged) up to the same watermark. Submits never touch these tables: the matrix
 * folds in what arrived since (server/services/score-fold.ts), so a submit stays one INSERT.
 */

// pg_advisory_xact_lock(class, id): one lock per assessment, apart from the other locks.
const FOLD_LOCK_CLASS = 727_273

// How a chunk's totals join the running ones; shared by both fold paths.
const ADD_TO_SUMS = sql.raw(`ON CONFLICT (assessment_id, issue_id, axis, group_id, flagged)
  DO UPDATE SET n = s.n + excluded.n, sum = s.sum + excluded.sum,
    sum_squares = s.sum_squares + excluded.sum_squares, dont_know = s.dont_know + excluded.dont_know`)
const ADD_TO_COUNTS = sql.raw(`ON CONFLICT (assessment_id, group_id, flagged)
  DO UPDATE SET responses = c.responses + excluded.responses`)
const MOVE_WATERMARK = sql.raw(`ON CONFLICT (assessment_id)
  DO UPDATE SET response_id = excluded.response_id, updated_at = now()`)

/** Serialises folds of one assessment across connections and instances, until commit. */
export async function lockScoreSums(tx: Executor, assessmentId: number): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK_CLASS}, (${assessmentId}::bigint % 2147483647)::int)`,
  )
}

/** The highest response id folded into the sums; 0 before the first fold. */
export async function findWatermark(db: Executor, assessmentId: number): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`SELECT response_id::float8 AS id FROM score_watermarks WHERE assessment_id = ${assessmentId}`,
  )
  return row?.id ?? 0
}

/** Whether a committed response of the assessment has an id above `after` (index only). */
export async function hasResponsesAfter(
  db: Executor,
  assessmentId: number,
  after: number,
): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM responses WHERE assessment_id = ${assessmentId}
        AND id > ${after}) AS found`,
  )
  return row?.found ?? false
}

/** The assessment's highest response id: a safe bound only where nothing commits concurrently. */
export async function findLastResponseId(db: Executor, assessmentId: number): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`SELECT coalesce(max(id), 0)::float8 AS id FROM responses WHERE assessment_id = ${assessmentId}`,
  )
  return row?.id ?? 0
}

/**
 * A response id below which every response is committed or will never exist, on PostgreSQL;
 * undefined when that could not be settled within `timeoutMs`.
 *
 * Ids come from a sequence and transactions commit out of order, so max(id) is not safe: id 41
 * may commit after 42 has been folded, and would then be skipped forever. Every INSERT takes a
 * ROW EXCLUSIVE lock on responses before it draws an id and holds it until it ends. So: read the
 * sequence's last value, then list the transactions holding that lock, and wait until each has
 * ended. Any id at or below the value read was drawn by one of them or by a transaction already
 * over; an id drawn later is above it.
 *
 * Waiting on the lock holders, rather than taking a SHARE lock on the table, never queues new
 * submits behind the wait and does not wait for VACUUM or ANALYZE (their SHARE UPDATE EXCLUSIVE
 * lock conflicts with SHARE, not with inserts): the wait lasts only as long as inserts in flight.
 */
export async function findCommittedResponseBound(
  db: Executor,
  timeoutMs: number,
): Promise<number | undefined> {
  const deadline = performance.now() + timeoutMs
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('responses', 'id')), 0)::float8 AS id`,
  )
  // A separate statement, so the lock table is read strictly after the sequence.
  let writers = await listResponseWriters(db)
  for (let pause = 1; writers.length > 0; pause = Math.min(pause * 2, 20)) {
    if (performance.now() + pause > deadline) return undefined
    await new Promise((resolve) => setTimeout(resolve, pause))
    writers = await listResponseWriters(db, writers)
  }
  return row?.id ?? 0
}

/**
 * The virtual transaction ids of the other sessions holding ROW EXCLUSIVE on responses (all of
 * them, or those of `among` still running). pg_locks lists fast-path locks too.
 */
async function listResponseWriters(db: Executor, among?: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ vxid: string }>(
    db,
    sql`SELECT DISTINCT virtualtransaction AS vxid FROM pg_locks
        WHERE locktype = 'relation' AND relation = 'responses'::regclass
          AND mode = 'RowExclusiveLock' AND granted AND pid <> pg_backend_pid()
          AND (${among === undefined} OR virtualtransaction = ANY (${`{${(among ?? []).join(',')}}`}::text[]))`,
  )
  return rows.map((row) => row.vxid)
}

/** The id closing the next chunk of at most `size` responses after `after` (≤ `upTo`). */
export async function findChunkEnd(
  db: Executor,
  assessmentId: number,
  after: number,
  upTo: number,
  size: number,
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`SELECT id::float8 AS id FROM responses
        WHERE assessment_id = ${assessmentId} AND id > ${after} AND id <= ${upTo}
        ORDER BY id OFFSET ${size - 1} LIMIT 1`,
  )
  return row?.id ?? upTo
}

/** Sums of one chunk of responses per (issue, axis, group, flagged). */
export interface ChunkSums {
  issueId: number
  axis: Axis
  groupId: number
  flagged: boolean
  n: number
  sum: number
  sumSquares: number
  dontKnow: number
}

/**
 * The sums of the responses with after < id ≤ upTo: one aggregate over their ratings, a few
 * hundred rows back whatever the number of responses. A plain SELECT, so PostgreSQL may scan in
 * parallel (it never does for a statement that writes).
 */
export async function sumResponses(
  db: Executor,
  assessmentId: number,
  after: number,
  upTo: number,
): Promise<ChunkSums[]> {
  return queryRows<ChunkSums>(
    db,
    sql`SELECT r.issue_id::int AS "issueId", r.axis, s.group_id::int AS "groupId",
               cardinality(s.flags) > 0 AS flagged, count(r.score)::float8 AS n,
               coalesce(sum(r.score), 0)::float8 AS sum,
               coalesce(sum(r.score::int * r.score), 0)::float8 AS "sumSquares",
               count(*) FILTER (WHERE r.score IS NULL)::float8 AS "dontKnow"
        FROM responses s JOIN ratings r ON r.response_id = s.id
          -- The range again on ratings' primary key, so a small chunk reads only its ratings.
          AND r.response_id > ${after} AND r.response_id <= ${upTo}
        WHERE s.assessment_id = ${assessmentId} AND s.id > ${after} AND s.id <= ${upTo}
        GROUP BY 1, 2, 3, 4`,
  )
}

/** Responses per (group, flagged) with after < id ≤ upTo. */
export async function countResponses(
  db: Executor,
  assessmentId: number,
  after: number,
  upTo: number,
): Promise<{ groupId: number; flagged: boolean; responses: number }[]> {
  return queryRows(
    db,
    sql`SELECT group_id::int AS "groupId", cardinality(flags) > 0 AS flagged,
               count(*)::float8 AS responses
        FROM responses WHERE assessment_id = ${assessmentId} AND id > ${after} AND id <= ${upTo}
        GROUP BY 1, 2`,
  )
}

/**
 * Adds a chunk's sums and counts to the running totals and moves the watermark to upTo, in one
 * statement. Call it holding lockScoreSums, for the chunk after the watermark read under it.
 */
export async function addToSums(
  db: Executor,
  assessmentId: number,
  sums: readonly ChunkSums[],
  counts: readonly { groupId: number; flagged: boolean; responses: number }[],
  upTo: number,
): Promise<void> {
  const column = <T>(rows: readonly T[], pick: (row: T) => string | number | boolean) =>
    `{${rows.map(pick).join(',')}}`
  await db.execute(sql`
    WITH sums AS (
      INSERT INTO score_sums AS s
        (assessment_id, issue_id, axis, group_id, flagged, n, sum, sum_squares, dont_know)
      SELECT ${assessmentId}, * FROM unnest(
        ${column(sums, (r) => r.issueId)}::bigint[], ${column(sums, (r) => r.axis)}::axis[],
        ${column(sums, (r) => r.groupId)}::bigint[], ${column(sums, (r) => r.flagged)}::boolean[],
        ${column(sums, (r) => r.n)}::bigint[], ${column(sums, (r) => r.sum)}::bigint[],
        ${column(sums, (r) => r.sumSquares)}::bigint[], ${column(sums, (r) => r.dontKnow)}::bigint[])
      ${ADD_TO_SUMS}
    ), counts AS (
      INSERT INTO score_response_counts AS c (assessment_id, group_id, flagged, responses)
      SELECT ${assessmentId}, * FROM unnest(
        ${column(counts, (r) => r.groupId)}::bigint[], ${column(counts, (r) => r.flagged)}::boolean[],
        ${column(counts, (r) => r.responses)}::bigint[])
      ${ADD_TO_COUNTS}
    )
    INSERT INTO score_watermarks (assessment_id, response_id, updated_at)
    VALUES (${assessmentId}, ${upTo}, now())
    ${MOVE_WATERMARK}`)
}

/**
 * PGlite: folds the next `size` responses after the watermark (none above upTo) in ONE
 * statement: reads the watermark, adds the chunk's sums and counts, moves the watermark. PGlite
 * runs one statement at a time, so this is atomic without a lock. Returns the new watermark, or
 * undefined when nothing was left to fold.
 */
export async function foldNextChunk(
  db: Executor,
  assessmentId: number,
  upTo: number,
  size: number,
): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`
    WITH mark AS (
      SELECT coalesce(
        (SELECT response_id FROM score_watermarks WHERE assessment_id = ${assessmentId}), 0) AS after
    ), chunk AS (
      SELECT s.id, s.group_id, cardinality(s.flags) > 0 AS flagged FROM responses s, mark
      WHERE s.assessment_id = ${assessmentId} AND s.id > mark.after AND s.id <= ${upTo}
      ORDER BY s.id LIMIT ${size}
    ), bounds AS (
      SELECT min(id) AS low, max(id) AS high FROM chunk
    ), sums AS (
      INSERT INTO score_sums AS s
        (assessment_id, issue_id, axis, group_id, flagged, n, sum, sum_squares, dont_know)
      SELECT ${assessmentId}, r.issue_id, r.axis, c.group_id, c.flagged, count(r.score),
             coalesce(sum(r.score), 0), coalesce(sum(r.score::int * r.score), 0),
             count(*) FILTER (WHERE r.score IS NULL)
      FROM chunk c JOIN ratings r ON r.response_id = c.id
        -- The chunk's range on ratings' primary key: read only the chunk's ratings.
        AND r.response_id BETWEEN (SELECT low FROM bounds) AND (SELECT high FROM bounds)
      GROUP BY r.issue_id, r.axis, c.group_id, c.flagged
      ${ADD_TO_SUMS}
    ), counts AS (
      INSERT INTO score_response_counts AS c (assessment_id, group_id, flagged, responses)
      SELECT ${assessmentId}, group_id, flagged, count(*) FROM chunk GROUP BY group_id, flagged
      ${ADD_TO_COUNTS}
    )
    INSERT INTO score_watermarks (assessment_id, response_id, updated_at)
    SELECT ${assessmentId}, high, now() FROM bounds WHERE high IS NOT NULL
    ${MOVE_WATERMARK}
    RETURNING response_id::float8 AS id`,
  )
  return row?.id
}

export interface SumRow {
  issueId: number
  axis: Axis
  groupId: number
  n: number
  sum: number
  sumSquares: number
  dontKnow: number
}

/** The folded sums per (issue, axis, group); without flagged responses when asked. */
export async function listScoreSums(
  db: Executor,
  assessmentId: number,
  excludeFlagged: boolean,
): Promise<SumRow[]> {
  return queryRows<SumRow>(
    db,
    sql`SELECT issue_id::int AS "issueId", axis, group_id::int AS "groupId", sum(n)::float8 AS n,
               sum(sum)::float8 AS sum, sum(sum_squares)::float8 AS "sumSquares",
               sum(dont_know)::float8 AS "dontKnow"
        FROM score_sums
        WHERE assessment_id = ${assessmentId} AND (NOT flagged OR NOT ${excludeFlagged})
        GROUP BY issue_id, axis, group_id`,
  )
}

/** Responses per group up to the watermark, with how many of them are flagged. */
export async function listResponseCounts(
  db: Executor,
  assessmentId: number,
): Promise<{ groupId: number; responses: number; flagged: number }[]> {
  return queryRows(
    db,
    sql`SELECT group_id::int AS "groupId", sum(responses)::float8 AS responses,
               coalesce(sum(responses) FILTER (WHERE flagged), 0)::float8 AS flagged
        FROM score_response_counts WHERE assessment_id = ${assessmentId} GROUP BY group_id`,
  )
}
