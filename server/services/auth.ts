import type { Executor } from '#db/client'
import {
  deleteSession,
  deleteUserSessions,
  findSessionUser,
  findUserByEmail,
  insertSession,
  listMemberships,
  updatePasswordHash,
} from '#db/queries/users'
import type { ChangePasswordBody, LoginBody } from '#surveys/schemas/auth'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, DomainError, unauthorized } from '../errors.ts'
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.ts'
import { assertUnderLimits, countHit, type Limit } from './rate-limit.ts'
import { hashToken, newToken } from './tokens.ts'

const FIFTEEN_MINUTES = 15 * 60

function loginLimits(email: string, addressKey: string): Limit[] {
  return [
    { key: `login:account:${email}`, max: 10, windowSeconds: FIFTEEN_MINUTES },
    { key: `login:address:${addressKey}`, max: 50, windowSeconds: FIFTEEN_MINUTES },
  ]
}

/** Checks credentials and opens a new session (a new token every time: no fixation). */
export async function login(
  { database: { db }, clock, config }: AppDeps,
  input: LoginBody & { addressKey: string },
): Promise<{ token: string; expiresAt: Date }> {
  const now = clock.now()
  const limits = loginLimits(input.email, input.addressKey)
  await assertUnderLimits(db, limits, now)
  const user = await findUserByEmail(db, input.email)
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH)
  if (!user || !valid) {
    await countHit(db, limits, now)
    throw new DomainError(401, 'invalid_credentials', 'The email or password is not right.')
  }
  return openSession(db, user.id, now, config.sessionTtlHours)
}

export async function openSession(db: Executor, userId: number, now: Date, ttlHours: number) {
  const token = newToken()
  const expiresAt = new Date(now.getTime() + ttlHours * 3600 * 1000)
  await insertSession(db, { tokenHash: hashToken(token), userId, expiresAt })
  return { token, expiresAt }
}

export async function logout({ database: { db } }: AppDeps, token: string): Promise<void> {
  await deleteSession(db, hashToken(token))
}

/** The user behind a session cookie, with their organisations and roles. */
export async function sessionUser(
  { database: { db }, clock }: AppDeps,
  token: string,
): Promise<SessionUser | undefined> {
  const tokenHash = hashToken(token)
  const user = await findSessionUser(db, tokenHash, clock.now())
  if (!user) return undefined
  return { ...user, tokenHash, memberships: await listMemberships(db, user.id) }
}

/**
 * Changing a password ends every session of the user, then opens a fresh one; it also lifts the
 * demand to replace a temporary password.
 */
export async function changePassword(
  deps: AppDeps,
  user: SessionUser,
  input: ChangePasswordBody,
): Promise<{ token: string; expiresAt: Date }> {
  const { db } = deps.database
  const stored = await findUserByEmail(db, user.email)
  if (!stored || !(await verifyPassword(input.currentPassword, stored.passwordHash))) {
    throw unauthorized('The current password is not right.')
  }
  if (input.newPassword === input.currentPassword) {
    // A temporary password kept as is would still be known to whoever chose it.
    throw badRequest('Choose a new password.', {
      newPassword: ['Choose a password different from the current one.'],
    })
  }
  const passwordHash = await hashPassword(input.newPassword, deps.config.passwordCostLog2)
  return db.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash)
    await deleteUserSessions(tx, user.id)
    return openSession(tx, user.id, deps.clock.now(), deps.config.sessionTtlHours)
  })
}
