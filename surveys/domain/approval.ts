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
