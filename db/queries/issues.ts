import { and, eq, sql } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { assessmentIssues } from '../schema.ts'
import type { AssessmentIssue, NewIssue } from './assessments.ts'

export async function findIssue(
  db: Executor,
  assessmentId: number,
  issueId: number,
): Promise<AssessmentIssue | undefined> {
  const [row] = await db
    .select()
    .from(assessmentIssues)
    .where(and(eq(assessmentIssues.assessmentId, assessmentId), eq(assessmentIssues.id, issueId)))
  return row
}

export async function findIssueByCode(db: Executor, assessmentId: number, code: string) {
  const [row] = await db
    .select({ id: assessmentIssues.id })
    .from(assessmentIssues)
    .where(and(eq(assessmentIssues.assessmentId, assessmentId), eq(assessmentIssues.code, code)))
  return row
}

export async function insertIssue(db: Executor, values: NewIssue): Promise<AssessmentIssue> {
  const [row] = await db.insert(assessmentIssues).values(values).returning()
  return row!
}

export async function updateIssue(
  db: Executor,
  issueId: number,
  values: Partial<NewIssue>,
): Promise<AssessmentIssue> {
  const [row] = await db
    .update(assessmentIssues)
    .set(values)
    .where(eq(assessmentIssues.id, issueId))
    .returning()
  return row!
}

export async function deleteIssue(db: Executor, issueId: number): Promise<void> {
  await db.delete(assessmentIssues).where(eq(assessmentIssues.id, issueId))
}

/** Renumbers the issues 0…n-1 in the order of `ids` (every issue of the assessment), in one statement. */
export async function setIssueOrder(db: Executor, assessmentId: number, ids: number[]) {
  if (ids.length === 0) return
  const list = sql.join(
    ids.map((id) => sql`${id}::bigint`),
    sql`, `,
  )
  await db.execute(sql`
    UPDATE assessment_issues
    SET position = array_position(ARRAY[${list}], id) - 1
    WHERE assessment_id = ${assessmentId}`)
}
