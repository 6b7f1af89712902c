import type { Aspect, AssessmentStatus, Axis, HkexMapping } from './domain.ts'
import type { Locale, LocalizedText } from './locales.ts'
import type { IssueFlag, Thresholds, Tier } from './scoring.ts'
import type { MaterialityRule, ScoringSettings } from './settings.ts'

/** The JSON of GET /api/assessments/:id/matrix (DESIGN §6), shared by server and client. */
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
