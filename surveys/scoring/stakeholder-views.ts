import { type EsrsRole, esrsRoleOf } from '../domain/esrs-roles.ts'
import type { Axis } from '../domain/model.ts'
import { scoreAxis, scoreGroup } from './axis.ts'
import { atLeast } from './statistics.ts'
import type { Aggregate, ScoringGroup } from './types.ts'

/** An expert score and a stakeholder view this far apart need a written rationale (issue 15.6). */
export const STAKEHOLDER_GAP = 1

/** One view of one topic: Mode A's group-balanced score, rescaled to 1–5, and its groups. */
export interface StakeholderView {
  /** null when no group of this role has n_min answers (METHOD.md §3). */
  score: number | null
  /** Answers from the groups of this role. */
  n: number
  groups: { key: string; n: number; mean: number | null; eligible: boolean }[]
}

export interface TopicViews {
  issueId: string
  /** SV_I: the affected groups on the impact axis. */
  impact: StakeholderView
  /** SV_F: the primary users (investors, lenders) on the stakeholder axis. */
  financial: StakeholderView
}

/** Which groups and answers make each view (surveys/METHOD-MODE-B.md §6). */
const VIEWS: readonly { view: 'impact' | 'financial'; role: EsrsRole; axis: Axis }[] = [
  { view: 'impact', role: 'affected', axis: 'impact' },
  { view: 'financial', role: 'user', axis: 'stakeholder' },
]

const toFivePoints = (value: number, scaleMax: number) => 1 + ((value - 1) * 4) / (scaleMax - 1)

function viewOf(
  issueId: string,
  groups: readonly ScoringGroup[],
  sums: ReadonlyMap<string, Aggregate>,
  axis: Axis,
  settings: { nMin: number; scaleMax: number },
): StakeholderView {
  const scored = groups.map((group) =>
    scoreGroup(group, sums.get(`${issueId}|${axis}|${group.key}`), settings.nMin),
  )
  const result = scoreAxis(scored)
  return {
    score: result.score === null ? null : toFivePoints(result.score, settings.scaleMax),
    n: result.n,
    groups: scored.map(({ key, n, mean, eligible }) => ({
      key,
      n,
      mean: mean === null ? null : toFivePoints(mean, settings.scaleMax),
      eligible,
    })),
  }
}

/**
 * The stakeholder views beside the expert scores (METHODOLOGY.md Mode B, issue 15.6): for each
 * topic, the affected groups' answers on the impact axis (SV_I) and the primary users' answers
 * on the stakeholder axis — how it bears on their decisions about the company (SV_F) — each
 * aggregated as in Mode A (group-balanced means of groups with n_min answers, the groups'
 * weights) and rescaled from 1–K to the experts' 1–5.
 * @example stakeholderViews({ issues, groups, aggregates, settings: { nMin: 3, scaleMax: 5 } })
 */
export function stakeholderViews(input: {
  issues: readonly { id: string }[]
  groups: readonly ScoringGroup[]
  aggregates: readonly Aggregate[]
  settings: { nMin: number; scaleMax: number }
}): TopicViews[] {
  const sums = new Map(input.aggregates.map((a) => [`${a.issueId}|${a.axis}|${a.groupKey}`, a]))
  const sources = Object.fromEntries(
    VIEWS.map(({ view, role, axis }) => [
      view,
      input.groups.filter((group) => esrsRoleOf(group.key) === role && group.axes.includes(axis)),
    ]),
  ) as Record<'impact' | 'financial', ScoringGroup[]>
  return input.issues.map(({ id }) => ({
    issueId: id,
    impact: viewOf(id, sources.impact, sums, 'impact', input.settings),
    financial: viewOf(id, sources.financial, sums, 'stakeholder', input.settings),
  }))
}

/** How far an expert score and a view differ, and whether that needs a rationale. */
export interface ViewGap {
  /** expert − view; null when either is missing. */
  difference: number | null
  flagged: boolean
}

const gapOf = (expert: number | null, view: number | null): ViewGap => {
  if (expert === null || view === null) return { difference: null, flagged: false }
  const difference = expert - view
  return { difference, flagged: atLeast(Math.abs(difference), STAKEHOLDER_GAP) }
}

/**
 * The rule of issue 15.6: a topic whose impact score I_t and affected stakeholders' view SV_I,
 * or whose financial score F_t and users' view SV_F, differ by 1.0 or more needs a written
 * rationale when it is confirmed. A missing score or view flags nothing.
 * @example stakeholderGaps({ impact: 4, financial: null }, { impact: 2.8, financial: null }) // impact flagged
 */
export function stakeholderGaps(
  expert: { impact: number | null; financial: number | null },
  views: { impact: number | null; financial: number | null },
): { impact: ViewGap; financial: ViewGap; rationaleRequired: boolean } {
  const impact = gapOf(expert.impact, views.impact)
  const financial = gapOf(expert.financial, views.financial)
  return { impact, financial, rationaleRequired: impact.flagged || financial.flagged }
}

/** A topic's two views beside its expert scores, how far apart each is, and whether it needs a reason. */
export interface TopicViewsBeside {
  impact: StakeholderView & ViewGap
  financial: StakeholderView & ViewGap
  rationaleRequired: boolean
}

/**
 * The stakeholder views of a topic beside its scores I_t and F_t, as the result shows them and a
 * confirmation seals them: each view with its difference and flag, and the topic's rule.
 * @example viewsBesideScores({ impact: 4, financial: null }, views) // { impact: { score: 2.8, …, flagged: true }, … }
 */
export function viewsBesideScores(
  expert: { impact: number | null; financial: number | null },
  views: TopicViews,
): TopicViewsBeside {
  const gaps = stakeholderGaps(expert, {
    impact: views.impact.score,
    financial: views.financial.score,
  })
  return {
    impact: { ...views.impact, ...gaps.impact },
    financial: { ...views.financial, ...gaps.financial },
    rationaleRequired: gaps.rationaleRequired,
  }
}
