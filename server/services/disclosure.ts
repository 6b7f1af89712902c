import { findApproval, findLatestConfirmation } from '#db/queries/confirmations'
import { nameIn } from '#surveys/domain/settings'
import type { Locale } from '#surveys/i18n/locales'
import { buildDisclosure } from '#surveys/reports/disclosure'
import { sealedDmFigureData } from '#surveys/reports/dm-figure-sealed'
import type { DisclosureView } from '#surveys/schemas/confirmation-view'
import { snapshotMatrixView } from '#surveys/schemas/matrix-view'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict } from '../errors.ts'
import { assessmentFor, CAN } from './access.ts'
import { loadComparison } from './comparison.ts'
import { openSnapshot } from './snapshots.ts'

/**
 * GET /api/assessments/:id/disclosure: the materiality section of the ESG report, written from
 * the latest confirmed snapshot (never from live data), with the board's approval when given.
 */
export async function getDisclosure(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  requested: Locale | undefined,
): Promise<DisclosureView> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const { db } = deps.database
  const latest = await findLatestConfirmation(db, assessmentId)
  if (!latest) {
    throw conflict('not_confirmed', 'Management has not confirmed this assessment yet.')
  }
  const snapshot = openSnapshot(latest)
  const decided = await findApproval(db, latest.id)
  const approved = decided?.approval.decision === 'approve'
  const approval = approved
    ? {
        approvedAt: decided.approval.createdAt.toISOString(),
        selfApproved: decided.approval.decidedBy === latest.confirmedBy,
        appointedByConfirmer: decided.approval.appointedByConfirmer,
      }
    : null
  const locale = requested ?? assessment.settings.defaultLocale
  // GRI 3-2 asks for the changes from the previous period: against the year this was copied from.
  const compared = await loadComparison(deps, user, assessment, assessment.previousId)
  return {
    locale,
    name: nameIn(snapshot.assessment.name, snapshot.settings, locale),
    version: latest.version,
    hash: latest.hash,
    approved,
    sections: buildDisclosure(snapshot, locale, {
      approval,
      comparison: compared?.comparison ?? null,
      double: compared?.double ?? null,
    }),
    matrix: snapshotMatrixView(snapshot, assessment.status, locale),
    doubleMateriality: sealedDmFigureData(snapshot),
  }
}
