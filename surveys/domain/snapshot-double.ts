/**
 * What a double-materiality snapshot seals besides the common parts (surveys/METHOD-MODE-B.md):
 * the formula and thresholds, the IRO register as it stood, every assessor's scores of every IRO,
 * the result computed from them and each topic's stakeholder views beside it. The disclosure and the evidence pack of a sealed version are
 * written from this, never from the live register.
 */

import type { TopicResult } from '../scoring/double-materiality.ts'
import { rankTopics } from '../scoring/double-materiality-rank.ts'
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
 * A topic's sealed result. `rank` is its place in the result (surveys/METHOD-MODE-B.md §9; null:
 * neither dimension scored) and `stakeholderViews` the views the confirmation checked (issue
 * 15.6); snapshots sealed before they were recorded have neither, and keep their bytes.
 */
export interface SnapshotTopic extends TopicResult {
  rank?: number | null
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

/**
 * Each sealed topic's rank: as sealed, or for a version sealed before ranks were, by the same rule
 * from its sealed scores (surveys/METHOD-MODE-B.md §9). A topic without a rank is left out.
 */
export function sealedRanks(double: SnapshotDoubleMateriality): Map<string, number> {
  if (!double.topics.some((topic) => topic.rank !== undefined)) return rankTopics(double.topics)
  return new Map(
    double.topics.flatMap((topic) =>
      typeof topic.rank === 'number' ? [[topic.issueId, topic.rank]] : [],
    ),
  )
}
