import { and, asc, eq } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { iroScores, iros } from '../schema.ts'

export type Iro = typeof iros.$inferSelect
export type NewIro = typeof iros.$inferInsert
export type IroScoreRow = typeof iroScores.$inferSelect

/** The assessment's IRO register, in the order they were added. */
export async function listIros(db: Executor, assessmentId: number): Promise<Iro[]> {
  return db.select().from(iros).where(eq(iros.assessmentId, assessmentId)).orderBy(asc(iros.id))
}

export async function findIro(
  db: Executor,
  assessmentId: number,
  iroId: number,
): Promise<Iro | undefined> {
  const [row] = await db
    .select()
    .from(iros)
    .where(and(eq(iros.assessmentId, assessmentId), eq(iros.id, iroId)))
  return row
}

export async function insertIro(db: Executor, values: NewIro): Promise<Iro> {
  const [row] = await db.insert(iros).values(values).returning()
  return row!
}

export async function updateIro(db: Executor, iroId: number, values: Partial<NewIro>) {
  const [row] = await db.update(iros).set(values).where(eq(iros.id, iroId)).returning()
  return row!
}

export async function deleteIro(db: Executor, iroId: number): Promise<void> {
  await db.delete(iros).where(eq(iros.id, iroId))
}

/** Every assessor's scores of every IRO of the assessment. */
export async function listIroScores(db: Executor, assessmentId: number): Promise<IroScoreRow[]> {
  return db
    .select({
      iroId: iroScores.iroId,
      assessorId: iroScores.assessorId,
      scores: iroScores.scores,
      updatedAt: iroScores.updatedAt,
    })
    .from(iroScores)
    .innerJoin(iros, eq(iros.id, iroScores.iroId))
    .where(eq(iros.assessmentId, assessmentId))
    .orderBy(asc(iroScores.iroId), asc(iroScores.assessorId))
}

/** Stores one assessor's scores of one IRO, replacing what they saved before. */
export async function upsertIroScore(
  db: Executor,
  values: Omit<IroScoreRow, 'updatedAt'> & { updatedAt: Date },
): Promise<IroScoreRow> {
  const [row] = await db
    .insert(iroScores)
    .values(values)
    .onConflictDoUpdate({
      target: [iroScores.iroId, iroScores.assessorId],
      set: { scores: values.scores, updatedAt: values.updatedAt },
    })
    .returning()
  return row!
}

/** Several IROs at once (an import); how many were stored. */
export async function insertIros(db: Executor, values: NewIro[]): Promise<number> {
  if (values.length === 0) return 0
  const rows = await db.insert(iros).values(values).returning({ id: iros.id })
  return rows.length
}
