import type { Executor } from '#db/client'
import { type Assessment, listGroups, listIssues } from '#db/queries/assessments'
import { listResponseCounts, listScoreSums } from '#db/queries/score-sums'
import type { MatrixQuery } from '#surveys/schemas/matrix'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN } from './access.ts'
import { presentMatrix } from './matrix-present.ts'
import { computeMatrix, type MatrixSources } from './matrix-scores.ts'
import { foldNewResponses } from './score-fold.ts'

/**
 * The matrix of an assessment (surveys/METHOD.md), live while it is open: responses submitted since
 * the last look are folded into the running sums first. What-if parameters recompute it without
 * saving anything.
 */
export async function getMatrix(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: MatrixQuery,
) {
  const sources = await loadMatrixSources(deps, user, assessmentId)
  return presentMatrix(sources, computeMatrix(sources, query), query)
}

/** Authorises, folds new responses, and reads everything the matrix needs. */
export async function loadMatrixSources(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
): Promise<MatrixSources> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  await foldNewResponses(deps.database, assessmentId)
  return readMatrixSources(deps.database.db, assessment)
}

/** Reads what the matrix needs as the running sums stand (a confirmation: under its row lock). */
export async function readMatrixSources(
  db: Executor,
  assessment: Assessment,
): Promise<MatrixSources> {
  // Independent reads: PostgreSQL runs them on parallel connections, PGlite one after another.
  const [issues, groups, sums, counts] = await Promise.all([
    listIssues(db, assessment.id),
    listGroups(db, assessment.id),
    listScoreSums(db, assessment.id, assessment.settings.excludeFlagged),
    listResponseCounts(db, assessment.id),
  ])
  return { assessment, issues, groups, sums, counts }
}
