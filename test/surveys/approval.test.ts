import { describe, expect, test } from 'vitest'
import {
  appointedByConfirmer,
  approvalRight,
  eligibleApprovers,
  type Member,
  type RoleChange,
} from '../../surveys/domain/approval.ts'

const board: Member[] = [
  { userId: 1, role: 'admin' },
  { userId: 2, role: 'reviewer' },
  { userId: 3, role: 'approver' },
  { userId: 4, role: 'approver' },
  { userId: 5, role: 'viewer' },
]

describe('approvalRight', () => {
  test('an approver decides on a version someone else confirmed', () => {
    expect(approvalRight({ userId: 3, confirmedBy: 2, members: board })).toEqual({
      allowed: true,
      selfApproved: false,
      approvers: 2,
    })
  })

  test('reviewers, admins, analysts and viewers cannot while the organisation has approvers', () => {
    for (const userId of [1, 2, 5]) {
      expect(approvalRight({ userId, confirmedBy: 2, members: board })).toEqual({
        allowed: false,
        reason: 'notApprover',
      })
    }
  })

  test('nobody approves their own confirmation while another approver exists', () => {
    // User 3 confirmed as admin, then became an approver.
    expect(approvalRight({ userId: 3, confirmedBy: 3, members: board })).toEqual({
      allowed: false,
      reason: 'ownConfirmation',
    })
    expect(approvalRight({ userId: 4, confirmedBy: 3, members: board }).allowed).toBe(true)
  })

  test('the only approver may approve their own confirmation, marked as self-approved', () => {
    const members: Member[] = [
      { userId: 1, role: 'admin' },
      { userId: 3, role: 'approver' },
    ]
    expect(approvalRight({ userId: 3, confirmedBy: 3, members })).toEqual({
      allowed: true,
      selfApproved: true,
      approvers: 1,
    })
  })

  test('a one-person organisation: its admin confirms and approves, marked as self-approved', () => {
    const members: Member[] = [{ userId: 7, role: 'admin' }]
    expect(eligibleApprovers(members)).toEqual([7])
    expect(approvalRight({ userId: 7, confirmedBy: 7, members })).toEqual({
      allowed: true,
      selfApproved: true,
      approvers: 1,
    })
  })

  test('without approvers the admins decide, but not on their own confirmation', () => {
    const members: Member[] = [
      { userId: 1, role: 'admin' },
      { userId: 2, role: 'admin' },
      { userId: 3, role: 'reviewer' },
    ]
    expect(approvalRight({ userId: 1, confirmedBy: 1, members })).toEqual({
      allowed: false,
      reason: 'ownConfirmation',
    })
    expect(approvalRight({ userId: 2, confirmedBy: 1, members }).allowed).toBe(true)
    expect(approvalRight({ userId: 3, confirmedBy: 1, members })).toEqual({
      allowed: false,
      reason: 'notApprover',
    })
  })
})

describe('appointedByConfirmer', () => {
  // User 1 confirmed; the changes are those after the confirmation, oldest first.
  const flagged = (decider: number, changes: RoleChange[]) =>
    appointedByConfirmer({ confirmedBy: 1, decider, changes })
  const change = (
    actorId: number,
    userId: number,
    before: Member['role'] | null,
    after: Member['role'] | null,
  ): RoleChange => ({
    actorId,
    userId,
    before,
    after,
  })

  test('a member the confirmer added as approver or admin, or raised to one', () => {
    expect(flagged(2, [change(1, 2, null, 'approver')])).toBe(true)
    expect(flagged(2, [change(1, 2, null, 'admin')])).toBe(true)
    expect(flagged(2, [change(1, 2, 'viewer', 'approver')])).toBe(true)
    expect(flagged(2, [change(1, 2, 'reviewer', 'admin')])).toBe(true)
  })

  test('through an admin the confirmer appointed after the confirmation', () => {
    expect(flagged(3, [change(1, 2, null, 'admin'), change(2, 3, null, 'approver')])).toBe(true)
    // Once no longer an admin, that member's appointments are their own.
    const demoted = [change(1, 2, null, 'admin'), change(1, 2, 'admin', 'approver')]
    expect(flagged(3, [...demoted, change(2, 3, null, 'approver')])).toBe(false)
  })

  test('not: appointed by someone else, held the right before, or re-appointed independently', () => {
    expect(flagged(2, [change(5, 2, null, 'approver')])).toBe(false)
    expect(flagged(2, [change(1, 2, 'admin', 'approver')])).toBe(false)
    expect(flagged(2, [])).toBe(false)
    const reappointed = [
      change(1, 2, null, 'approver'),
      change(5, 2, 'approver', 'viewer'),
      change(5, 2, 'viewer', 'approver'),
    ]
    expect(flagged(2, reappointed)).toBe(false)
    // The confirmer's own approval is self-approval, not this flag.
    expect(flagged(1, [change(1, 1, 'admin', 'approver')])).toBe(false)
  })

  test('a switch between approver and admin keeps the mark', () => {
    expect(flagged(2, [change(1, 2, null, 'admin'), change(5, 2, 'admin', 'approver')])).toBe(true)
    expect(flagged(2, [change(1, 2, null, 'approver'), change(5, 2, 'approver', 'reviewer')])).toBe(
      false,
    )
  })
})
