import type { Executor } from '#db/client'
import type { Assessment } from '#db/queries/assessments'
import { updateAssessment } from '#db/queries/assessments'
import { listRoleChangesAfterConfirm } from '#db/queries/audit'
import { findLatestConfirmation, insertApproval } from '#db/queries/confirmations'
import { listMembers } from '#db/queries/members'
import { type ApprovalRight, appointedByConfirmer, approvalRight } from '#surveys/domain/approval'
import type { ApprovalBody } from '#surveys/schemas/confirmation'
import type { ApprovalCreated, ApproveBlock } from '#surveys/schemas/confirmation-view'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict, forbidden } from '../errors.ts'
import { withAssessment } from './access.ts'

/**
 * Whether this user may decide on the latest version now, and whether the approval would be
 * flagged: self-approved, or by someone the confirmer appointed after confirming.
 */
export async function approvalBlock(
  deps: AppDeps,
  user: SessionUser,
  assessment: Pick<Assessment, 'id' | 'status' | 'organisationId'>,
  latest: { version: number; confirmedById: number } | undefined,
): Promise<{ blocked: ApproveBlock | null; selfApproval: boolean; appointedByConfirmer: boolean }> {
  const none = { selfApproval: false, appointedByConfirmer: false }
  if (assessment.status !== 'confirmed' || !latest) return { blocked: 'notConfirmed', ...none }
  const { db } = deps.database
  const right = await rightOf(db, user, assessment.organisationId, latest.confirmedById)
  if (!right.allowed) return { blocked: right.reason, ...none }
  return {
    blocked: null,
    selfApproval: right.selfApproved,
    appointedByConfirmer: await appointedAfter(db, assessment.id, latest, user.id),
  }
}

/**
 * Whether the decider was given the right to approve by the confirmer after this version was
 * confirmed, read from the role changes the assessment's audit trail holds after its confirm entry.
 */
async function appointedAfter(
  db: Executor,
  assessmentId: number,
  confirmation: { version: number; confirmedById: number },
  decider: number,
): Promise<boolean> {
  const changes = await listRoleChangesAfterConfirm(db, assessmentId, confirmation.version)
  return appointedByConfirmer({ confirmedBy: confirmation.confirmedById, decider, changes })
}

async function rightOf(
  db: Executor,
  user: SessionUser,
  organisationId: number,
  confirmedBy: number,
): Promise<ApprovalRight> {
  const members = await listMembers(db, organisationId)
  return approvalRight({ userId: user.id, confirmedBy, members })
}

const REFUSALS = {
  notApprover: 'Only the board (members with the approver role) approves a confirmation.',
  ownConfirmation: 'You confirmed this version; another approver must decide on it.',
} as const

/**
 * POST /api/assessments/:id/approval: the board approves the confirmed version (final) or returns
 * it to management, which reopens the confirmation for a new version. The body names the version
 * and hash decided on; unless they are the latest confirmation's, 409 `stale_version` and nothing
 * is stored. One decision per version (a unique index), under the assessment's row lock; a
 * membership change waits for that lock (db/queries/audit.ts), so the members and role changes
 * read here stay as they are until the decision is stored.
 */
export async function decideApproval(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: ApprovalBody,
): Promise<ApprovalCreated> {
  return withAssessment(deps, user, assessmentId, 'read', async (tx, assessment, audit) => {
    const { status } = assessment
    const latest = await findLatestConfirmation(tx, assessmentId)
    if (status !== 'confirmed' || !latest) {
      throw conflict('not_confirmed', 'There is no confirmed version waiting for a decision.')
    }
    if (body.version !== latest.version || body.hash !== latest.hash) {
      throw conflict(
        'stale_version',
        `The version waiting for a decision is version ${latest.version} (SHA-256 ${latest.hash}), not the one you named. Look at it before you decide.`,
      )
    }
    const right = await rightOf(tx, user, assessment.organisationId, latest.confirmedBy)
    if (!right.allowed) throw forbidden(REFUSALS[right.reason])
    const confirmation = { version: latest.version, confirmedById: latest.confirmedBy }
    const appointed = await appointedAfter(tx, assessmentId, confirmation, user.id)
    await insertApproval(tx, {
      confirmationId: latest.id,
      decision: body.decision,
      comment: body.comment,
      decidedBy: user.id,
      appointedByConfirmer: appointed,
    })
    const next = body.decision === 'approve' ? 'approved' : 'closed'
    await updateAssessment(tx, assessmentId, { status: next })
    await audit({
      action: body.decision,
      entity: 'approval',
      entityId: String(latest.version),
      before: { status },
      after: {
        status: next,
        version: latest.version,
        decision: body.decision,
        comment: body.comment,
        selfApproved: right.selfApproved,
        appointedByConfirmer: appointed,
      },
    })
    return {
      version: latest.version,
      decision: body.decision,
      status: next,
      selfApproved: right.selfApproved,
      appointedByConfirmer: appointed,
    }
  })
}
