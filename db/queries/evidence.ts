import { sql } from 'drizzle-orm'
import type { EvidenceRating } from '#surveys/evidence-pack'
import { type Executor, queryRows } from '../client.ts'

export type { EvidenceRating }

/**
 * Every rating of the assessment's submitted responses (the responses table holds only submitted
 * ones; drafts live apart), in one statement: no comments, tokens, address hashes, link or
 * response ids. Ordered by response, then issue position and axis.
 */
export async function listEvidenceRatings(
  db: Executor,
  assessmentId: number,
): Promise<EvidenceRating[]> {
  return queryRows<EvidenceRating>(
    db,
    sql`SELECT dense_rank() OVER (ORDER BY s.submitted_at, s.id)::int AS response,
               g.key AS "groupKey", i.code AS "issueCode", r.axis, r.score::int AS score,
               cardinality(s.flags) > 0 AS flagged,
               to_char(s.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "submittedOn"
        FROM responses s
          JOIN ratings r ON r.response_id = s.id
          JOIN stakeholder_groups g ON g.id = s.group_id
          JOIN assessment_issues i ON i.id = r.issue_id AND i.assessment_id = s.assessment_id
        WHERE s.assessment_id = ${assessmentId}
        ORDER BY s.submitted_at, s.id, i.position, i.code, r.axis`,
  )
}
