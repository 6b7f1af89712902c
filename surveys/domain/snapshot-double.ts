/**
 * What a double-materiality snapshot seals besides the common parts (surveys/METHOD-MODE-B.md):
 * the formula and thresholds, the IRO register as it stood, every assessor's scores of every IRO,
 * the result computed from them and each topic's stakeholder views beside it. The disclosure and the evidence pack of a sealed version are
 * written from this, never from the live register.
 */

import type { TopicResult } from '../scoring/double-materiality.ts'
import type { TopicViewsBeside } from '../scoring/stakeholder-views.ts'
import type { DoubleMaterialitySettings } from './double-materiality.ts'
import type { Horizon, IroScores, IroType, ValueChainStage } from './iros.ts'

/** One IRO of the register with every attribute, as it stood at the confirmation. */
export interface SnapshotIro {
  id: string
  issueId: string
  type: IroType
  actual: boolean
  humanRights: boolean
  valueChain: ValueChainStage[]
  horizons: Horizon[]
  description: string
  affectedStakeholders: string[]
  evidence: { url?: string; note?: string }[]
  owner: string | null
}

/** One assessor's scores of one IRO, with who they are. */
export interface SnapshotIroScore {
  iroId: string
  assessor: { id: string; name: string; email: string }
  scores: IroScores
  updatedAt: string
}

/**
 * A topic's sealed result. `stakeholderViews` are the views the confirmation checked (issue 15.6);
 * snapshots sealed before they were recorded have none, and keep their bytes.
 */
export interface SnapshotTopic extends TopicResult {
  stakeholderViews?: TopicViewsBeside
}

export interface SnapshotDoubleMateriality {
  settings: DoubleMaterialitySettings
  iros: SnapshotIro[]
  scores: SnapshotIroScore[]
  /**
   * Every topic with its I_t, F_t, material flags, its IROs' results and (since they were
   * sealed) its stakeholder views, in display order.
   */
  topics: SnapshotTopic[]
}
