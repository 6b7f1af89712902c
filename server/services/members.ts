import { randomInt } from 'node:crypto'
import type { Executor } from '#db/client'
import {
  findMember,
  findOrganisation,
  insertMembershipIfAbsent,
  insertUserIfAbsent,
  listMembers,
  lockAdmins,
  type Member,
  updateMemberRole,
} from '#db/queries/members'
import { findUserByEmail } from '#db/queries/users'
import type { AddMemberBody, ChangeRoleBody } from '#surveys/schemas/members'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict, forbidden, notFound } from '../errors.ts'
import { authorize, CAN } from './access.ts'
import { auditMembership } from './membership-audit.ts'
import { hashPassword } from './passwords.ts'

export function presentMember(member: Member) {
  return {
    userId: String(member.userId),
    name: member.name,
    email: member.email,
    role: member.role,
    since: member.since.toISOString(),
    active: member.active,
  }
}

export const lastAdmin = () =>
  conflict('last_admin', 'This is the organisation’s only admin. Make someone else an admin first.')

/**
 * Locks the organisation's admins and checks the caller is still one of them: the session's
 * roles were read before the lock, and an admin demoted or removed meanwhile is one no more.
 */
export async function lockAsAdmin(tx: Executor, user: SessionUser, organisationId: number) {
  const admins = await lockAdmins(tx, organisationId)
  if (!admins.includes(user.id)) throw forbidden('You are no longer an admin of this organisation.')
  return admins
}

/** The organisation and its members; any member may see who else is in it. */
export async function listOrganisationMembers(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
) {
  const role = authorize(user, organisationId, CAN.read)
  const { db } = deps.database
  const organisation = await findOrganisation(db, organisationId)
  if (!organisation) throw notFound('The organisation')
  return {
    organisation: { id: String(organisation.id), name: organisation.name },
    yourRole: role,
    members: (await listMembers(db, organisationId)).map(presentMember),
  }
}

// No 0/O, 1/l/I: the admin reads the password out or types it into a message.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** 20 characters from 32 (100 bits), grouped in fives: xxxxx-xxxxx-xxxxx-xxxxx. */
export function temporaryPassword(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return chars.join('').replace(/(.{5})(?!$)/g, '$1-')
}

/**
 * Adds someone to the organisation (admins only). A new email creates the user, with the
 * password given or a temporary one returned here, once. An existing user keeps their name and
 * password: an admin of one organisation must not change an account others share, nor learn
 * the name it goes by there — this organisation knows the member by the name its admin typed.
 */
export async function addMember(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  body: AddMemberBody,
) {
  authorize(user, organisationId, CAN.manageUsers)
  const { db } = deps.database
  const existing = await findUserByEmail(db, body.email)
  const temporary = existing || body.password ? undefined : temporaryPassword()
  const password = body.password ?? temporary
  const passwordHash =
    existing || !password ? undefined : await hashPassword(password, deps.config.passwordCostLog2)
  return db.transaction(async (tx) => {
    const created = passwordHash
      ? // Someone else knows this password, so the new member must choose their own first.
        await insertUserIfAbsent(tx, {
          email: body.email,
          name: body.name,
          passwordHash,
          mustChangePassword: true,
        })
      : undefined
    const account = created ?? existing ?? (await findUserByEmail(tx, body.email))
    if (!account) throw conflict('user_changed', 'That account changed meanwhile. Try again.')
    const joined = await insertMembershipIfAbsent(tx, {
      userId: account.id,
      organisationId,
      role: body.role,
      name: body.name,
    })
    if (!joined)
      throw conflict('already_member', `${body.email} is already a member of this organisation.`)
    await auditMembership(
      tx,
      {
        organisationId,
        actorId: user.id,
        action: 'add',
        entity: 'membership',
        entityId: String(account.id),
        after: { email: account.email, name: body.name, role: body.role, newAccount: !!created },
      },
      [body.role],
    )
    const member = await findMember(tx, organisationId, account.id)
    return {
      member: presentMember(member!),
      newAccount: !!created,
      ...(created && temporary ? { temporaryPassword: temporary } : {}),
    }
  })
}

/** Changes a member's role (admins only); the last admin cannot stop being one (409). */
export async function changeMemberRole(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  memberId: number,
  body: ChangeRoleBody,
) {
  authorize(user, organisationId, CAN.manageUsers)
  return deps.database.db.transaction(async (tx) => {
    const admins = await lockAsAdmin(tx, user, organisationId)
    const member = await findMember(tx, organisationId, memberId)
    if (!member) throw notFound('That member')
    if (member.role === body.role) return presentMember(member)
    if (member.role === 'admin' && admins.length <= 1) throw lastAdmin()
    await updateMemberRole(tx, organisationId, memberId, body.role)
    const who = { email: member.email, name: member.name }
    await auditMembership(
      tx,
      {
        organisationId,
        actorId: user.id,
        action: 'role',
        entity: 'membership',
        entityId: String(memberId),
        before: { ...who, role: member.role },
        after: { ...who, role: body.role },
      },
      [member.role, body.role],
    )
    return presentMember({ ...member, role: body.role })
  })
}
