import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { assessorReminders, iroAssignments, iros } from '../schema.ts'

export type IroAssignment = typeof iroAssignments.$inferSelect
export type AssessorReminder = typeof assessorReminders.$inferSelect

/** Who is assigned to which IRO of the assessment, by IRO then assessor. */
export async function listAssignments(
  db: Executor,
  assessmentId: number,
): Promise<{ iroId: number; assessorId: number }[]> {
  return db
    .select({ iroId: iroAssignments.iroId, assessorId: iroAssignments.assessorId })
    .from(iroAssignments)
    .innerJoin(iros, eq(iros.id, iroAssignments.iroId))
    .where(eq(iros.assessmentId, assessmentId))
    .orderBy(asc(iroAssignments.iroId), asc(iroAssignments.assessorId))
}

/** Whether this member is assigned to score this IRO. */
export async function isAssigned(
  db: Executor,
  iroId: number,
  assessorId: number,
): Promise<boolean> {
  const rows = await db
    .select({ iroId: iroAssignments.iroId })
    .from(iroAssignments)
    .where(and(eq(iroAssignments.iroId, iroId), eq(iroAssignments.assessorId, assessorId)))
    .limit(1)
  return rows.length > 0
}

/** Adds assignments; pairs already there stay as they were. Returns the pairs added. */
export async function insertAssignments(
  db: Executor,
  rows: { iroId: number; assessorId: number; assignedBy: number }[],
): Promise<{ iroId: number; assessorId: number }[]> {
  if (rows.length === 0) return []
  return db
    .insert(iroAssignments)
    .values(rows)
    .onConflictDoNothing()
    .returning({ iroId: iroAssignments.iroId, assessorId: iroAssignments.assessorId })
}

/** Removes these assessors from one IRO. */
export async function deleteAssignments(
  db: Executor,
  iroId: number,
  assessorIds: readonly number[],
): Promise<void> {
  if (assessorIds.length === 0) return
  await db
    .delete(iroAssignments)
    .where(
      and(eq(iroAssignments.iroId, iroId), inArray(iroAssignments.assessorId, [...assessorIds])),
    )
}

export async function insertReminder(
  db: Executor,
  values: typeof assessorReminders.$inferInsert,
): Promise<AssessorReminder> {
  const [row] = await db.insert(assessorReminders).values(values).returning()
  return row!
}

/** The assessment's reminders to assessors, newest first. */
export async function listReminders(
  db: Executor,
  assessmentId: number,
): Promise<AssessorReminder[]> {
  return db
    .select()
    .from(assessorReminders)
    .where(eq(assessorReminders.assessmentId, assessmentId))
    .orderBy(desc(assessorReminders.createdAt), desc(assessorReminders.id))
}
