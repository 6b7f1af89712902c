import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { assessmentIssues, assessments, stakeholderGroups } from '../schema.ts'

export type Assessment = typeof assessments.$inferSelect

export async function findAssessment(db: Executor, id: number): Promise<Assessment | undefined> {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id))
  return row
}

/**
 * The assessment with its row locked (SELECT … FOR UPDATE) until the transaction ends: every verb
 * that changes an assessment takes this first, so they run one after the other and each checks
 * the state the one before it left.
 */
export async function lockAssessment(tx: Executor, id: number): Promise<Assessment | undefined> {
  const [row] = await tx.select().from(assessments).where(eq(assessments.id, id)).for('update')
  return row
}

export async function listAssessments(db: Executor, organisationIds: number[]) {
  if (organisationIds.length === 0) return []
  return db
    .select()
    .from(assessments)
    .where(inArray(assessments.organisationId, organisationIds))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
}

export type NewAssessment = typeof assessments.$inferInsert
export type NewIssue = typeof assessmentIssues.$inferInsert
export type NewGroup = typeof stakeholderGroups.$inferInsert

export async function insertAssessment(db: Executor, values: NewAssessment): Promise<Assessment> {
  const [row] = await db.insert(assessments).values(values).returning()
  return row!
}

export async function insertIssues(db: Executor, rows: NewIssue[]): Promise<void> {
  if (rows.length > 0) await db.insert(assessmentIssues).values(rows)
}

export async function insertGroups(db: Executor, rows: NewGroup[]): Promise<void> {
  if (rows.length > 0) await db.insert(stakeholderGroups).values(rows)
}

export async function listIssues(db: Executor, assessmentId: number) {
  return db
    .select()
    .from(assessmentIssues)
    .where(eq(assessmentIssues.assessmentId, assessmentId))
    .orderBy(asc(assessmentIssues.position), asc(assessmentIssues.id))
}

export async function listGroups(db: Executor, assessmentId: number) {
  return db
    .select()
    .from(stakeholderGroups)
    .where(eq(stakeholderGroups.assessmentId, assessmentId))
    .orderBy(asc(stakeholderGroups.position), asc(stakeholderGroups.id))
}

export type AssessmentIssue = Awaited<ReturnType<typeof listIssues>>[number]
export type StakeholderGroup = Awaited<ReturnType<typeof listGroups>>[number]

export async function updateAssessment(
  db: Executor,
  id: number,
  values: Partial<NewAssessment>,
): Promise<Assessment> {
  const [row] = await db
    .update(assessments)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(assessments.id, id))
    .returning()
  return row!
}

export async function findGroupByKey(db: Executor, assessmentId: number, key: string) {
  const [row] = await db
    .select()
    .from(stakeholderGroups)
    .where(and(eq(stakeholderGroups.assessmentId, assessmentId), eq(stakeholderGroups.key, key)))
  return row
}
