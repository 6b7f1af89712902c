import { listIssues } from '#db/queries/assessments'
import { listIroScores, listIros } from '#db/queries/iros'
import {
  DEFAULT_DOUBLE_MATERIALITY,
  type DoubleMaterialitySettings,
} from '#surveys/domain/double-materiality'
import type { ScoringIro } from '#surveys/domain/iros'
import { type IroResult, scoreDoubleMateriality } from '#surveys/scoring/double-materiality'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN } from './access.ts'
import { assertDoubleMateriality } from './iros.ts'

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
 * GET …/double-materiality: every topic at the highest impact and financial score of its IROs
 * (surveys/METHOD-MODE-B.md), live from the stored scores. Unscored is null, never 0.
 */
export async function getDoubleMateriality(deps: AppDeps, user: SessionUser, assessmentId: number) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  assertDoubleMateriality(assessment)
  const { db } = deps.database
  const [issues, iros, scores] = await Promise.all([
    listIssues(db, assessmentId),
    listIros(db, assessmentId),
    listIroScores(db, assessmentId),
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
  const names = new Map(issues.map((issue) => [String(issue.id), issue.names]))
  return {
    formula: settings.formula,
    ...thresholdsOf(settings),
    locked: assessment.status !== 'draft',
    topics: result.topics.map((topic) => ({
      issueId: topic.issueId,
      code: topic.code,
      names: names.get(topic.issueId),
      impact: topic.impact,
      financial: topic.financial,
      impactMaterial: topic.impactMaterial,
      financialMaterial: topic.financialMaterial,
      material: topic.material,
      iros: topic.iros.map(presentIroResult),
    })),
  }
}
