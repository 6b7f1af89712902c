import type { Executor } from '#db/client'
import { type Assessment, updateAssessment } from '#db/queries/assessments'
import { deleteAssessmentDrafts } from '#db/queries/drafts'
import type { AssessmentStatus } from '#surveys/domain/model'
import type { StatusChange } from '#surveys/schemas/assessments'
import { badRequest, conflict } from '../errors.ts'
import type { AuditOf } from './access.ts'

/** The moves PATCH may make: draft → open → closed, and closed → open with a reason. */
const ALLOWED: Partial<Record<AssessmentStatus, AssessmentStatus[]>> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
}

/** Checks a status move before anything is written: 409 when illegal, 400 without a reason. */
export function checkStatusChange(
  assessment: Pick<Assessment, 'status'>,
  change: StatusChange,
  issueCount: number,
): void {
  const from = assessment.status
  if (!ALLOWED[from]?.includes(change.status)) {
    throw conflict(
      'illegal_transition',
      `An assessment that is ${from} cannot become ${change.status}.`,
    )
  }
  if (from === 'closed' && !change.reason) {
    throw badRequest('Say why you reopen it.', { reason: ['Say why the assessment reopens.'] })
  }
  if (change.status === 'open' && issueCount === 0) {
    throw conflict('no_issues', 'An assessment needs at least one issue before it opens.')
  }
}

/** Moves the assessment to its new status inside the caller's transaction, and logs it. */
export async function applyStatusChange(
  tx: Executor,
  audit: AuditOf,
  assessment: Assessment,
  change: StatusChange,
  now: Date,
): Promise<Assessment> {
  const updated = await updateAssessment(tx, assessment.id, {
    status: change.status,
    ...(change.status === 'open' && !assessment.openedAt ? { openedAt: now } : {}),
    ...(change.status === 'closed' ? { closedAt: now } : {}),
  })
  // Nobody can answer a closed survey: its unsent drafts are personal data with no use left.
  if (change.status === 'closed') await deleteAssessmentDrafts(tx, assessment.id)
  await audit({
    action: 'status',
    entity: 'assessment',
    entityId: String(assessment.id),
    before: { status: assessment.status },
    after: { status: change.status },
    reason: change.reason || null,
  })
  return updated
}
