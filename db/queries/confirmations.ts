import { and, desc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Executor } from '../client.ts'
import { approvals, confirmations, users } from '../schema.ts'
import { knownAsIn } from './members.ts'

export type Confirmation = typeof confirmations.$inferSelect
export type NewConfirmation = typeof confirmations.$inferInsert
export type Approval = typeof approvals.$inferSelect

/** Stores a sealed snapshot; rows are immutable (trigger), a new version is a new row. */
export async function insertConfirmation(
  db: Executor,
  values: NewConfirmation,
): Promise<Confirmation> {
  const [row] = await db.insert(confirmations).values(values).returning()
  return row!
}

/** The assessment's confirmed versions, newest first. */
export async function listConfirmations(db: Executor, assessmentId: number) {
  return db
    .select()
    .from(confirmations)
    .where(eq(confirmations.assessmentId, assessmentId))
    .orderBy(desc(confirmations.version))
}

export async function findLatestConfirmation(
  db: Executor,
  assessmentId: number,
): Promise<Confirmation | undefined> {
  const [row] = await listConfirmations(db, assessmentId)
  return row
}

export async function insertApproval(
  db: Executor,
  values: typeof approvals.$inferInsert,
): Promise<Approval> {
  const [row] = await db.insert(approvals).values(values).returning()
  return row!
}

/** The board's decision on a version, with who made it; undefined while none is made. */
export async function findApproval(db: Executor, confirmationId: number) {
  const [row] = await db
    .select({
      approval: approvals,
      decidedByName: knownAsIn(approvals.decidedBy, confirmations.assessmentId, users.email),
      decidedByEmail: users.email,
    })
    .from(approvals)
    .innerJoin(users, eq(users.id, approvals.decidedBy))
    .innerJoin(confirmations, eq(confirmations.id, approvals.confirmationId))
    .where(eq(approvals.confirmationId, confirmationId))
  return row
}

export async function findConfirmation(
  db: Executor,
  assessmentId: number,
  version: number,
): Promise<Confirmation | undefined> {
  const [row] = await db
    .select()
    .from(confirmations)
    .where(and(eq(confirmations.assessmentId, assessmentId), eq(confirmations.version, version)))
  return row
}

const decider = alias(users, 'decider')

/**
 * Every version with who confirmed it and the board's decision on it, newest first: one query
 * for the confirmation page's history.
 */
export async function listVersions(db: Executor, assessmentId: number) {
  return db
    .select({
      version: confirmations.version,
      hash: confirmations.hash,
      snapshot: confirmations.snapshot,
      confirmedAt: confirmations.createdAt,
      confirmedById: confirmations.confirmedBy,
      confirmedByName: knownAsIn(
        confirmations.confirmedBy,
        confirmations.assessmentId,
        users.email,
      ),
      confirmedByEmail: users.email,
      decision: approvals.decision,
      comment: approvals.comment,
      decidedAt: approvals.createdAt,
      decidedById: approvals.decidedBy,
      appointedByConfirmer: approvals.appointedByConfirmer,
      decidedByName: knownAsIn(approvals.decidedBy, confirmations.assessmentId, decider.email),
      decidedByEmail: decider.email,
    })
    .from(confirmations)
    .innerJoin(users, eq(users.id, confirmations.confirmedBy))
    .leftJoin(approvals, eq(approvals.confirmationId, confirmations.id))
    .leftJoin(decider, eq(decider.id, approvals.decidedBy))
    .where(eq(confirmations.assessmentId, assessmentId))
    .orderBy(desc(confirmations.version))
}
export type VersionRow = Awaited<ReturnType<typeof listVersions>>[number]
