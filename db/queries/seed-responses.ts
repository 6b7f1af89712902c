import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Axis } from '#surveys/domain/model'
import { type Executor, queryRows } from '../client.ts'

/**
 * Submitted responses written straight into the database, for the demo, the benchmark and
 * tests. Real respondents go through POST /api/survey/:token/submit.
 */

export interface SeedRating {
  issueId: number
  axis: Axis
  /** null = "don't know / not applicable". */
  score: number | null
}

export interface SeedResponse {
  groupId: number
  linkId: number
  flags?: readonly string[]
  ratings: readonly SeedRating[]
  /** 'en' unless given. */
  locale?: string
  comments?: readonly { issueId: number; body: string }[]
  suggestedIssues?: string | null
}

const BATCH = 500

/** A Postgres array literal of plain values (numbers, enum words, uuids); null → NULL. */
function arrayLiteral(values: readonly (string | number | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : String(value))).join(',')}}`
}

/** One open link per group of the assessment (created when missing), by group id. */
export async function ensureSeedLinks(
  db: Executor,
  assessmentId: number,
): Promise<Map<number, number>> {
  await db.execute(sql`
    INSERT INTO survey_links (assessment_id, group_id, kind, token_hash)
    SELECT g.assessment_id, g.id, 'open', sha256(convert_to(gen_random_uuid()::text, 'UTF8'))
    FROM stakeholder_groups g
    WHERE g.assessment_id = ${assessmentId}
      AND NOT EXISTS (SELECT 1 FROM survey_links l WHERE l.group_id = g.id AND l.kind = 'open')`)
  const rows = await queryRows<{ groupId: number; linkId: number }>(
    db,
    sql`SELECT group_id::int AS "groupId", min(id)::int AS "linkId" FROM survey_links
        WHERE assessment_id = ${assessmentId} AND kind = 'open' GROUP BY group_id`,
  )
  return new Map(rows.map((row) => [row.groupId, row.linkId]))
}

/** Inserts responses with their ratings, 500 responses per statement; returns their ids. */
export async function insertSeedResponses(
  db: Executor,
  assessmentId: number,
  responses: readonly SeedResponse[],
): Promise<number[]> {
  const ids: number[] = []
  for (let start = 0; start < responses.length; start += BATCH) {
    ids.push(...(await insertBatch(db, assessmentId, responses.slice(start, start + BATCH))))
  }
  return ids
}

async function insertBatch(
  db: Executor,
  assessmentId: number,
  batch: readonly SeedResponse[],
): Promise<number[]> {
  const keyed = batch.map((response) => ({ ...response, submission: randomUUID() }))
  const submissions = keyed.map((response) => response.submission)
  const ratings = keyed.flatMap((response) =>
    response.ratings.map((rating) => ({ ...rating, submission: response.submission })),
  )
  // Free text travels as JSON, never inside an array literal.
  const texts = JSON.stringify(
    batch.map((r) => ({ locale: r.locale ?? null, suggestedIssues: r.suggestedIssues ?? null })),
  )
  const comments = JSON.stringify(
    keyed.flatMap((response) =>
      (response.comments ?? []).map((c) => ({
        submission_id: response.submission,
        issue_id: c.issueId,
        body: c.body,
      })),
    ),
  )
  const rows = await queryRows<{ id: number; submission: string }>(
    db,
    sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${arrayLiteral(submissions)}::uuid[],
        ${arrayLiteral(batch.map((r) => r.groupId))}::bigint[],
        ${arrayLiteral(batch.map((r) => r.linkId))}::bigint[],
        ${arrayLiteral(batch.map((r) => (r.flags ?? []).join(':') || null))}::text[]
      ) WITH ORDINALITY AS t(submission_id, group_id, link_id, flags, ord)
    ), inserted AS (
      INSERT INTO responses
        (assessment_id, group_id, link_id, single_use, submission_id, locale, flags, suggested_issues)
      SELECT ${assessmentId}, group_id, link_id, false, submission_id,
             coalesce(${texts}::jsonb -> (ord::int - 1) ->> 'locale', 'en'),
             coalesce(string_to_array(flags, ':'), '{}'),
             ${texts}::jsonb -> (ord::int - 1) ->> 'suggestedIssues'
      FROM input ORDER BY ord
      RETURNING id, submission_id
    ), rated AS (
      INSERT INTO ratings (response_id, issue_id, axis, score)
      SELECT inserted.id, r.issue_id, r.axis, r.score
      FROM unnest(
        ${arrayLiteral(ratings.map((r) => r.submission))}::uuid[],
        ${arrayLiteral(ratings.map((r) => r.issueId))}::bigint[],
        ${arrayLiteral(ratings.map((r) => r.axis))}::axis[],
        ${arrayLiteral(ratings.map((r) => r.score))}::smallint[]
      ) AS r(submission_id, issue_id, axis, score)
      JOIN inserted USING (submission_id)
    ), remarks AS (
      INSERT INTO response_comments (response_id, issue_id, body)
      SELECT inserted.id, c.issue_id, c.body
      FROM jsonb_to_recordset(${comments}::jsonb) AS c(submission_id uuid, issue_id bigint, body text)
      JOIN inserted USING (submission_id)
    )
    SELECT id::int AS id, submission_id::text AS submission FROM inserted`,
  )
  const idOf = new Map(rows.map((row) => [row.submission, row.id]))
  return submissions.map((submission) => {
    const id = idOf.get(submission)
    if (id === undefined) throw new Error(`response ${submission} was not inserted`)
    return id
  })
}

