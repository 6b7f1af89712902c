import { and, asc, eq, sql } from 'drizzle-orm'
import type { Role } from '#surveys/domain'
import type { Executor } from '../client.ts'
import { memberships, organisations, users } from '../schema.ts'

export async function findOrganisation(db: Executor, id: number) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id))
  return row
}

const memberColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  since: memberships.createdAt,
}

/** The organisation's members with their roles, by name. */
export async function listMembers(db: Executor, organisationId: number) {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name), asc(users.id))
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
 * The organisation's admins, their rows locked until the transaction ends, so two admins
 * demoting each other at once cannot leave the organisation without one.
 */
export async function lockAdmins(db: Executor, organisationId: number): Promise<number[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')))
    .for('update')
  return rows.map((row) => row.userId)
}

/** Adds a membership; false when the user already belongs to the organisation. */
export async function insertMembershipIfAbsent(
  db: Executor,
  input: { userId: number; organisationId: number; role: Role },
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

/** Every member's user id and role, for the approval rules. */
export async function listRoles(db: Executor, organisationId: number) {
  return db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(sql`${memberships.userId}`)
}
