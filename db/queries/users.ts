import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import type { Role } from '#surveys/domain/model'
import type { Executor } from '../client.ts'
import { memberships, organisations, sessions, setupTokens, users } from '../schema.ts'

export type User = typeof users.$inferSelect

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()))
  return user
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users)
  return row?.count ?? 0
}

export async function insertUser(
  db: Executor,
  input: { email: string; name: string; passwordHash: string },
): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning()
  return user!
}

export async function insertOrganisation(db: Executor, name: string) {
  const [organisation] = await db.insert(organisations).values({ name }).returning()
  return organisation!
}

/** Adds a membership; the organisation knows the member by `name`, else the account's own. */
export async function insertMembership(
  db: Executor,
  input: { userId: number; organisationId: number; role: Role; name?: string },
): Promise<void> {
  const name =
    input.name ?? sql`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${input.userId})`
  await db.insert(memberships).values({ ...input, name })
}

export async function listMemberships(db: Executor, userId: number) {
  return db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      role: memberships.role,
      /** What this organisation calls the user (see knownAs). */
      name: memberships.name,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name)
}

/** The user's own new password: it also lifts the demand to change a temporary one. */
export async function updatePasswordHash(db: Executor, userId: number, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: sql`now()`, mustChangePassword: false })
    .where(eq(users.id, userId))
}

export async function insertSession(
  db: Executor,
  input: { tokenHash: Buffer; userId: number; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values(input)
}

/** The signed-in user of a live session; undefined when unknown, expired or deactivated. */
export async function findSessionUser(db: Executor, tokenHash: Buffer, now: Date) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        isNull(users.deactivatedAt),
      ),
    )
  return row
}

export async function deleteSession(db: Executor, tokenHash: Buffer): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
}

export async function deleteUserSessions(db: Executor, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId))
}

export async function insertSetupToken(db: Executor, tokenHash: Buffer, expiresAt: Date) {
  await db.insert(setupTokens).values({ tokenHash, expiresAt })
}

/** Marks a live setup token used; false when it is unknown, used or expired. */
export async function useSetupToken(db: Executor, tokenHash: Buffer, now: Date): Promise<boolean> {
  const used = await db
    .update(setupTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(setupTokens.tokenHash, tokenHash),
        gt(setupTokens.expiresAt, now),
        sql`${setupTokens.usedAt} IS NULL`,
      ),
    )
    .returning({ tokenHash: setupTokens.tokenHash })
  return used.length === 1
}

/** Marks the account deactivated (a date) or active again (null). */
export async function setDeactivated(db: Executor, userId: number, at: Date | null) {
  await db.update(users).set({ deactivatedAt: at }).where(eq(users.id, userId))
}
