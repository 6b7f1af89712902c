import type { Aspect, AssessmentStatus, Axis, HkexMapping } from '../domain/model.ts'
import type { MaterialityRule, ScoringSettings } from '../domain/settings.ts'
import { borderlineOf, type Snapshot } from '../domain/snapshot.ts'
import type { Locale, LocalizedText } from '../i18n/locales.ts'
import type {
  AxisScore,
  GroupScore,
  IssueFlag,
  IssueScore,
  Thresholds,
  Tier,
} from '../scoring/score-matrix.ts'

/** The JSON of GET /api/assessments/:id/matrix, shared by server and client. */
export interface MatrixView {
  assessment: { id: string; name: string; status: AssessmentStatus }
  /** Open for responses: the scores change as responses arrive. */
  live: boolean
  /** Computed with what-if settings from the query, not the saved ones. */
  whatIf: boolean
  /** The one group in view, or null for all groups weighted. */
  group: string | null
  locale: Locale
  scale: { min: number; max: number }
  rule: MaterialityRule
  thresholds: Thresholds
  cutPriority: number | null
  settings: ScoringSettings & { weights: Record<string, number> }
  groups: MatrixGroup[]
  issues: MatrixIssue[]
  responses: { total: number; flagged: number; byGroup: Record<string, number> }
}

export interface MatrixGroup {
  key: string
  name: string
  names: LocalizedText
  /** The saved weight; settings.weights has the one in force. */
  weight: number
  axes: Axis[]
  responses: number
}

export type PerAxis<T> = Record<Axis, T>

export interface MatrixGroupScore {
  key: string
  n: number
  mean: number | null
  sd: number
  dontKnow: number
  eligible: boolean
}

export interface MatrixIssue {
  id: string
  code: string
  aspect: Aspect
  name: string
  names: LocalizedText
  hkex: HkexMapping
  impact: number | null
  stakeholder: number | null
  priority: number | null
  coverage: PerAxis<number>
  se: PerAxis<number | null>
  spread: PerAxis<number | null>
  n: PerAxis<number>
  dontKnow: PerAxis<number>
  tier: Tier
  rank: number | null
  flags: IssueFlag[]
  sensitivity: { pooled: Tier; equalWeights: Tier }
  groups: PerAxis<MatrixGroupScore[]>
}

/** What an issue row adds to its scores: the issue's metadata. */
export type IssueMeta = Pick<MatrixIssue, 'aspect' | 'names' | 'hkex'>

const perAxis = <T>(issue: IssueScore, pick: (axis: AxisScore) => T): PerAxis<T> => ({
  impact: pick(issue.impact),
  stakeholder: pick(issue.stakeholder),
})

/** An issue's scores as the matrix JSON shows them, with its names in `locale`. */
export function matrixIssue(issue: IssueScore, meta: IssueMeta, locale: Locale): MatrixIssue {
  return {
    id: issue.id,
    code: issue.code,
    aspect: meta.aspect,
    name: meta.names[locale],
    names: meta.names,
    hkex: meta.hkex,
    impact: issue.impact.score,
    stakeholder: issue.stakeholder.score,
    priority: issue.priority,
    coverage: perAxis(issue, (axis) => axis.coverage),
    se: perAxis(issue, (axis) => axis.se),
    spread: perAxis(issue, (axis) => axis.spread),
    n: perAxis(issue, (axis) => axis.n),
    dontKnow: perAxis(issue, (axis) => axis.dontKnow),
    tier: issue.tier,
    rank: issue.rank,
    flags: issue.flags,
    sensitivity: issue.sensitivity,
    groups: perAxis(issue, (axis) => axis.groups.map(groupScore)),
  }
}

function groupScore({ key, n, mean, sd, dontKnow, eligible }: GroupScore): MatrixGroupScore {
  return { key, n, mean, sd, dontKnow, eligible }
}

/**
 * A confirmed snapshot in the matrix JSON's shape, so the chart and table that draw the live
 * matrix draw the confirmed one too (disclosure page, print). Scores are the snapshot's, never
 * recomputed.
 */
export function snapshotMatrixView(
  snapshot: Snapshot,
  status: AssessmentStatus,
  locale: Locale,
): MatrixView {
  const { settings, result } = snapshot
  const byGroup = Object.fromEntries(snapshot.groups.map((g) => [g.key, g.responded]))
  return {
    assessment: { id: snapshot.assessment.id, name: snapshot.assessment.name, status },
    live: false,
    whatIf: false,
    group: null,
    locale,
    scale: { min: 1, max: result.scaleMax },
    rule: result.rule,
    thresholds: result.thresholds,
    cutPriority: result.cutPriority,
    settings: {
      scaleMax: settings.scaleMax,
      nMin: settings.nMin,
      excludeFlagged: settings.excludeFlagged,
      rule: settings.rule,
      threshold: settings.threshold,
      borderline: borderlineOf(settings),
      weights: Object.fromEntries(snapshot.groups.map((g) => [g.key, g.weight])),
    },
    groups: snapshot.groups.map((group) => ({
      key: group.key,
      name: group.names[locale],
      names: group.names,
      weight: group.weight,
      axes: group.axes,
      responses: group.responded,
    })),
    issues: snapshot.issues.map((issue) => matrixIssue(issue, issue, locale)),
    responses: {
      total: Object.values(byGroup).reduce((sum, n) => sum + n, 0),
      flagged: 0,
      byGroup,
    },
  }
}
