import { desc, eq, inArray } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { assessments } from '../schema.ts'

export type Assessment = typeof assessments.$inferSelect

export async function findAssessment(db: Executor, id: number): Promise<Assessment | undefined> {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id))
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
