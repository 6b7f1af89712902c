import { describe, expect, test } from 'vitest'
import { approvalRight, eligibleApprovers, type Member } from '../../surveys/domain/approval.ts'

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
