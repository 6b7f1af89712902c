/** The JSON of the confirmation, approval and disclosure endpoints, shared by server and client. */

import type { ComputedIssue, DraftDecision } from '../domain/confirmation.ts'
import type { AssessmentStatus } from '../domain/model.ts'
import type { Snapshot } from '../domain/snapshot.ts'
import type { Locale } from '../i18n/locales.ts'
import type { DisclosureSection } from '../reports/disclosure.ts'
import type { DmFigureData } from '../reports/dm-figure-sealed.ts'
import type { ApprovalBody } from './confirmation.ts'
import type { MatrixView } from './matrix-view.ts'

export interface Person {
  name: string
  email: string
}

/** Why the current user may not decide on the latest version, or null when they may. */
export type ApproveBlock = 'notApprover' | 'ownConfirmation' | 'notConfirmed'

export interface ApprovalSummary {
  decision: ApprovalBody['decision']
  comment: string
  decidedAt: string
  decidedBy: Person
  selfApproved: boolean
  /** The decider was made an approver (or admin) by the confirmer after the confirmation. */
  appointedByConfirmer: boolean
}

export interface VersionSummary {
  version: number
  hash: string
  confirmedAt: string
  confirmedBy: Person
  /** Issues decided material. */
  material: number
  /** Decisions that depart from the computed tier. */
  overrides: number
  approval: ApprovalSummary | null
}

/**
 * A double-materiality topic's proposal, with its scores (I_t, F_t; null when unscored) and its
 * rank in the result (surveys/METHOD-MODE-B.md §9; null when neither is scored).
 */
export interface ProposedTopic extends ComputedIssue {
  impact: number | null
  financial: number | null
  rank: number | null
}

/** GET /api/assessments/:id/confirmation */
export interface ConfirmationState {
  status: AssessmentStatus
  can: {
    confirm: boolean
    approve: boolean
    approveBlocked: ApproveBlock | null
    /** Approving now would be recorded as self-approved (a one-person organisation). */
    selfApproval: boolean
    /** Approving now would be recorded as by an approver the confirmer appointed after confirming. */
    appointedByConfirmer: boolean
  }
  /** Where a new confirmation starts (after a return: the previous decisions); null when closed to it. */
  starting: { decisions: DraftDecision[]; order: string[] } | null
  /**
   * Double materiality, while closed: each topic's proposal from the double-materiality result
   * and whether it must be explained if not material (climate). Null for the stakeholder matrix,
   * whose proposals are the matrix tiers.
   */
  computed: ProposedTopic[] | null
  /** Newest first. */
  versions: VersionSummary[]
}

/** GET/PUT /api/assessments/:id/confirmation/draft: the shared working copy of the decisions. */
export interface ConfirmationDraft {
  decisions: DraftDecision[]
  order: string[]
  /** 0 while nothing has been saved; each save adds 1. */
  version: number
  updatedAt: string | null
  updatedBy: Person | null
}

/** GET /api/assessments/:id/confirmations/:version */
export interface ConfirmedVersion {
  version: number
  hash: string
  snapshot: Snapshot
}

/** POST /api/assessments/:id/confirmation → 201 */
export interface ConfirmationCreated {
  version: number
  hash: string
}

/** POST /api/assessments/:id/approval → 201 */
export interface ApprovalCreated {
  version: number
  decision: ApprovalBody['decision']
  status: AssessmentStatus
  selfApproved: boolean
  /** See ApprovalSummary.appointedByConfirmer. */
  appointedByConfirmer: boolean
}

/** GET /api/assessments/:id/disclosure */
export interface DisclosureView {
  locale: Locale
  /** The assessment's name in the report's language (its own form there, else its name). */
  name: string
  version: number
  hash: string
  approved: boolean
  sections: DisclosureSection[]
  /** The confirmed snapshot as matrix JSON, for the figure. */
  matrix: MatrixView
  /** A double-materiality version's sealed result, for its figure; null for the matrix. */
  doubleMateriality: DmFigureData | null
}
