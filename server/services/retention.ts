import { erasePersonalData } from '#db/queries/retention'
import type { EraseBody } from '#surveys/schemas/retention'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict } from '../errors.ts'
import { withAssessment } from './access.ts'

/**
 * Data retention: erases an assessment's personal data once it no longer collects responses
 * (SECURITY.md). Allowed after confirmation too: it changes no score and no snapshot.
 */
export async function erasePersonalDataOf(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: EraseBody,
) {
  return withAssessment(deps, user, assessmentId, 'manageUsers', async (tx, assessment, audit) => {
    if (assessment.status === 'draft' || assessment.status === 'open') {
      throw conflict('still_collecting', 'Close the assessment before erasing its personal data.')
    }
    const erased = await erasePersonalData(tx, assessmentId)
    await audit({
      action: 'erase',
      entity: 'personal-data',
      entityId: String(assessmentId),
      after: { ...erased },
      reason: body.reason,
    })
    return erased
  })
}
