/**
 * Year-over-year comparison (surveys/METHOD.md §11 on scales): issues are matched by code;
 * scores are compared as they are when both years used the same scale, and on the normalised
 * scale x̃ = (x − 1)/(K − 1) when K changed. Feeds the matrix arrows, the Δ table and the
 * GRI 3-2 "changes from the previous period" sentence.
 */
import type { LocalizedText } from '../i18n/locales.ts'
import type { MatrixScores } from '../scoring/score-matrix.ts'
import type { Snapshot } from './snapshot.ts'

/** One year's result as the comparison reads it. */
export interface ComparableIssue {
  code: string
  names: LocalizedText
  impact: number | null
  stakeholder: number | null
  priority: number | null
  rank: number | null
  material: boolean
}

export interface ComparableResult {
  scaleMax: number
  issues: readonly ComparableIssue[]
}

export interface Change {
  before: number | null
  after: number | null
  /** after − before; null unless both exist. */
  delta: number | null
}

export type Presence = 'both' | 'new' | 'dropped'
/** Against the material set: entered or left it, stayed in it, or stayed out of it. */
export type Movement = 'entered' | 'left' | 'stayed' | 'out'

export interface IssueChange {
  code: string
  /** This year's names; last year's for a dropped issue. */
  names: LocalizedText
  presence: Presence
  impact: Change
  stakeholder: Change
  priority: Change
  /** `delta` is before − after: positive means the issue moved up the ranking. */
  rank: Change
  movement: Movement
  /** Last year's position on this year's scale, for an arrow on the matrix; null if unplotted. */
  arrowFrom: { impact: number; stakeholder: number } | null
}

export interface Comparison {
  /**
   * `normalised` when the scales differ: before/after/delta are then x̃ in 0..1. `decisions` when
   * the other year is a double-materiality assessment (surveys/METHOD-MODE-B.md §8): only the
   * material decisions are compared, every score change is null and there are no arrows.
   */
  basis: 'raw' | 'normalised' | 'decisions'
  previousScaleMax: number
  currentScaleMax: number
  /** This year's issues in this year's order, then the dropped ones. */
  issues: IssueChange[]
}

/** The confirmed result of a snapshot: material = what management confirmed. */
export function resultFromSnapshot(snapshot: Snapshot): ComparableResult {
  const material = new Set(snapshot.order)
  return {
    scaleMax: snapshot.result.scaleMax,
    issues: snapshot.issues.map((issue) => ({
      code: issue.code,
      names: issue.names,
      impact: issue.impact.score,
      stakeholder: issue.stakeholder.score,
      priority: issue.priority,
      rank: issue.rank,
      material: material.has(issue.id),
    })),
  }
}

/** A live (unconfirmed) result: material = the computed tier. */
export function resultFromScores(
  scores: MatrixScores,
  names: ReadonlyMap<string, LocalizedText>,
): ComparableResult {
  return {
    scaleMax: scores.scaleMax,
    issues: scores.issues.map((issue) => ({
      code: issue.code,
      names: names.get(issue.id) ?? {
        en: issue.code,
        'zh-Hant': issue.code,
        'zh-Hans': issue.code,
      },
      impact: issue.impact.score,
      stakeholder: issue.stakeholder.score,
      priority: issue.priority,
      rank: issue.rank,
      material: issue.tier === 'material',
    })),
  }
}

/**
 * x on a 1..from scale moved to a 1..to scale through x̃ = (x − 1)/(from − 1).
 * @example rescale(4, 5, 7) // 5.5
 */
export function rescale(value: number, from: number, to: number): number {
  return 1 + ((value - 1) / (from - 1)) * (to - 1)
}

/** x̃ = (x − 1)/(K − 1), 0..1. */
export function normalise(value: number, scaleMax: number): number {
  return (value - 1) / (scaleMax - 1)
}

/** Compares last year's result with this year's, issue by issue (matched by code). */
export function compareResults(previous: ComparableResult, current: ComparableResult): Comparison {
  const basis = previous.scaleMax === current.scaleMax ? 'raw' : 'normalised'
  const on = (scaleMax: number) => (value: number | null) =>
    value === null || basis === 'raw' ? value : normalise(value, scaleMax)
  const was = on(previous.scaleMax)
  const is = on(current.scaleMax)
  const before = new Map(previous.issues.map((issue) => [issue.code, issue]))
  const now = new Set(current.issues.map((issue) => issue.code))
  const arrow = (old: ComparableIssue) =>
    old.impact === null || old.stakeholder === null
      ? null
      : {
          impact: rescale(old.impact, previous.scaleMax, current.scaleMax),
          stakeholder: rescale(old.stakeholder, previous.scaleMax, current.scaleMax),
        }
  const issues = current.issues.map((issue): IssueChange => {
    const old = before.get(issue.code)
    return {
      code: issue.code,
      names: issue.names,
      presence: old ? 'both' : 'new',
      impact: change(was(old?.impact ?? null), is(issue.impact)),
      stakeholder: change(was(old?.stakeholder ?? null), is(issue.stakeholder)),
      priority: change(was(old?.priority ?? null), is(issue.priority)),
      rank: rankChange(old?.rank ?? null, issue.rank),
      movement: movement(old?.material ?? false, issue.material),
      arrowFrom: old ? arrow(old) : null,
    }
  })
  const dropped = previous.issues
    .filter((issue) => !now.has(issue.code))
    .map(
      (old): IssueChange => ({
        code: old.code,
        names: old.names,
        presence: 'dropped',
        impact: change(was(old.impact), null),
        stakeholder: change(was(old.stakeholder), null),
        priority: change(was(old.priority), null),
        rank: rankChange(old.rank, null),
        movement: movement(old.material, false),
        arrowFrom: null,
      }),
    )
  return {
    basis,
    previousScaleMax: previous.scaleMax,
    currentScaleMax: current.scaleMax,
    issues: [...issues, ...dropped],
  }
}

/** What the two methods share: a topic, matched by code, and whether it is material. */
export interface MaterialTopic {
  code: string
  names: LocalizedText
  material: boolean
}

/**
 * This stakeholder-matrix year against a double-materiality year (either way round): the
 * material decisions only, as the two methods' scores measure different things.
 */
export function compareDecisions(
  previous: readonly MaterialTopic[],
  current: ComparableResult,
): Comparison {
  const unscored = (topic: MaterialTopic): ComparableIssue => ({
    code: topic.code,
    names: topic.names,
    impact: null,
    stakeholder: null,
    priority: null,
    rank: null,
    material: topic.material,
  })
  const compared = compareResults(
    { scaleMax: current.scaleMax, issues: previous.map(unscored) },
    { scaleMax: current.scaleMax, issues: current.issues.map(unscored) },
  )
  return { ...compared, basis: 'decisions' }
}

/** before → after, and after − before when both exist. */
export function change(before: number | null, after: number | null): Change {
  const delta = before === null || after === null ? null : after - before
  return { before, after, delta }
}

function rankChange(before: number | null, after: number | null): Change {
  const delta = before === null || after === null ? null : before - after
  return { before, after, delta }
}

/** Where a topic went against the material set, from last year's decision to this year's. */
export function movement(before: boolean, after: boolean): Movement {
  if (before && after) return 'stayed'
  if (after) return 'entered'
  if (before) return 'left'
  return 'out'
}

/** The issues (or topics) that entered and left the material set, and how many stayed. */
export function materialChanges<T extends { movement: Movement }>(changes: readonly T[]) {
  const by = (wanted: Movement) => changes.filter((i) => i.movement === wanted)
  return { entered: by('entered'), left: by('left'), stayed: by('stayed').length }
}
