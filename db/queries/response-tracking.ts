import { sql } from 'drizzle-orm'
import type { LocalizedText } from '#surveys/i18n/locales'
import { type Executor, queryRows } from '../client.ts'

/** One group's survey progress; see countResponsesByGroup. */
export interface GroupProgress {
  id: number
  key: string
  names: LocalizedText
  /** Single-use links handed out: not revoked, or answered before they were. */
  invited: number
  startedSingleUse: number
  completedSingleUse: number
  openLinks: number
  /** Drafts in progress on open links (one per respondent). */
  startedOpen: number
  completedOpen: number
}

/**
 * Survey progress per stakeholder group of an assessment, in one aggregate statement:
 * responses and drafts are counted per link first, then summed per group. Only drafts saved
 * after `draftsLiveAfter` count as started: an expired draft can no longer be resumed.
 */
export async function countResponsesByGroup(
  db: Executor,
  assessmentId: number,
  draftsLiveAfter: Date,
): Promise<GroupProgress[]> {
  return queryRows<GroupProgress>(
    db,
    sql`
      WITH answered AS (
        SELECT link_id, count(*) AS n FROM responses
        WHERE assessment_id = ${assessmentId} GROUP BY link_id
      ), drafted AS (
        SELECT d.link_id, count(*) AS n FROM drafts d
        JOIN survey_links dl ON dl.id = d.link_id
        WHERE dl.assessment_id = ${assessmentId}
          AND d.updated_at > ${draftsLiveAfter.toISOString()}::timestamptz
        GROUP BY d.link_id
      ), per_link AS (
        SELECT l.id, l.group_id, l.kind, l.revoked_at,
          coalesce(a.n, 0) AS responses, coalesce(d.n, 0) AS drafts
        FROM survey_links l
        LEFT JOIN answered a ON a.link_id = l.id
        LEFT JOIN drafted d ON d.link_id = l.id
        WHERE l.assessment_id = ${assessmentId}
      )
      SELECT g.id::float8 AS id, g.key, g.names,
        count(p.id) FILTER (WHERE p.kind = 'single-use'
          AND (p.revoked_at IS NULL OR p.responses > 0))::int AS "invited",
        count(p.id) FILTER (WHERE p.kind = 'single-use'
          AND p.responses = 0 AND p.drafts > 0)::int AS "startedSingleUse",
        count(p.id) FILTER (WHERE p.kind = 'single-use' AND p.responses > 0)::int
          AS "completedSingleUse",
        count(p.id) FILTER (WHERE p.kind = 'open')::int AS "openLinks",
        coalesce(sum(p.drafts) FILTER (WHERE p.kind = 'open'), 0)::int AS "startedOpen",
        coalesce(sum(p.responses) FILTER (WHERE p.kind = 'open'), 0)::int AS "completedOpen"
      FROM stakeholder_groups g
      LEFT JOIN per_link p ON p.group_id = g.id
      WHERE g.assessment_id = ${assessmentId}
      GROUP BY g.id
      ORDER BY g.position, g.id`,
  )
}

/** Submitted responses of one group on one day (YYYY-MM-DD in the time zone asked for). */
export interface DayCount {
  groupId: number
  day: string
  count: number
}

/**
 * Responses per group per calendar day in `timeZone` (an IANA name), oldest day first; days
 * without responses are left out. One pass over the assessment's responses.
 */
export function countResponsesPerDay(
  db: Executor,
  assessmentId: number,
  timeZone: string,
): Promise<DayCount[]> {
  return queryRows<DayCount>(
    db,
    sql`
      SELECT group_id::float8 AS "groupId",
        to_char(submitted_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day,
        count(*)::int AS count
      FROM responses WHERE assessment_id = ${assessmentId}
      GROUP BY 1, 2 ORDER BY 1, 2`,
  )
}
