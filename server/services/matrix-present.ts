import { isWhatIf, type MatrixQuery } from '#surveys/schemas/matrix'
import { type MatrixView, matrixIssue } from '#surveys/schemas/matrix-view'
import type { MatrixScores } from '#surveys/scoring/score-matrix'
import { localeFor, type MatrixSources, settingsFor } from './matrix-scores.ts'

/** The JSON of GET /api/assessments/:id/matrix, in full precision. */
export function presentMatrix(
  sources: MatrixSources,
  scores: MatrixScores,
  query: MatrixQuery,
): MatrixView {
  const { assessment } = sources
  const locale = localeFor(assessment, query)
  const settings = settingsFor(assessment, query)
  const issuesById = new Map(sources.issues.map((issue) => [String(issue.id), issue]))
  const inView = sources.groups.filter((g) => query.group === undefined || g.key === query.group)
  const counts = new Map(sources.counts.map((row) => [row.groupId, row]))
  const counted = (groupId: number) => {
    const row = counts.get(groupId)
    if (!row) return 0
    return settings.excludeFlagged ? row.responses - row.flagged : row.responses
  }
  const byGroup = Object.fromEntries(inView.map((group) => [group.key, counted(group.id)]))
  return {
    assessment: { id: String(assessment.id), name: assessment.name, status: assessment.status },
    live: assessment.status === 'open',
    whatIf: isWhatIf(query),
    group: query.group ?? null,
    locale,
    scale: { min: 1, max: scores.scaleMax },
    rule: scores.rule,
    thresholds: scores.thresholds,
    cutPriority: scores.cutPriority,
    settings: { ...settings, weights: weightsInForce(sources, query) },
    groups: sources.groups.map((group) => ({
      key: group.key,
      name: group.names[locale],
      names: group.names,
      weight: group.weight,
      axes: group.axes,
      responses: counted(group.id),
    })),
    issues: scores.issues.flatMap((issue) => {
      const row = issuesById.get(issue.id)
      return row ? [matrixIssue(issue, row, locale)] : []
    }),
    responses: {
      total: Object.values(byGroup).reduce((sum, n) => sum + n, 0),
      flagged: inView.reduce((sum, group) => sum + (counts.get(group.id)?.flagged ?? 0), 0),
      byGroup,
    },
  }
}

function weightsInForce(sources: MatrixSources, query: MatrixQuery): Record<string, number> {
  return Object.fromEntries(
    sources.groups.map((group) => [group.key, query.weights?.[group.key] ?? group.weight]),
  )
}
