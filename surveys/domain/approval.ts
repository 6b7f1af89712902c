/**
 * Who may approve or return a confirmation (README, "Confirmation, approval and the report").
 * Pure: the server passes in the organisation's members as they are when the decision is made.
 */
import type { Role } from './model.ts'

export interface Member {
  userId: number
  role: Role
}

export interface ApprovalCase {
  /** The person deciding. */
  userId: number
  /** Who confirmed the version being decided. */
  confirmedBy: number
  /** Every member of the organisation, the decider included. */
  members: readonly Member[]
}

export type ApprovalRight =
  | { allowed: true; selfApproved: boolean; approvers: number }
  | { allowed: false; reason: 'notApprover' | 'ownConfirmation' }

/**
 * The people who may decide: the organisation's approvers (the board). An organisation with no
 * approver at all falls back to its admins, because a one-person company has only an admin (the
 * last admin cannot change role) and would otherwise never reach an approved assessment.
 */
export function eligibleApprovers(members: readonly Member[]): number[] {
  const approvers = members.filter((member) => member.role === 'approver')
  const eligible = approvers.length > 0 ? approvers : members.filter((m) => m.role === 'admin')
  return eligible.map((member) => member.userId)
}

/**
 * Four eyes where there are four eyes: nobody approves a version they confirmed while someone
 * else could decide on it. When the confirmer is the only person who can decide (a one-person
 * organisation, or a sole approver who confirmed earlier under another role) the approval is
 * allowed and marked `selfApproved`, which the audit log, the disclosure draft and the evidence
 * pack state openly, rather than leaving the assessment unapprovable.
 * @example approvalRight({ userId: 1, confirmedBy: 1, members: [{ userId: 1, role: 'admin' }] }) // { allowed: true, selfApproved: true, approvers: 1 }
 */
export function approvalRight(input: ApprovalCase): ApprovalRight {
  const eligible = eligibleApprovers(input.members)
  if (!eligible.includes(input.userId)) return { allowed: false, reason: 'notApprover' }
  const self = input.userId === input.confirmedBy
  const others = eligible.filter((userId) => userId !== input.userId)
  if (self && others.length > 0) return { allowed: false, reason: 'ownConfirmation' }
  return { allowed: true, selfApproved: self, approvers: eligible.length }
}

/** A change of a member's role, in the order the audit trail recorded it; null: not a member. */
export interface RoleChange {
  /** Who made the change. */
  actorId: number | null
  /** Whose role changed. */
  userId: number
  before: Role | null
  after: Role | null
}

/** Roles that may approve: approvers, and admins (they decide where no approver exists). */
const MAY_APPROVE: ReadonlySet<Role | null> = new Set<Role | null>(['approver', 'admin'])

/**
 * Whether the decider owes their right to approve to the person who confirmed: after the
 * confirmation, the confirmer (or an admin the confirmer made after it) added them with a role
 * that may approve, or raised them to one from a role that may not. A member who already held
 * such a role keeps it through a switch between approver and admin; anyone else who appoints or
 * re-appoints them clears the mark. `changes` are the membership changes after the confirmation.
 * @example appointedByConfirmer({ confirmedBy: 1, decider: 2, changes: [{ actorId: 1, userId: 2, before: null, after: 'approver' }] }) // true
 */
export function appointedByConfirmer(input: {
  confirmedBy: number
  decider: number
  changes: readonly RoleChange[]
}): boolean {
  if (input.decider === input.confirmedBy) return false
  // Those whose appointments count as the confirmer's, and those appointed so.
  const appointers = new Set([input.confirmedBy])
  const appointed = new Set<number>()
  for (const change of input.changes) {
    if (change.userId === input.confirmedBy) continue
    const raised = !MAY_APPROVE.has(change.before) && MAY_APPROVE.has(change.after)
    const byConfirmer = change.actorId !== null && appointers.has(change.actorId)
    if (!MAY_APPROVE.has(change.after)) appointed.delete(change.userId)
    else if (raised && byConfirmer) appointed.add(change.userId)
    else if (raised) appointed.delete(change.userId)
    if (change.after === 'admin' && appointed.has(change.userId)) appointers.add(change.userId)
    else appointers.delete(change.userId)
  }
  return appointed.has(input.decider)
}