/**
 * One response and all its ratings in ONE statement, as the survey's submit writes them: the
 * cost a respondent waits for.
 */
export async function insertSeedResponse(
  db: Executor,
  assessmentId: number,
  response: SeedResponse,
): Promise<number> {
  const [id] = await insertBatch(db, assessmentId, [response])
  if (id === undefined) throw new Error('the response was not inserted')
  return id
}

/**
 * `count` responses with uniformly random scores (5% "don't know") on every issue and axis,
 * spread evenly over the groups, generated inside the database in batches. For the benchmark.
 * `flagEvery: 7` flags every 7th response of a batch for speeding (responses are immutable once
 * stored, so flags are set as they are inserted).
 */
export async function insertRandomResponses(
  db: Executor,
  assessmentId: number,
  count: number,
  options: { batch?: number; flagEvery?: number; onProgress?: (done: number) => void } = {},
): Promise<void> {
  await ensureSeedLinks(db, assessmentId)
  const batch = options.batch ?? 10_000
  for (let done = 0; done < count; ) {
    const size = Math.min(batch, count - done)
    await db.execute(sql`
      WITH slots AS (
        SELECT l.group_id, min(l.id) AS link_id,
               (row_number() OVER (ORDER BY l.group_id) - 1)::int AS slot,
               count(*) OVER () AS groups
        FROM survey_links l
        WHERE l.assessment_id = ${assessmentId} AND l.kind = 'open'
        GROUP BY l.group_id
      ), inserted AS (
        INSERT INTO responses
          (assessment_id, group_id, link_id, single_use, submission_id, locale, flags)
        SELECT ${assessmentId}, s.group_id, s.link_id, false, gen_random_uuid(), 'en',
               CASE WHEN k % nullif(${options.flagEvery ?? 0}::int, 0) = 0 THEN '{speeding}'::text[]
                    ELSE '{}'::text[] END
        FROM generate_series(1, ${size}::int) AS k
        JOIN slots s ON s.slot = k % s.groups
        RETURNING id
      )
      INSERT INTO ratings (response_id, issue_id, axis, score)
      SELECT inserted.id, i.id, a.axis,
             CASE WHEN random() < 0.05 THEN NULL ELSE 1 + floor(random() * 5)::int END
      FROM inserted
      CROSS JOIN assessment_issues i
      CROSS JOIN unnest('{impact,stakeholder}'::axis[]) AS a(axis)
      WHERE i.assessment_id = ${assessmentId}`)
    done += size
    options.onProgress?.(done)
  }
}
