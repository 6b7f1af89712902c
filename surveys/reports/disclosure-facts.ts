import { ASPECTS, type Aspect } from '../domain/model.ts'
import { type FieldedQuestionnaire, fieldedQuestionnaire } from '../domain/questionnaire.ts'
import type { ThresholdSettings } from '../domain/settings.ts'
import {
  type IssueSource,
  judgements,
  materialIssues,
  type Snapshot,
  type SnapshotIssue,
} from '../domain/snapshot.ts'
import type { Comparison } from '../domain/year-over-year.ts'
import type { LocalizedText } from '../i18n/locales.ts'
import { compareCodes } from '../scoring/ranking.ts'

/** What happened after the confirmation: the board's decision, if it has approved. */
export interface BoardApproval {
  approvedAt: string
  /** The confirmer approved it too, as the organisation's only approver (see approval.ts). */
  selfApproved: boolean
  /** The approver owes the right to approve to the confirmer, given after the confirmation. */
  appointedByConfirmer?: boolean
}

/**
 * Who the disclosure may say approved: the board only when the approval was independent of the
 * confirmation; otherwise the confirmer themselves, or an approver the confirmer appointed after.
 */
export type ApprovedBy = 'board' | 'confirmer' | 'appointee'

/** @example approvedBy({ approvedAt, selfApproved: false, appointedByConfirmer: true }) // 'appointee' */
export function approvedBy(approval: BoardApproval): ApprovedBy {
  if (approval.selfApproved) return 'confirmer'
  return approval.appointedByConfirmer ? 'appointee' : 'board'
}

export interface GroupFact {
  names: LocalizedText
  channels: LocalizedText
  invited: number | null
  responded: number
  /** responded / invited; null when invitations are not counted (open links). */
  rate: number | null
  /** weight / Σ weights. */
  share: number
}

/** The language-independent facts of a disclosure, read from a snapshot. */
export interface DisclosureFacts {
  periodEnd: string | null
  /** HKEX renamed the Guide the "ESG Reporting Code" for periods from 1 January 2025. */
  reportingCode: boolean
  issueCount: number
  sources: IssueSource[]
  /**
   * A double-materiality assessment's topic list: the sustainability matters of ESRS 1 AR 16
   * or the HKEX guide's issues; null for the stakeholder matrix.
   */
  doubleLibrary: 'esrs' | 'hkex' | null
  aspects: { aspect: Aspect; issues: SnapshotIssue[] }[]
  groups: GroupFact[]
  equalWeights: boolean
  silentGroups: GroupFact[]
  responded: number
  survey: { openedAt: string | null; closedAt: string | null }
  scaleMax: number
  /** The scale's labels and the "don't know" answer as respondents saw them (sealed). */
  scale: FieldedQuestionnaire['scale']
  nMin: number
  threshold: ThresholdSettings
  rule: Snapshot['result']['rule']
  thresholds: Snapshot['result']['thresholds']
  cutPriority: number | null
  material: SnapshotIssue[]
  judgements: ReturnType<typeof judgements>
  overrideCount: number
  confirmedAt: string
  approval: BoardApproval | null
  /** Who approved (null while pending): the templates claim the Board only for 'board'. */
  approvedBy: ApprovedBy | null
  comparison: Comparison | null
}

const CODE_FROM = '2025-01-01'

/** Reads the facts a disclosure states from a confirmed snapshot. */
export function disclosureFacts(
  snapshot: Snapshot,
  approval: BoardApproval | null,
  comparison: Comparison | null,
): DisclosureFacts {
  const { assessment, result, settings } = snapshot
  const totalWeight = snapshot.groups.reduce((sum, group) => sum + group.weight, 0)
  const groups = snapshot.groups.map(
    (group): GroupFact => ({
      names: group.names,
      channels: group.channels,
      invited: group.invited,
      responded: group.responded,
      rate: group.invited ? group.responded / group.invited : null,
      share: totalWeight > 0 ? group.weight / totalWeight : 0,
    }),
  )
  const decided = judgements(snapshot)
  return {
    periodEnd: assessment.periodEnd,
    reportingCode: (assessment.periodStart ?? assessment.periodEnd ?? '') >= CODE_FROM,
    issueCount: snapshot.issues.length,
    sources: snapshot.identification.sources,
    doubleLibrary: snapshot.doubleMateriality
      ? (snapshot.identification.library ?? '').startsWith('esrs')
        ? 'esrs'
        : 'hkex'
      : null,
    aspects: ASPECTS.map((aspect) => ({
      aspect,
      issues: byCode(snapshot.issues.filter((issue) => issue.aspect === aspect)),
    })).filter((entry) => entry.issues.length > 0),
    groups,
    equalWeights: snapshot.groups.every((group) => group.weight === snapshot.groups[0]?.weight),
    silentGroups: groups.filter((group) => group.responded === 0),
    responded: groups.reduce((sum, group) => sum + group.responded, 0),
    survey: snapshot.survey,
    scaleMax: result.scaleMax,
    // Snapshots sealed before the questionnaire was: the labels the survey has always shown.
    scale:
      snapshot.questionnaire?.scale ??
      fieldedQuestionnaire({ scaleMax: result.scaleMax, groups: [], issues: [] }).scale,
    nMin: settings.nMin,
    threshold: settings.threshold,
    rule: result.rule,
    thresholds: result.thresholds,
    cutPriority: result.cutPriority,
    material: materialIssues(snapshot),
    judgements: decided,
    overrideCount: decided.filter((entry) => entry.decision.override).length,
    confirmedAt: snapshot.confirmedAt,
    approval,
    approvedBy: approval && approvedBy(approval),
    comparison,
  }
}

/** Issues in code order ("2" before "10"), for the candidate list. */
export function byCode(issues: readonly SnapshotIssue[]): SnapshotIssue[] {
  return [...issues].sort((a, b) => compareCodes(a.code, b.code))
}
