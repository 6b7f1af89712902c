import { updateAssessment } from '#db/queries/assessments'
import { insertAudit } from '#db/queries/audit'
import type { AssessmentStatus } from '#surveys/domain'
import type { StatusChange } from '#surveys/schemas/assessments'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, conflict } from '../errors.ts'
import { assessmentFor, CAN } from './access.ts'
import { presentAssessment } from './assessments.ts'

/** The moves PATCH may make: draft → open → closed, and closed → open with a reason. */
const ALLOWED: Partial<Record<AssessmentStatus, AssessmentStatus[]>> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
}

export async function changeStatus(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  change: StatusChange,
) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.edit)
  const from = assessment.status
  if (!ALLOWED[from]?.includes(change.status)) {
    throw conflict(
      'illegal_transition',
      `An assessment that is ${from} cannot become ${change.status}.`,
    )
  }
  const reopening = from === 'closed' && change.status === 'open'
  if (reopening && !change.reason) {
    throw badRequest('Say why you reopen it.', { reason: ['Say why the assessment reopens.'] })
  }
  const now = deps.clock.now()
  return deps.database.db.transaction(async (tx) => {
    const updated = await updateAssessment(tx, assessmentId, {
      status: change.status,
      ...(change.status === 'open' && !assessment.openedAt ? { openedAt: now } : {}),
      ...(change.status === 'closed' ? { closedAt: now } : {}),
    })
    await insertAudit(tx, {
      organisationId: assessment.organisationId,
      assessmentId,
      actorId: user.id,
      action: 'status',
      entity: 'assessment',
      entityId: String(assessmentId),
      before: { status: from },
      after: { status: change.status },
      reason: change.reason ?? null,
    })
    return presentAssessment(updated)
  })
}
