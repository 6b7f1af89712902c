import { deleteMembership, findMember, listOrganisationIds } from '#db/queries/members'
import { deleteUserSessions, setDeactivated } from '#db/queries/users'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict, notFound } from '../errors.ts'
import { authorize, CAN } from './access.ts'
import { lastAdmin, lockAsAdmin, presentMember } from './members.ts'
import { auditMembership } from './membership-audit.ts'

/**
 * Removes a member from the organisation (admins only; never its last admin). Roles are read on
 * every request, so the member's next request finds the organisation gone; one left with no
 * organisation at all is signed out everywhere.
 */
export async function removeMember(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  memberId: number,
) {
  authorize(user, organisationId, CAN.manageUsers)
  return deps.database.db.transaction(async (tx) => {
    const admins = await lockAsAdmin(tx, user, organisationId)
    const member = await findMember(tx, organisationId, memberId)
    if (!member) throw notFound('That member')
    if (member.role === 'admin' && admins.length <= 1) throw lastAdmin()
    await deleteMembership(tx, organisationId, memberId)
    if ((await listOrganisationIds(tx, memberId)).length === 0) {
      await deleteUserSessions(tx, memberId)
    }
    await auditMembership(
      tx,
      {
        organisationId,
        actorId: user.id,
        action: 'remove',
        entity: 'membership',
        entityId: String(memberId),
        before: { email: member.email, name: member.name, role: member.role },
      },
      [member.role],
    )
    return presentMember(member)
  })
}

/**
 * Deactivates an account (no sign-in, every session ended at once) or reactivates it. An admin
 * may do this only to an account that belongs to their organisation alone, and never to their
 * own: another organisation's member is removed from this one instead.
 */
export async function setAccountActive(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  memberId: number,
  active: boolean,
) {
  authorize(user, organisationId, CAN.manageUsers)
  return deps.database.db.transaction(async (tx) => {
    await lockAsAdmin(tx, user, organisationId)
    const member = await findMember(tx, organisationId, memberId)
    if (!member) throw notFound('That member')
    if (memberId === user.id) {
      throw conflict('deactivate_self', 'You cannot deactivate your own account.')
    }
    const organisations = await listOrganisationIds(tx, memberId)
    if (organisations.some((id) => id !== organisationId)) {
      throw conflict(
        'shared_account',
        'This account belongs to another organisation too. Remove them from yours instead.',
      )
    }
    if (member.active === active) return presentMember(member)
    await setDeactivated(tx, memberId, active ? null : deps.clock.now())
    if (!active) await deleteUserSessions(tx, memberId)
    const who = { email: member.email, name: member.name }
    await auditMembership(
      tx,
      {
        organisationId,
        actorId: user.id,
        action: active ? 'reactivate' : 'deactivate',
        entity: 'user',
        entityId: String(memberId),
        before: { ...who, active: member.active },
        after: { ...who, active },
      },
      [member.role],
    )
    return presentMember({ ...member, active })
  })
}
