import { and, asc, desc, eq, gt, gte, isNotNull, lt, ne, type SQL, sql } from 'drizzle-orm'
import type { Role } from '#surveys/domain/model'
import type { Executor } from '../client.ts'
import { assessments, auditLog, users } from '../schema.ts'
import { knownAs } from './members.ts'

export type AuditEntry = typeof auditLog.$inferInsert

/** Appends to the audit log; the table has no update or delete path. */
export async function insertAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry)
}

/**
 * The same entry once in the audit trail of each of the organisation's assessments that is not
 * yet approved (a membership change that alters who may confirm or approve them). The rows are
 * share-locked first, so a confirmation or approval in progress (which holds its row FOR UPDATE)
 * finishes before the entry is written: an entry after a version's confirm entry in the trail
 * was made after that confirmation, and none appears while an approval reads the trail.
 */
export async function insertAuditInOpenAssessments(db: Executor, entry: AuditEntry): Promise<void> {
  const open = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(
      and(eq(assessments.organisationId, entry.organisationId), ne(assessments.status, 'approved')),
    )
    .orderBy(asc(assessments.id))
    .for('share')
  if (open.length > 0) {
    await db.insert(auditLog).values(open.map(({ id }) => ({ ...entry, assessmentId: id })))
  }
}

/**
 * The role changes in an assessment's trail after the confirm entry of one version, oldest first:
 * members added, removed or given another role (SECURITY.md, "approved by an appointee").
 */
export async function listRoleChangesAfterConfirm(
  db: Executor,
  assessmentId: number,
  version: number,
) {
  const confirmed = db
    .select({ id: sql<number>`max(${auditLog.id})` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.assessmentId, assessmentId),
        eq(auditLog.entity, 'confirmation'),
        eq(auditLog.action, 'confirm'),
        eq(auditLog.entityId, String(version)),
      ),
    )
  const rows = await db
    .select({
      actorId: auditLog.actorId,
      userId: auditLog.entityId,
      before: sql<Role | null>`${auditLog.before}->>'role'`,
      after: sql<Role | null>`${auditLog.after}->>'role'`,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.assessmentId, assessmentId),
        eq(auditLog.entity, 'membership'),
        gt(auditLog.id, sql`(${confirmed})`),
      ),
    )
    .orderBy(asc(auditLog.id))
  return rows.map((row) => ({ ...row, userId: Number(row.userId) }))
}

export interface AuditFilter {
  assessmentId: number
  entity?: string | undefined
  action?: string | undefined
  actorId?: number | undefined
  from?: Date | undefined
  /** Exclusive upper bound. */
  before?: Date | undefined
  /** Keyset cursor: only entries with a smaller id (older). */
  belowId?: number | undefined
}

function conditions(filter: AuditFilter): SQL | undefined {
  return and(
    eq(auditLog.assessmentId, filter.assessmentId),
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.from ? gte(auditLog.createdAt, filter.from) : undefined,
    filter.before ? lt(auditLog.createdAt, filter.before) : undefined,
    filter.belowId ? lt(auditLog.id, filter.belowId) : undefined,
  )
}

/**
 * An assessment's entries, newest first by id (ids grow with every insert), with the actor's
 * name and email when the actor still exists.
 */
export async function listAudit(db: Executor, filter: AuditFilter, limit: number) {
  return db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorId,
      actorName: knownAs(auditLog.actorId, auditLog.organisationId, users.email),
      actorEmail: users.email,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      reason: auditLog.reason,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(conditions(filter))
    .orderBy(desc(auditLog.id))
    .limit(limit)
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>[number]

/** The entities, actions and actors an assessment's log holds, for the filter menus. */
export async function listAuditFacets(db: Executor, assessmentId: number) {
  const of = eq(auditLog.assessmentId, assessmentId)
  const actorName = knownAs(auditLog.actorId, auditLog.organisationId, users.email)
  const [entities, actions, actors] = await Promise.all([
    db
      .selectDistinct({ value: auditLog.entity })
      .from(auditLog)
      .where(of)
      .orderBy(asc(auditLog.entity)),
    db
      .selectDistinct({ value: auditLog.action })
      .from(auditLog)
      .where(of)
      .orderBy(asc(auditLog.action)),
    db
      .selectDistinct({ id: users.id, name: actorName, email: users.email })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorId))
      .where(and(of, isNotNull(auditLog.actorId)))
      .orderBy(asc(actorName), asc(users.id)),
  ])
  return {
    entities: entities.map((row) => row.value),
    actions: actions.map((row) => row.value),
    actors,
  }
}
