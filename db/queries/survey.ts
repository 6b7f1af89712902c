import { type SQL, sql } from 'drizzle-orm'
import type { AssessmentStatus, Axis } from '#surveys/domain/model'
import type { AssessmentSettings } from '#surveys/domain/settings'
import type { LocalizedText } from '#surveys/i18n/locales'
import { type Db, type Executor, queryPrepared, queryRows } from '../client.ts'

/** A survey link with what the respondent's pages need to know about its state. */
export interface SurveyLinkState {
  linkId: number
  assessmentId: number
  groupId: number
  kind: 'open' | 'single-use'
  status: AssessmentStatus
  revoked: boolean
  expired: boolean
  /** Single-use: answered already. Open: this browser answered already. */
  used: boolean
  /** A capped open link that took all its responses. */
  full: boolean
  assessmentName: string
  organisationName: string
  settings: AssessmentSettings
  groupKey: string
  groupNames: LocalizedText
  groupAxes: Axis[]
}

const hex = (bytes: Buffer) => bytes.toString('hex')

/** The link behind a token hash, or undefined when no such token was ever issued. */
export async function findSurveyLink(
  db: Executor,
  tokenHash: Buffer,
  now: Date,
  browserId?: string,
): Promise<SurveyLinkState | undefined> {
  const [row] = await queryRows<SurveyLinkState>(
    db,
    sql`SELECT l.id::float8 AS "linkId", l.assessment_id::float8 AS "assessmentId",
          l.group_id::float8 AS "groupId", l.kind, a.status,
          l.revoked_at IS NOT NULL AS revoked,
          coalesce(l.expires_at <= ${now.toISOString()}::timestamptz, false) AS expired,
          CASE WHEN l.kind = 'single-use'
            THEN EXISTS (SELECT 1 FROM responses r WHERE r.link_id = l.id AND r.single_use)
            ELSE EXISTS (SELECT 1 FROM responses r WHERE r.link_id = l.id
                           AND r.browser_id = ${browserId ?? null}::uuid)
          END AS used,
          coalesce(l.response_count >= l.max_responses, false) AS full,
          a.name AS "assessmentName", o.name AS "organisationName", a.settings,
          g.key AS "groupKey", g.names AS "groupNames", g.axes::text[] AS "groupAxes"
        FROM survey_links l
        JOIN assessments a ON a.id = l.assessment_id
        JOIN organisations o ON o.id = a.organisation_id
        JOIN stakeholder_groups g ON g.id = l.group_id
        WHERE l.token_hash = decode(${hex(tokenHash)}, 'hex')`,
  )
  return row
}

export interface SubmissionRow {
  tokenHash: Buffer
  submissionId: string
  browserId: string | null
  locale: string
  startedAt: Date | null
  submittedAt: Date
  flags: string[]
  addressHash: Buffer
  suggestedIssues: string | null
  ratings: { issueId: number; axis: Axis; score: number | null }[]
  comments: { issueId: number; body: string }[]
  /** The draft to delete once the response is in (an empty key: a single-use link's draft). */
  draftKey: Buffer
  /** Responses allowed from one address in the minute before submittedAt; null: no limit. */
  addressLimit: number | null
  /** An open link's response from this address after this instant makes this one a `repeat`. */
  repeatSince: Date
  /** The address's guess log: with `max` misses since `since`, the submit is refused. */
  guessLimit: { key: string; max: number; since: Date }
}

/**
 * Stores a whole response in ONE statement, or nothing: the response row is inserted only when
 * the link is usable, every rating is an (issue, axis) of this questionnaire within the scale,
 * every item is answered and the address is under its limits; ratings and comments hang off
 * that insert. The assessment's row is share-locked, so a response is stored either before a close
 * or not at all. Unique indexes settle races (ON CONFLICT DO NOTHING), and a capped link's
 * counter makes the statement fail (check violation) when a concurrent submit took the last
 * place. Returns the new response id, or undefined when nothing was stored: the caller then
 * asks why (replay, used link, bad input…) on the slow path.
 */
/** The stored response's id and its link's; undefined when nothing was stored. */
export async function insertSubmission(
  db: Db,
  row: SubmissionRow,
): Promise<{ id: number; linkId: number } | undefined> {
  const [inserted] = await queryPrepared<{ id: number; linkId: number }>(
    db,
    submissionStatement(row),
  )
  return inserted
}

