import type { Executor } from '#db/client'
import {
  type Assessment,
  listGroups,
  listIssues,
  type StakeholderGroup,
} from '#db/queries/assessments'
import { listIroScores, listIros } from '#db/queries/iros'
import { listScoreSums, type SumRow } from '#db/queries/score-sums'
import {
  DEFAULT_DOUBLE_MATERIALITY,
  type DoubleMaterialitySettings,
} from '#surveys/domain/double-materiality'
import type { ScoringIro } from '#surveys/domain/iros'
import { type IroResult, scoreDoubleMateriality } from '#surveys/scoring/double-materiality'
import {
  stakeholderViews,
  type TopicViews,
  viewsBesideScores,
} from '#surveys/scoring/stakeholder-views'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN } from './access.ts'
import { assertDoubleMateriality } from './iros.ts'
import { foldNewResponses } from './score-fold.ts'

/** The two thresholds of Mode B; the preset has one per IRO type instead (`typeThresholds`). */
function thresholdsOf(settings: DoubleMaterialitySettings) {
  if (settings.formula === 'mode-b') return { thresholds: settings.thresholds }
  return {
    thresholds: { impact: null, financial: null },
    typeThresholds: settings.thresholds,
  }
}

function presentIroResult(iro: IroResult) {
  return {
    id: iro.id,
    type: iro.type,
    impact: iro.impact,
    financial: iro.financial,
    severity: iro.severity,
    horizons: iro.horizons,
    material: iro.material,
    assessors: iro.assessors,
    disagreement: iro.disagreement,
    components: iro.components,
  }
}

/**
 * Each topic's stakeholder views (issue 15.6) from the folded survey sums, in the issues' order.
 */
export function topicViews(
  issues: readonly { id: number }[],
  groups: readonly StakeholderGroup[],
  sums: readonly SumRow[],
  settings: { nMin: number; scaleMax: number },
): TopicViews[] {
  return stakeholderViews({
    issues: issues.map((issue) => ({ id: String(issue.id) })),
    groups: groups.map(({ key, weight, axes }) => ({ key, weight, axes })),
    aggregates: sums.map(({ issueId, axis, groupId, n, sum, sumSquares, dontKnow }) => ({
      issueId: String(issueId),
      axis,
      groupKey: groups.find((group) => group.id === groupId)?.key ?? '',
      n,
      sum,
      sumSquares,
      dontKnow,
    })),
    settings,
  })
}

/**
 * The register, every assessor's scores and the result computed from them under the assessment's
 * locked formula, read with `db` (a transaction when confirming, so the sealed result is the one
 * the scores give at that moment).
 */
export async function readDoubleMateriality(
  db: Executor,
  assessment: Pick<Assessment, 'id' | 'settings'>,
) {
  const [issues, iros, scores] = await Promise.all([
    listIssues(db, assessment.id),
    listIros(db, assessment.id),
    listIroScores(db, assessment.id),
  ])
  const settings = assessment.settings.doubleMateriality ?? DEFAULT_DOUBLE_MATERIALITY
  const scoring: ScoringIro[] = iros.map((iro) => ({
    id: String(iro.id),
    issueId: String(iro.issueId),
    type: iro.type,
    actual: iro.actual,
    humanRights: iro.humanRights,
    horizons: iro.horizons,
    scores: scores
      .filter((row) => row.iroId === iro.id)
      .map((row) => ({ assessor: String(row.assessorId), scores: row.scores })),
  }))
  const result = scoreDoubleMateriality({
    issues: issues.map((issue) => ({ id: String(issue.id), code: issue.code })),
    iros: scoring,
    settings,
  })
  return { issues, iros, scores, settings, result }
}

/**
 * GET …/double-materiality: every topic at the highest impact and financial score of its IROs
 * (surveys/METHOD-MODE-B.md), live from the stored scores. Unscored is null, never 0.
 */
export async function getDoubleMateriality(deps: AppDeps, user: SessionUser, assessmentId: number) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  assertDoubleMateriality(assessment)
  await foldNewResponses(deps.database, assessmentId)
  const { db } = deps.database
  const [{ issues, settings, result }, groups, sums] = await Promise.all([
    readDoubleMateriality(db, assessment),
    listGroups(db, assessmentId),
    listScoreSums(db, assessmentId, assessment.settings.excludeFlagged),
  ])
  const views = topicViews(issues, groups, sums, assessment.settings)
  const names = new Map(issues.map((issue) => [String(issue.id), issue.names]))
  return {
    formula: settings.formula,
    ...thresholdsOf(settings),
    magnitudeBands: settings.magnitudeBands ?? null,
    locked: assessment.status !== 'draft',
    topics: result.topics.map((topic, index) => ({
      issueId: topic.issueId,
      code: topic.code,
      names: names.get(topic.issueId),
      impact: topic.impact,
      financial: topic.financial,
      impactMaterial: topic.impactMaterial,
      financialMaterial: topic.financialMaterial,
      material: topic.material,
      iros: topic.iros.map(presentIroResult),
      stakeholderViews: viewsBesideScores(topic, views[index]!),
    })),
  }
}
