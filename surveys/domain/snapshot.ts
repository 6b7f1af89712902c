/**
 * The confirmed result (README, "Confirmation, approval and the report"): everything needed to
 * reproduce and report it — settings, groups and weights, every score, thresholds, decisions,
 * order, who and when — as one JSON document. The server stores `canonicalJson(snapshot)` and its
 * SHA-256; the disclosure draft, the evidence pack and year-over-year comparisons are built from
 * it, never from live data.
 */

import type { LocalizedText } from '../i18n/locales.ts'
import type { IssueScore, MatrixScores } from '../scoring/score-matrix.ts'
import type { CheckedDecision } from './confirmation.ts'
import type { Aspect, Axis, HkexMapping } from './model.ts'
import type { FieldedQuestionnaire } from './questionnaire.ts'
import type { SealedResponses } from './sealed-responses.ts'
import { type AssessmentSettings, type BorderlineSettings, DEFAULT_BORDERLINE } from './settings.ts'
import type { SnapshotDoubleMateriality } from './snapshot-double.ts'

export { canonicalJson } from './canonical-json.ts'

/** Written into every snapshot; a reader refuses a format it does not know. */
export const SNAPSHOT_FORMAT = 'materiality.snapshot/1'

/** Where the candidate issues came from (step 1, identify); the disclosure names them. */
export const ISSUE_SOURCES = [
  'hkex-guide',
  'stakeholder-engagement',
  'business-context',
  'gri-standards',
  'industry-peers',
] as const
export type IssueSource = (typeof ISSUE_SOURCES)[number]

/** The three sources the source report names for its 33 issues. */
export const DEFAULT_ISSUE_SOURCES: readonly IssueSource[] = [
  'hkex-guide',
  'stakeholder-engagement',
  'business-context',
]

/** An issue with its metadata and its scores exactly as scoreMatrix returned them. */
export interface SnapshotIssue extends IssueScore {
  aspect: Aspect
  names: LocalizedText
  hkex: HkexMapping
  gri: string[]
}

export interface SnapshotGroup {
  key: string
  names: LocalizedText
  channels: LocalizedText
  weight: number
  axes: Axis[]
  /** Single-use invitations issued; null when the group answered through an open link only. */
  invited: number | null
  /** Submitted responses that count in the scores. */
  responded: number
}

/** Survey links issued on one UTC day for one group, kind, response cap and expiry day. */
export interface LinkIssue {
  issuedOn: string
  groupKey: string
  kind: string
  links: number
  maxResponses: number | null
  expiresOn: string | null
  /** Of these, revoked when the version was confirmed. */
  revoked: number
}

export interface SnapshotPerson {
  id: string
  name: string
  email: string
}

/**
 * The settings as sealed. Snapshots sealed before the borderline band became a setting have no
 * `borderline`: they used the default band, max(0.10, 1.96·SE) (see borderlineOf).
 */
export type SnapshotSettings = Omit<AssessmentSettings, 'borderline'> & {
  borderline?: BorderlineSettings
}

/** The band a snapshot's tiers were computed with. */
export function borderlineOf(settings: SnapshotSettings): BorderlineSettings {
  return settings.borderline ?? DEFAULT_BORDERLINE
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT
  assessment: {
    id: string
    name: string
    organisation: { id: string; name: string }
    periodStart: string | null
    periodEnd: string | null
  }
  identification: { library: string | null; sources: IssueSource[] }
  survey: { openedAt: string | null; closedAt: string | null }
  settings: SnapshotSettings
  /**
   * Every submitted response the scores were computed from: all those stored when the result
   * was confirmed. The evidence pack of this version holds exactly these (checked by digest).
   */
  responses: SealedResponses
  /**
   * The questionnaire as fielded, in every language offered: stems, scale labels, groups and
   * issue descriptions. Snapshots sealed before it was recorded have none.
   */
  questionnaire?: FieldedQuestionnaire
  /**
   * The survey links issued up to the confirmation, per UTC day, group, kind, cap and expiry
   * (counts only). Snapshots sealed before they were recorded have none.
   */
  links?: LinkIssue[]
  /**
   * A double-materiality assessment's register, scores and result (absent for the stakeholder
   * matrix): the decisions' computed tiers come from this, not from the survey's scores.
   */
  doubleMateriality?: SnapshotDoubleMateriality
  result: Omit<MatrixScores, 'issues'>
  groups: SnapshotGroup[]
  /** In rank order, as MatrixScores lists them. */
  issues: SnapshotIssue[]
  /** One per issue, in the order of `issues`. */
  decisions: CheckedDecision[]
  /** The confirmed material issues, most important first (issue ids). */
  order: string[]
  version: number
  /** The SHA-256 of the version before, so versions form a chain; null for version 1. */
  previousHash: string | null
  confirmedBy: SnapshotPerson
  confirmedAt: string
}

export type IssueMetadata = Pick<SnapshotIssue, 'id' | 'code' | 'aspect' | 'names' | 'hkex' | 'gri'>

export interface SnapshotInput
  extends Omit<Snapshot, 'format' | 'result' | 'issues' | 'identification'> {
  scores: MatrixScores
  issues: readonly IssueMetadata[]
  identification?: Partial<Snapshot['identification']>
}

/**
 * Assembles a snapshot from the scores and the issues' metadata (joined by id). Issues come in
 * the scores' order; anything the scores do not list is left out.
 */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { scores, issues, identification, ...rest } = input
  const metadata = new Map(issues.map((issue) => [issue.id, issue]))
  const { issues: scored, ...result } = scores
  return {
    format: SNAPSHOT_FORMAT,
    ...rest,
    identification: {
      library: identification?.library ?? null,
      sources: [...(identification?.sources ?? DEFAULT_ISSUE_SOURCES)],
    },
    result,
    issues: scored.map((score) => {
      const meta = metadata.get(score.id)
      if (!meta) throw new Error(`buildSnapshot: no metadata for issue ${score.id}`)
      const { aspect, names, hkex, gri } = meta
      return { ...score, aspect, names, hkex, gri }
    }),
  }
}

/** Reads a stored snapshot back; throws on text that is not a snapshot of a known format. */
export function readSnapshot(text: string): Snapshot {
  const value: unknown = JSON.parse(text)
  const format = (value as { format?: unknown } | null)?.format
  if (format !== SNAPSHOT_FORMAT) throw new Error(`Unknown snapshot format: ${String(format)}`)
  return value as Snapshot
}

/** The confirmed material issues of a snapshot, in the confirmed order. */
export function materialIssues(snapshot: Snapshot): SnapshotIssue[] {
  const byId = new Map(snapshot.issues.map((issue) => [issue.id, issue]))
  return snapshot.order.flatMap((id) => byId.get(id) ?? [])
}

/**
 * The decisions management made by judgement, with their issues, in rank order: overrides of the
 * computed tier, and review issues (borderline, one axis, low coverage or no data).
 */
export function judgements(
  snapshot: Snapshot,
): { issue: SnapshotIssue; decision: CheckedDecision }[] {
  const byId = new Map(snapshot.issues.map((issue) => [issue.id, issue]))
  return snapshot.decisions.flatMap((decision) => {
    const issue = byId.get(decision.issueId)
    const judged = decision.override || decision.computedTier === 'review'
    return issue && judged ? [{ issue, decision }] : []
  })
}