/** The statement insertSubmission runs (apart, so it can be explained and measured). */
export function submissionStatement(row: SubmissionRow): SQL {
  const now = row.submittedAt.toISOString()
  // Ratings travel as three array literals (numbers and two enum words only, so nothing to
  // escape): cheaper for PostgreSQL to read than 66 JSON objects.
  const issueIds = `{${row.ratings.map((r) => r.issueId).join(',')}}`
  const axes = `{${row.ratings.map((r) => r.axis).join(',')}}`
  const scores = `{${row.ratings.map((r) => r.score ?? 'NULL').join(',')}}`
  const comments = JSON.stringify(row.comments.map((c) => ({ issue_id: c.issueId, body: c.body })))
  return sql`WITH link AS (
          SELECT l.id, l.assessment_id, l.group_id, l.kind, g.axes,
                 (a.settings->>'scaleMax')::int AS scale_max,
                 ARRAY(SELECT ai.id FROM assessment_issues ai
                       WHERE ai.assessment_id = l.assessment_id) AS issue_ids
          FROM survey_links l
          JOIN assessments a ON a.id = l.assessment_id
          JOIN stakeholder_groups g ON g.id = l.group_id
          WHERE l.token_hash = decode(${hex(row.tokenHash)}, 'hex') AND a.status = 'open'
            AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > ${now}::timestamptz)
          -- A share lock on the assessment's row until this commits: a close (which takes the row
          -- FOR UPDATE) waits for submits in flight, and a submit waiting behind a close reads the
          -- row again once it commits, finds it closed and stores nothing (410).
          FOR SHARE OF a
        ),
        input AS (
          SELECT * FROM unnest(${issueIds}::bigint[], ${axes}::axis[], ${scores}::smallint[])
            AS t(issue_id, axis, score)
        ),
        notes AS (
          SELECT * FROM jsonb_to_recordset(${comments}::jsonb) AS t(issue_id bigint, body text)
        ),
        -- The body has no repeated (issue, axis) pair (checked before), so "every pair is one of
        -- this questionnaire's and there are issues × axes of them" means "all answered".
        checks AS (
          SELECT
            (SELECT count(*) FROM input i
              WHERE i.issue_id = ANY (link.issue_ids) AND i.axis = ANY (link.axes)
                AND (i.score IS NULL OR i.score <= link.scale_max)
            ) AS valid,
            cardinality(link.issue_ids) * cardinality(link.axes) AS expected,
            (SELECT count(*) FROM notes n WHERE n.issue_id = ANY (link.issue_ids)) AS valid_notes,
            -- Reads at most "limit" index entries: (address_hash, submitted_at) is indexed.
            CASE WHEN ${row.addressLimit}::int IS NULL THEN true ELSE (
              SELECT count(*) FROM (
                SELECT 1 FROM responses r
                WHERE r.address_hash = decode(${hex(row.addressHash)}, 'hex')
                  AND r.submitted_at > ${now}::timestamptz - interval '1 minute'
                LIMIT coalesce(${row.addressLimit}::int, 0)) recent
            ) < ${row.addressLimit}::int END AS under_limit,
            -- An address over its guess limit learns nothing, not even from a valid token.
            NOT EXISTS (
              SELECT 1 FROM rate_limits g WHERE g.key = ${row.guessLimit.key}
                AND (SELECT count(*) FROM unnest(g.attempts) t
                     WHERE t > ${row.guessLimit.since.toISOString()}::timestamptz)
                    >= ${row.guessLimit.max}
            ) AS not_guessing,
            -- Quality flag: this address answered through this open link lately.
            link.kind = 'open' AND EXISTS (
              SELECT 1 FROM responses r
              WHERE r.address_hash = decode(${hex(row.addressHash)}, 'hex')
                AND r.submitted_at > ${row.repeatSince.toISOString()}::timestamptz
                AND r.link_id = link.id
            ) AS repeat
          FROM link
        ),
        ins AS (
          INSERT INTO responses (assessment_id, group_id, link_id, single_use, browser_id,
            submission_id, locale, started_at, submitted_at, flags, address_hash, suggested_issues)
          SELECT link.assessment_id, link.group_id, link.id, link.kind = 'single-use',
            CASE WHEN link.kind = 'open' THEN ${row.browserId}::uuid END,
            ${row.submissionId}::uuid, ${row.locale}, ${row.startedAt?.toISOString() ?? null}::timestamptz,
            ${now}::timestamptz, ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(row.flags)}::jsonb))
              || CASE WHEN checks.repeat THEN ARRAY['repeat'] ELSE ARRAY[]::text[] END,
            decode(${hex(row.addressHash)}, 'hex'), ${row.suggestedIssues}
          FROM link, checks
          WHERE checks.valid = ${row.ratings.length} AND checks.expected = ${row.ratings.length}
            AND checks.valid_notes = ${row.comments.length} AND checks.under_limit
            AND checks.not_guessing
          ON CONFLICT DO NOTHING
          RETURNING id, link_id
        ),
        scores AS (
          INSERT INTO ratings (response_id, issue_id, axis, score)
          SELECT ins.id, input.issue_id, input.axis, input.score FROM ins, input
        ),
        remarks AS (
          INSERT INTO response_comments (response_id, issue_id, body)
          SELECT ins.id, notes.issue_id, notes.body FROM ins, notes
        ),
        capped AS (
          UPDATE survey_links SET response_count = response_count + 1
          WHERE id = (SELECT link_id FROM ins) AND max_responses IS NOT NULL
        ),
        done AS (
          DELETE FROM drafts
          WHERE link_id = (SELECT link_id FROM ins) AND resume_key = decode(${hex(row.draftKey)}, 'hex')
        )
        SELECT id::float8 AS id, link_id::float8 AS "linkId" FROM ins`
}

/** The response an earlier try of this submission stored through this link, if any. */
export async function findSubmission(
  db: Executor,
  linkId: number,
  submissionId: string,
): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`SELECT id::float8 AS id FROM responses
        WHERE link_id = ${linkId} AND submission_id = ${submissionId}::uuid`,
  )
  return row?.id
}

/** Responses from one address hash in the minute before `now`. */
export async function countRecentSubmits(
  db: Executor,
  addressHash: Buffer,
  now: Date,
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM responses
        WHERE address_hash = decode(${hex(addressHash)}, 'hex')
          AND submitted_at > ${now.toISOString()}::timestamptz - interval '1 minute'`,
  )
  return row?.n ?? 0
}
