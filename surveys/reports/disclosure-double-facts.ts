import { isClimateTopic } from '../domain/climate.ts'
import type { CheckedDecision } from '../domain/confirmation.ts'
import type { DoubleMaterialitySettings } from '../domain/double-materiality.ts'
import {
  IRO_TYPES,
  type IroType,
  isImpact,
  VALUE_CHAIN_STAGES,
  type ValueChainStage,
} from '../domain/iros.ts'
import { materialIssues, type Snapshot, type SnapshotIssue } from '../domain/snapshot.ts'
import type { SnapshotDoubleMateriality, SnapshotIro } from '../domain/snapshot-double.ts'
import type { DoubleComparison } from '../domain/year-over-year-double.ts'
import type { IroResult, TopicResult } from '../scoring/double-materiality.ts'

/** An IRO with its topic and its sealed result. */
export interface IroFact {
  iro: SnapshotIro
  issue: SnapshotIssue
  result: IroResult | undefined
}

/** A topic decided material, with its sealed result. */
export interface TopicFact {
  issue: SnapshotIssue
  topic: TopicResult | undefined
}

/** The language-independent facts of the double-materiality sections, from a snapshot. */
export interface DoubleFacts {
  /** Against the previous period (year-over-year-double.ts); null: the first assessment. */
  comparison: DoubleComparison | null
  settings: DoubleMaterialitySettings
  topicCount: number
  iroCount: number
  byType: Record<IroType, number>
  humanRights: number
  /** Value-chain stages the register covers, in the standard's order. */
  stages: ValueChainStage[]
  assessors: number
  scores: number
  /** Survey responses sealed beside the scores (an input, not the decision). */
  responded: number
  groups: number
  material: TopicFact[]
  /** SBM-3: the material IROs of the material topics (all its IROs for a topic decided material against its scores). */
  materialIros: IroFact[]
  climate: {
    topics: SnapshotIssue[]
    /** Climate-related risks and opportunities. */
    financial: IroFact[]
    /** Those at or above their threshold. */
    financialMaterial: number
    impacts: IroFact[]
    /** Some climate topic is decided material. */
    material: boolean
    /** Climate topics decided not material, with the explanation management gave. */
    explanations: { issue: SnapshotIssue; decision: CheckedDecision }[]
  }
  /** Risks and opportunities of all topics, the set climate risks are prioritised within. */
  financialCount: number
  financialMaterialCount: number
}

/** Reads the double-materiality facts of a snapshot sealed with `doubleMateriality`. */
export function doubleFacts(
  snapshot: Snapshot,
  double: SnapshotDoubleMateriality,
  comparison: DoubleComparison | null = null,
): DoubleFacts {
  const issues = new Map(snapshot.issues.map((issue) => [issue.id, issue]))
  const results = new Map(double.topics.flatMap((t) => t.iros.map((iro) => [iro.id, iro])))
  const topics = new Map(double.topics.map((topic) => [topic.issueId, topic]))
  const facts: IroFact[] = double.iros.flatMap((iro) => {
    const issue = issues.get(iro.issueId)
    return issue ? [{ iro, issue, result: results.get(iro.id) }] : []
  })
  const material = materialIssues(snapshot).map((issue) => ({ issue, topic: topics.get(issue.id) }))
  const materialIros = material.flatMap(({ issue, topic }) => {
    const own = facts.filter((fact) => fact.iro.issueId === issue.id)
    const scored = own.filter((fact) => fact.result?.material)
    return topic?.material ? scored : own
  })
  const climate = facts.filter((fact) => isClimateTopic(fact.issue))
  const financial = facts.filter((fact) => !isImpact(fact.iro.type))
  const climateFinancial = climate.filter((fact) => !isImpact(fact.iro.type))
  const decisions = new Map(snapshot.decisions.map((d) => [d.issueId, d]))
  const climateTopics = snapshot.issues.filter(isClimateTopic)
  return {
    comparison,
    settings: double.settings,
    topicCount: snapshot.issues.length,
    iroCount: double.iros.length,
    byType: Object.fromEntries(
      IRO_TYPES.map((type) => [type, double.iros.filter((iro) => iro.type === type).length]),
    ) as Record<IroType, number>,
    humanRights: double.iros.filter((iro) => iro.humanRights).length,
    stages: VALUE_CHAIN_STAGES.filter((stage) =>
      double.iros.some((iro) => iro.valueChain.includes(stage)),
    ),
    assessors: new Set(double.scores.map((row) => row.assessor.id)).size,
    scores: double.scores.length,
    responded: snapshot.responses.count,
    groups: snapshot.groups.filter((group) => group.responded > 0).length,
    material,
    materialIros,
    climate: {
      topics: climateTopics,
      financial: climateFinancial,
      financialMaterial: climateFinancial.filter((fact) => fact.result?.material).length,
      impacts: climate.filter((fact) => isImpact(fact.iro.type)),
      material: climateTopics.some((issue) => decisions.get(issue.id)?.material),
      explanations: climateTopics.flatMap((issue) => {
        const decision = decisions.get(issue.id)
        return decision && !decision.material && decision.rationale ? [{ issue, decision }] : []
      }),
    },
    financialCount: financial.length,
    financialMaterialCount: financial.filter((fact) => fact.result?.material).length,
  }
}
