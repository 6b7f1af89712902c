import { and, asc, eq, isNull, type SQLWrapper, sql } from 'drizzle-orm'
import type { Role } from '#surveys/domain/model'
import type { Executor } from '../client.ts'
import { memberships, organisations, users } from '../schema.ts'

export async function findOrganisation(db: Executor, id: number) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id))
  return row
}

/**
 * The name an organisation knows a user by: its membership's name (what its own admin typed),
 * else their email, which it typed too. Never the account's own name: that may come from
 * another organisation the user belongs to.
 * @example knownAs(auditLog.actorId, auditLog.organisationId, users.email)
 */
export function knownAs(userId: SQLWrapper, organisationId: SQLWrapper, email: SQLWrapper) {
  return sql<string>`coalesce((SELECT m.name FROM memberships m
    WHERE m.user_id = ${userId} AND m.organisation_id = ${organisationId}), ${email})`
}

/** knownAs, for an organisation given by one of its assessments. */
export function knownAsIn(userId: SQLWrapper, assessmentId: SQLWrapper, email: SQLWrapper) {
  return knownAs(
    userId,
    sql`(SELECT a.organisation_id FROM assessments a WHERE a.id = ${assessmentId})`,
    email,
  )
}

// The name is the membership's, the organisation's own word for the member (schema.ts).
const memberColumns = {
  userId: users.id,
  name: memberships.name,
  email: users.email,
  role: memberships.role,
  since: memberships.createdAt,
  active: sql<boolean>`${users.deactivatedAt} IS NULL`,
}

/** The organisation's members with their roles, by name. */
export async function listMembers(db: Executor, organisationId: number) {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(memberships.name), asc(users.id))
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number]

export async function findMember(
  db: Executor,
  organisationId: number,
  userId: number,
): Promise<Member | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
  return row
}

/**
 * The organisation's active admins, their membership rows locked until the transaction ends, so
 * two admins demoting or removing each other at once cannot leave the organisation without one.
 */
export async function lockAdmins(db: Executor, organisationId: number): Promise<number[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, 'admin'),
        isNull(users.deactivatedAt),
      ),
    )
    .for('update', { of: memberships })
  return rows.map((row) => row.userId)
}

/** Adds a membership; false when the user already belongs to the organisation. */
export async function insertMembershipIfAbsent(
  db: Executor,
  input: { userId: number; organisationId: number; role: Role; name: string },
): Promise<boolean> {
  const inserted = await db
    .insert(memberships)
    .values(input)
    .onConflictDoNothing()
    .returning({ userId: memberships.userId })
  return inserted.length === 1
}

/** Creates a user unless the email is taken (perhaps a moment ago); undefined then. */
export async function insertUserIfAbsent(
  db: Executor,
  input: { email: string; name: string; passwordHash: string; mustChangePassword: boolean },
) {
  const [user] = await db
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .onConflictDoNothing()
    .returning()
  return user
}

export async function updateMemberRole(
  db: Executor,
  organisationId: number,
  userId: number,
  role: Role,
): Promise<void> {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
}

/** Ends a membership; false when there was none. */
export async function deleteMembership(
  db: Executor,
  organisationId: number,
  userId: number,
): Promise<boolean> {
  const deleted = await db
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId })
  return deleted.length === 1
}

/** The organisations a user belongs to, by id. */
export async function listOrganisationIds(db: Executor, userId: number): Promise<number[]> {
  const rows = await db
    .select({ id: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
  return rows.map((row) => row.id)
}
