import { sql } from 'drizzle-orm'
import { type Executor, queryRows } from '../client.ts'

/**
 * What the reminders timeline is made of, for one assessment: the first invitation day, the
 * groups with invitations (in order), reminder messages per day and answered invitations per
 * group and day. Counts only; the invitation knows no more than the day.
 */
export async function listTimelineCounts(db: Executor, assessmentId: number) {
  const [first] = await queryRows<{ day: string | null }>(
    db,
    sql`SELECT min(invited_on)::text AS day FROM invitations WHERE assessment_id = ${assessmentId}`,
  )
  const groups = await queryRows<{ key: string }>(
    db,
    sql`SELECT g.key FROM stakeholder_groups g
      WHERE g.assessment_id = ${assessmentId}
        AND EXISTS (SELECT 1 FROM invitations i WHERE i.group_id = g.id)
      ORDER BY g.position`,
  )
  const reminders = await queryRows<{ day: string; count: number }>(
    db,
    sql`SELECT ((created_at AT TIME ZONE 'UTC')::date)::text AS day, count(*)::int AS count
      FROM messages WHERE assessment_id = ${assessmentId} AND kind = 'reminder'
      GROUP BY 1 ORDER BY 1`,
  )
  const responses = await queryRows<{ group: string; day: string; count: number }>(
    db,
    sql`SELECT g.key AS "group", i.responded_on::text AS day, count(*)::int AS count
      FROM invitations i JOIN stakeholder_groups g ON g.id = i.group_id
      WHERE i.assessment_id = ${assessmentId} AND i.responded_on IS NOT NULL
      GROUP BY g.key, i.responded_on ORDER BY 2, 1`,
  )
  return { invitedFrom: first?.day ?? null, groups: groups.map((g) => g.key), reminders, responses }
}
