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
import { type PasswordTry, rememberDevice, takePasswordTry } from './password-tries.ts'
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.ts'
import { hashToken, newToken } from './tokens.ts'

/** Where a password try comes from: the client's address and its device cookie. */
export type TryOrigin = Omit<PasswordTry, 'email'>

/**
 * Checks credentials and opens a new session (a new token every time: no fixation). The try is
 * counted before the password is checked, and given back when it was right.
 */
export async function login(
  deps: AppDeps,
  input: LoginBody & TryOrigin,
): Promise<{ token: string; expiresAt: Date; device: string }> {
  const { db } = deps.database
  const tries = await takePasswordTry(deps, input)
  const user = await findUserByEmail(db, input.email)
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH)
  // A deactivated account gets the same answer as a wrong password: nothing to learn from it.
  if (!user || !valid || user.deactivatedAt) {
    throw new DomainError(401, 'invalid_credentials', 'The email or password is not right.')
  }
  await tries.giveBack()
  const session = await openSession(db, user.id, deps.clock.now(), deps.config.sessionTtlHours)
  return { ...session, device: await rememberDevice(deps, input.device, input.email) }
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
 * demand to replace a temporary password. The current password is a password try like a
 * sign-in (same limits, same counters).
 */
export async function changePassword(
  deps: AppDeps,
  user: SessionUser,
  input: ChangePasswordBody & TryOrigin,
): Promise<{ token: string; expiresAt: Date }> {
  const { db } = deps.database
  const tries = await takePasswordTry(deps, { ...input, email: user.email })
  const stored = await findUserByEmail(db, user.email)
  if (!stored || !(await verifyPassword(input.currentPassword, stored.passwordHash))) {
    throw unauthorized('The current password is not right.')
  }
  await tries.giveBack()
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
