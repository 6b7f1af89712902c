import type { AppDeps, SessionUser } from '../context.ts'
import { decideApproval } from '../services/approval.ts'
import { confirmAssessment } from '../services/confirmation.ts'
import { getMatrix } from '../services/matrix.ts'

/** Management's reasons in the demo's earlier year, where a decision needs one. */
const CLIMATE =
  'Climate change response is material for our warehouses and fleet (HKEX climate disclosures), although respondents rated it below the threshold.'
const REVIEWED = 'Reviewed by management: not material this year; we will monitor it next year.'
const DEPARTED = 'Reviewed by management: not material this year.'

/**
 * Confirms a closed assessment as management would — the proposal, with climate change (9)
 * added as material — and has another person approve it, so it is not self-approved.
 */
export async function confirmAndApprove(
  deps: AppDeps,
  assessmentId: number,
  confirmer: SessionUser,
  approver: SessionUser,
): Promise<void> {
  const matrix = await getMatrix(deps, confirmer, assessmentId, {})
  const ranked = [...matrix.issues].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
  )
  const decisions = ranked.map((issue) => {
    const material = issue.tier === 'material' || issue.code === '9'
    const rationale =
      issue.code === '9' && issue.tier !== 'material'
        ? CLIMATE
        : issue.tier === 'review'
          ? REVIEWED
          : issue.tier === 'material' && !material
            ? DEPARTED
            : null
    return { issueId: issue.id, material, rationale }
  })
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const confirmed = await confirmAssessment(deps, confirmer, assessmentId, { decisions, order })
  await decideApproval(deps, approver, assessmentId, {
    decision: 'approve',
    ...confirmed,
    comment: 'Approved at the board meeting.',
  })
}
