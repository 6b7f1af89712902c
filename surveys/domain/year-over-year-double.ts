/**
 * Year-over-year comparison of a double-materiality assessment (surveys/METHOD-MODE-B.md §8):
 * topics matched by code; each topic's impact materiality I_t and financial materiality F_t
 * before, after and their difference, and its movement against the material set. Against a
 * stakeholder-matrix year only the material decisions are compared. Feeds the Δ table and the
 * arrows of the DM matrix and the disclosure's "changes from the previous period" sentence.
 */
import type { LocalizedText } from '../i18n/locales.ts'
import type { DoubleMaterialitySettings } from './double-materiality.ts'
import type { Snapshot } from './snapshot.ts'
import {
  type Change,
  change,
  type MaterialTopic,
  type Movement,
  movement,
  type Presence,
} from './year-over-year.ts'

export type Formula = DoubleMaterialitySettings['formula']

/** One topic of one year as the comparison reads it. */
export interface ComparableTopic extends MaterialTopic {
  impact: number | null
  financial: number | null
}

/** One double-materiality year's result. */
export interface ComparableDouble {
  formula: Formula
  topics: readonly ComparableTopic[]
}

export interface TopicChange {
  code: string
  /** This year's names; last year's for a dropped topic. */
  names: LocalizedText
  presence: Presence
  /** I_t before and after. */
  impact: Change
  /** F_t before and after. */
  financial: Change
  movement: Movement
  /** Last year's point (I_t, F_t), for an arrow on the matrix; null unless both were scored. */
  arrowFrom: { impact: number; financial: number } | null
}

export interface DoubleComparison {
  /**
   * `scores`: both years are double materiality and I_t, F_t are compared as they are.
   * `decisions`: the earlier year is a stakeholder matrix; only material decisions are compared
   * (every score change null, no arrows).
   */
  basis: 'scores' | 'decisions'
  /** null when the earlier year is a stakeholder matrix. */
  previousFormula: Formula | null
  currentFormula: Formula
  /** Both years are double materiality under different formulas: compared, but said. */
  formulaChanged: boolean
  /** This year's topics in this year's order, then the dropped ones. */
  topics: TopicChange[]
}

/**
 * The confirmed result of a double-materiality snapshot: I_t and F_t as sealed, material = what
 * management confirmed (its `order`). Null for a stakeholder-matrix snapshot.
 */
export function doubleFromSnapshot(snapshot: Snapshot): ComparableDouble | null {
  const double = snapshot.doubleMateriality
  if (!double) return null
  const material = new Set(snapshot.order)
  const names = new Map(snapshot.issues.map((issue) => [issue.id, issue.names]))
  const topics = double.topics.map((topic) => ({ ...topic, material: material.has(topic.issueId) }))
  return doubleFromResult({ settings: double.settings, topics }, names)
}

/** A live (unconfirmed) result, as GET …/double-materiality computes it: material = computed. */
export function doubleFromResult(
  result: {
    settings: { formula: Formula }
    topics: readonly {
      issueId: string
      code: string
      impact: number | null
      financial: number | null
      material: boolean
    }[]
  },
  names: ReadonlyMap<string, LocalizedText>,
): ComparableDouble {
  return {
    formula: result.settings.formula,
    topics: result.topics.map((topic) => ({
      code: topic.code,
      names: names.get(topic.issueId) ?? codeAsName(topic.code),
      impact: topic.impact,
      financial: topic.financial,
      material: topic.material,
    })),
  }
}

const codeAsName = (code: string): LocalizedText => ({ en: code, 'zh-Hant': code, 'zh-Hans': code })

/** Last year's double-materiality result against this year's, topic by topic (by code). */
export function compareDouble(
  previous: ComparableDouble,
  current: ComparableDouble,
): DoubleComparison {
  return {
    basis: 'scores',
    previousFormula: previous.formula,
    currentFormula: current.formula,
    formulaChanged: previous.formula !== current.formula,
    topics: topicChanges(previous.topics, current.topics),
  }
}

/** A stakeholder-matrix year (its material decisions) against this double-materiality year. */
export function compareDoubleDecisions(
  previous: readonly MaterialTopic[],
  current: ComparableDouble,
): DoubleComparison {
  const unscored = (topic: MaterialTopic): ComparableTopic => ({
    code: topic.code,
    names: topic.names,
    material: topic.material,
    impact: null,
    financial: null,
  })
  return {
    basis: 'decisions',
    previousFormula: null,
    currentFormula: current.formula,
    formulaChanged: false,
    topics: topicChanges(previous.map(unscored), current.topics.map(unscored)),
  }
}

function topicChanges(
  previous: readonly ComparableTopic[],
  current: readonly ComparableTopic[],
): TopicChange[] {
  const before = new Map(previous.map((topic) => [topic.code, topic]))
  const now = new Set(current.map((topic) => topic.code))
  const arrow = (old: ComparableTopic) =>
    old.impact === null || old.financial === null
      ? null
      : { impact: old.impact, financial: old.financial }
  const kept = current.map((topic): TopicChange => {
    const old = before.get(topic.code)
    return {
      code: topic.code,
      names: topic.names,
      presence: old ? 'both' : 'new',
      impact: change(old?.impact ?? null, topic.impact),
      financial: change(old?.financial ?? null, topic.financial),
      movement: movement(old?.material ?? false, topic.material),
      arrowFrom: old ? arrow(old) : null,
    }
  })
  const dropped = previous
    .filter((topic) => !now.has(topic.code))
    .map(
      (old): TopicChange => ({
        code: old.code,
        names: old.names,
        presence: 'dropped',
        impact: change(old.impact, null),
        financial: change(old.financial, null),
        movement: movement(old.material, false),
        arrowFrom: null,
      }),
    )
  return [...kept, ...dropped]
}
