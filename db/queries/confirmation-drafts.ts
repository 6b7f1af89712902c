import { and, eq } from 'drizzle-orm'
import type { DraftDecision } from '#surveys/domain/confirmation'
import type { Executor } from '../client.ts'
import { assessments, confirmationDrafts, users } from '../schema.ts'
import { knownAsIn } from './members.ts'

export interface DraftContent {
  decisions: DraftDecision[]
  order: string[]
}

/** The saved draft with the name and email of who saved it last; undefined if none. */
export async function findConfirmationDraft(db: Executor, assessmentId: number) {
  const [row] = await db
    .select({
      decisions: confirmationDrafts.decisions,
      order: confirmationDrafts.order,
      version: confirmationDrafts.version,
      updatedAt: confirmationDrafts.updatedAt,
      updatedByName: knownAsIn(
        confirmationDrafts.updatedBy,
        confirmationDrafts.assessmentId,
        users.email,
      ),
      updatedByEmail: users.email,
    })
    .from(confirmationDrafts)
    .leftJoin(users, eq(users.id, confirmationDrafts.updatedBy))
    .where(eq(confirmationDrafts.assessmentId, assessmentId))
  return row
}

/**
 * Saves the draft if the stored version is still `from` (0: none stored yet), as version
 * `from + 1`. Returns false, writing nothing, when someone else saved first: the conditional
 * UPDATE and the insert's primary key decide it in the database, under concurrency too.
 */
export async function saveConfirmationDraft(
  db: Executor,
  input: DraftContent & { assessmentId: number; from: number; userId: number; now: Date },
): Promise<boolean> {
  const { assessmentId, from, userId, now, decisions, order } = input
  const values = { decisions, order, version: from + 1, updatedBy: userId, updatedAt: now }
  const saved =
    from === 0
      ? await db
          .insert(confirmationDrafts)
          .values({ assessmentId, ...values })
          .onConflictDoNothing()
          .returning({ version: confirmationDrafts.version })
      : await db
          .update(confirmationDrafts)
          .set(values)
          .where(
            and(
              eq(confirmationDrafts.assessmentId, assessmentId),
              eq(confirmationDrafts.version, from),
            ),
          )
          .returning({ version: confirmationDrafts.version })
  return saved.length > 0
}

/** Removes the draft once its decisions are confirmed (a return starts from that version). */
export async function deleteConfirmationDraft(db: Executor, assessmentId: number) {
  await db.delete(confirmationDrafts).where(eq(confirmationDrafts.assessmentId, assessmentId))
}

/**
 * The assessment's status under a share lock: draft saves run side by side, but wait for a
 * confirmation (which holds the row FOR UPDATE) and see its outcome.
 */
export async function shareLockAssessment(db: Executor, assessmentId: number) {
  const [row] = await db
    .select({ status: assessments.status })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .for('share')
  return row
}
