import { sql } from 'drizzle-orm'
import type { LinkIssue } from '#surveys/domain/snapshot'
import { type Executor, queryRows } from '../client.ts'

/**
 * The survey links issued so far, per UTC day of issue, group, kind, cap and expiry day: counts
 * only, no token hashes or link ids. A confirmation seals them into its snapshot.
 */
export async function listLinkIssues(db: Executor, assessmentId: number): Promise<LinkIssue[]> {
  return queryRows<LinkIssue>(
    db,
    sql`SELECT to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "issuedOn",
               g.key AS "groupKey", l.kind::text AS kind, count(*)::int AS links,
               l.max_responses AS "maxResponses",
               to_char(l.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "expiresOn",
               (count(*) FILTER (WHERE l.revoked_at IS NOT NULL))::int AS revoked
        FROM survey_links l JOIN stakeholder_groups g ON g.id = l.group_id
        WHERE l.assessment_id = ${assessmentId}
        GROUP BY 1, 2, 3, 5, 6, g.position
        ORDER BY 1, g.position, 3, 5 NULLS FIRST, 6 NULLS FIRST`,
  )
}
