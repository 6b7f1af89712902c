import { sql } from 'drizzle-orm'
import { type Executor, queryRows } from '../client.ts'

/**
 * The submitted responses of an assessment, read for a confirmation's seal and an evidence pack
 * (server/services/sealed-responses.ts), and the state a seal checks.
 */

/** One submitted response with its ratings as three parallel arrays, in no particular order. */
export interface ResponseChunkRow {
  id: number
  groupId: number
  locale: string
  flags: string[]
  /** YYYY-MM-DD, UTC. */
  submittedOn: string
  issueIds: number[]
  axes: string[]
  /** 1..K, or 0 for "don't know". */
  scores: number[]
}

/**
 * The next `limit` responses of the assessment with after < id ≤ upTo, by id, each with its
 * ratings: one statement per chunk, reading the chunk's ratings by a range of their primary key
 * (as the fold does), so a pack or a seal of any size reads in bounded pieces.
 */
export async function listResponseChunk(
  db: Executor,
  assessmentId: number,
  after: number,
  upTo: number,
  limit: number,
): Promise<ResponseChunkRow[]> {
  return queryRows<ResponseChunkRow>(
    db,
    sql`WITH chunk AS (
          SELECT id, group_id, locale, flags, submitted_at FROM responses
          WHERE assessment_id = ${assessmentId} AND id > ${after} AND id <= ${upTo}
          ORDER BY id LIMIT ${limit}
        )
        SELECT c.id::float8 AS id, c.group_id::float8 AS "groupId", c.locale, c.flags,
               to_char(c.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "submittedOn",
               -- One Agg node feeds every aggregate the same rows in the same order, so the
               -- three arrays line up.
               coalesce(array_agg(r.issue_id::float8) FILTER (WHERE r.response_id IS NOT NULL), '{}')
                 AS "issueIds",
               coalesce(array_agg(r.axis::text) FILTER (WHERE r.response_id IS NOT NULL), '{}')
                 AS axes,
               -- 0 for "don't know" (scores are 1..7): postgres.js reads NULL in an int[] as NaN.
               coalesce(array_agg(coalesce(r.score, 0)::int) FILTER (WHERE r.response_id IS NOT NULL),
                 '{}') AS scores
        FROM chunk c
          LEFT JOIN ratings r ON r.response_id = c.id
            AND r.response_id BETWEEN (SELECT min(id) FROM chunk) AND (SELECT max(id) FROM chunk)
        GROUP BY c.id, c.group_id, c.locale, c.flags, c.submitted_at
        ORDER BY c.id`,
  )
}

/** What a confirmation checks before it seals: stored responses against the running sums. */
export interface SealState {
  stored: number
  /** The highest response id of the assessment; null without responses. */
  lastId: number | null
  /** Responses in the running sums (score_response_counts). */
  folded: number
  /** The sums' watermark; null before the first fold. */
  watermark: number | null
}

export async function findSealState(db: Executor, assessmentId: number): Promise<SealState> {
  const [row] = await queryRows<SealState>(
    db,
    sql`SELECT (SELECT count(*) FROM responses WHERE assessment_id = ${assessmentId})::float8 AS stored,
               (SELECT max(id) FROM responses WHERE assessment_id = ${assessmentId})::float8 AS "lastId",
               (SELECT coalesce(sum(responses), 0) FROM score_response_counts
                WHERE assessment_id = ${assessmentId})::float8 AS folded,
               (SELECT response_id FROM score_watermarks
                WHERE assessment_id = ${assessmentId})::float8 AS watermark`,
  )
  return row!
}
