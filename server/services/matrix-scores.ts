import type { Assessment, AssessmentIssue, StakeholderGroup } from '#db/queries/assessments'
import type { SumRow } from '#db/queries/score-sums'
import type { ScoringSettings } from '#surveys/domain/settings'
import type { Locale } from '#surveys/i18n/locales'
import { type MatrixQuery, thresholdOf } from '#surveys/schemas/matrix'
import { type Aggregate, type MatrixScores, scoreMatrix } from '#surveys/scoring/score-matrix'
import { badRequest } from '../errors.ts'

/** What the matrix is computed from, read after folding new responses into the sums. */
export interface MatrixSources {
  assessment: Assessment
  issues: AssessmentIssue[]
  groups: StakeholderGroup[]
  sums: SumRow[]
  counts: { groupId: number; responses: number; flagged: number }[]
}

/** Scores the sources under the saved settings or the query's what-if ones, for all or one group. */
export function computeMatrix(sources: MatrixSources, query: MatrixQuery): MatrixScores {
  const groups = groupsInView(sources.groups, query.group)
  checkWeights(sources.groups, query.weights)
  const keyOf = new Map(groups.map((group) => [group.id, group.key]))
  const aggregates: Aggregate[] = []
  for (const row of sources.sums) {
    const groupKey = keyOf.get(row.groupId)
    if (groupKey === undefined) continue
    const { issueId, axis, n, sum, sumSquares, dontKnow } = row
    aggregates.push({ issueId: String(issueId), axis, groupKey, n, sum, sumSquares, dontKnow })
  }
  return scoreMatrix({
    issues: sources.issues.map((issue) => ({ id: String(issue.id), code: issue.code })),
    groups: groups.map(({ key, weight, axes }) => ({ key, weight, axes })),
    aggregates,
    settings: settingsFor(sources.assessment, query),
    ...(query.weights ? { weights: query.weights } : {}),
  })
}

/** The saved scoring settings with the query's what-if choices laid over them. */
export function settingsFor(assessment: Assessment, query: MatrixQuery): ScoringSettings {
  const saved = assessment.settings
  return {
    scaleMax: saved.scaleMax,
    nMin: saved.nMin,
    excludeFlagged: saved.excludeFlagged,
    rule: query.rule ?? saved.rule,
    threshold: thresholdOf(query) ?? saved.threshold,
    borderline: saved.borderline,
  }
}

/** The language names are given in: the query's, else the assessment's default. */
export function localeFor(assessment: Assessment, query: MatrixQuery): Locale {
  return query.locale ?? assessment.settings.defaultLocale
}

function groupsInView(groups: StakeholderGroup[], key: string | undefined): StakeholderGroup[] {
  if (key === undefined) return groups
  const group = groups.find((candidate) => candidate.key === key)
  if (!group) throw badRequest('Unknown group.', { group: ['No such stakeholder group here.'] })
  return [group]
}

function checkWeights(groups: StakeholderGroup[], weights: MatrixQuery['weights']) {
  const known = new Set(groups.map((group) => group.key))
  const unknown = Object.keys(weights ?? {}).filter((key) => !known.has(key))
  if (unknown.length > 0) {
    throw badRequest('Unknown group in weights.', {
      weights: [`No such group: ${unknown.join(', ')}.`],
    })
  }
}
