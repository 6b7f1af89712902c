import { type Assessment, findAssessment } from '#db/queries/assessments'
import { findLatestConfirmation } from '#db/queries/confirmations'
import {
  type ComparableResult,
  type Comparison,
  compareDecisions,
  compareResults,
  resultFromScores,
  resultFromSnapshot,
} from '#surveys/domain/year-over-year'
import {
  type ComparableDouble,
  compareDouble,
  compareDoubleDecisions,
  type DoubleComparison,
  doubleFromResult,
  doubleFromSnapshot,
} from '#surveys/domain/year-over-year-double'
import { changesSentence, doubleChangesSentence } from '#surveys/reports/disclosure'
import type { ComparisonQuery } from '#surveys/schemas/comparison'
import type { ComparisonView } from '#surveys/schemas/comparison-view'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, notFound } from '../errors.ts'
import { assessmentFor, CAN, roleIn } from './access.ts'
import { readDoubleMateriality } from './double-materiality.ts'
import { loadMatrixSources } from './matrix.ts'
import { computeMatrix } from './matrix-scores.ts'
import { openSnapshot } from './snapshots.ts'

/**
 * GET /api/assessments/:id/comparison (issue 5 §6, issue 15 §8): this year against an earlier
 * assessment of the same organisation, by default the one it was copied forward from, with the
 * GRI 3-2 sentence; a double-materiality year's comparison is `double` (year-over-year-double.ts).
 */
export async function getComparison(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: ComparisonQuery,
): Promise<ComparisonView> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const locale = query.locale ?? assessment.settings.defaultLocale
  const previousId = query.previous ?? assessment.previousId
  if (previousId === null) {
    return {
      previous: null,
      comparison: null,
      double: null,
      sentence: changesSentence(null, locale),
    }
  }
  const previous = await previousOf(deps, user, assessment, previousId)
  const { comparison, double } = await compareYears(deps, user, previous, assessment)
  return {
    previous: { id: String(previous.id), name: previous.name },
    comparison,
    double,
    sentence: double ? doubleChangesSentence(double, locale) : changesSentence(comparison, locale),
  }
}

/**
 * The comparison of an assessment (already authorised by the caller) with an earlier one, by
 * this year's method; null when there is none. The disclosure calls it with `assessment.previousId`.
 * @example const comparison = await loadComparison(deps, user, assessment, assessment.previousId)
 */
export async function loadComparison(
  deps: AppDeps,
  user: SessionUser,
  assessment: Assessment,
  previousId: number | null,
): Promise<YearComparison | null> {
  if (previousId === null) return null
  const previous = await previousOf(deps, user, assessment, previousId)
  return compareYears(deps, user, previous, assessment)
}

/**
 * The earlier assessment, which must be another one of the same organisation. One of an
 * organisation the user is not a member of is reported as not found, like one that does not
 * exist, so ids of other organisations' assessments reveal nothing.
 */
async function previousOf(
  deps: AppDeps,
  user: SessionUser,
  assessment: Assessment,
  previousId: number,
): Promise<Assessment> {
  const previous = await findAssessment(deps.database.db, previousId)
  if (!previous || !roleIn(user, previous.organisationId)) {
    throw notFound('The assessment to compare with')
  }
  if (previous.id === assessment.id) {
    throw badRequest('An assessment cannot be compared with itself.', {
      previous: ['Choose an earlier assessment.'],
    })
  }
  if (previous.organisationId !== assessment.organisationId) {
    throw badRequest('Compare only with an assessment of the same organisation.', {
      previous: ['Choose an assessment of the same organisation.'],
    })
  }
  return previous
}

/** One year's result, by the method it was assessed with. */
type YearResult =
  | { method: 'matrix'; result: ComparableResult }
  | { method: 'double'; result: ComparableDouble }

/**
 * The two years compared by this year's method: a stakeholder matrix as `comparison`, double
 * materiality as `double`; across methods, by the material decisions only.
 */
export interface YearComparison {
  comparison: Comparison | null
  double: DoubleComparison | null
}

async function compareYears(
  deps: AppDeps,
  user: SessionUser,
  previous: Assessment,
  current: Assessment,
): Promise<YearComparison> {
  const before = await resultOf(deps, user, previous)
  const after = await resultOf(deps, user, current)
  if (after.method === 'double') {
    const double =
      before.method === 'double'
        ? compareDouble(before.result, after.result)
        : compareDoubleDecisions(before.result.issues, after.result)
    return { comparison: null, double }
  }
  const comparison =
    before.method === 'matrix'
      ? compareResults(before.result, after.result)
      : compareDecisions(before.result.topics, after.result)
  return { comparison, double: null }
}

/**
 * A year's result: what management confirmed (the latest version's snapshot) once there is a
 * confirmation, otherwise the live scores under the saved settings — the IRO register's for a
 * double-materiality assessment, the survey's for a stakeholder matrix.
 */
async function resultOf(
  deps: AppDeps,
  user: SessionUser,
  assessment: Assessment,
): Promise<YearResult> {
  const confirmation = await findLatestConfirmation(deps.database.db, assessment.id)
  if (confirmation) {
    const snapshot = openSnapshot(confirmation)
    const double = doubleFromSnapshot(snapshot)
    if (double) return { method: 'double', result: double }
    return { method: 'matrix', result: resultFromSnapshot(snapshot) }
  }
  if (assessment.method === 'double') {
    const { issues, result } = await readDoubleMateriality(deps.database.db, assessment)
    const names = new Map(issues.map((issue) => [String(issue.id), issue.names]))
    return { method: 'double', result: doubleFromResult(result, names) }
  }
  const sources = await loadMatrixSources(deps, user, assessment.id)
  const names = new Map(sources.issues.map((issue) => [String(issue.id), issue.names]))
  return { method: 'matrix', result: resultFromScores(computeMatrix(sources, {}), names) }
}
