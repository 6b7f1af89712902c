/**
 * A second implementation of the scoring method, written from surveys/METHOD.md alone. It imports
 * nothing of the scorer (surveys/scoring*): tests hold the scorer, the document and the evidence
 * pack to each other with it. Section numbers refer to METHOD.md.
 */

export type MethodAxis = 'impact' | 'stakeholder'
const AXES: MethodAxis[] = ['impact', 'stakeholder']
const EPS = 1e-9

export interface MethodSettings {
  K: number
  nMin: number
  threshold:
    | { mode: 'percentile'; p: number }
    | { mode: 'absolute'; impact: number; stakeholder: number }
    | { mode: 'topN'; n: number }
  rule: 'both' | 'either' | 'impactOnly'
  band: { mode: 'se'; k: number } | { mode: 'fixed'; width: number } | { mode: 'off' }
}

export interface MethodGroup {
  key: string
  weight: number
  axes: readonly MethodAxis[]
}

/** Integer sums of one group's answers on one issue and axis. */
export interface MethodSums {
  n: number
  sum: number
  sumSquares: number
  dk: number
}

export interface MethodInput {
  settings: MethodSettings
  issues: readonly { id: string; code: string }[]
  groups: readonly MethodGroup[]
  /** Keyed by sumsKey(issueId, axis, groupKey); missing = no answers. */
  sums: ReadonlyMap<string, MethodSums>
}

export interface MethodAxisResult {
  score: number | null
  coverage: number
  se: number | null
  spread: number | null
  n: number
  dk: number
}

export interface MethodIssue {
  id: string
  code: string
  impact: MethodAxisResult
  stakeholder: MethodAxisResult
  priority: number | null
  rank: number | null
  tier: 'material' | 'review' | 'not-material'
  flags: string[]
}

export interface MethodResult {
  thresholds: Record<MethodAxis, number | null>
  cutPriority: number | null
  issues: MethodIssue[]
}

export const sumsKey = (issueId: string, axis: MethodAxis, groupKey: string) =>
  `${issueId}|${axis}|${groupKey}`

const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0)

/** §2: one group on one issue and axis. */
function groupOn(sums: MethodSums | undefined, weight: number, nMin: number) {
  const { n, sum, sumSquares, dk } = sums ?? { n: 0, sum: 0, sumSquares: 0, dk: 0 }
  const mean = n === 0 ? null : sum / n
  const sd = n < 2 ? 0 : Math.sqrt(Math.max(0, (n * sumSquares - sum * sum) / (n * (n - 1))))
  return { weight, n, dk, mean, sd, eligible: mean !== null && n >= nMin && weight > 0 }
}

/** §3: one issue on one axis. */
function axisOn(groups: ReturnType<typeof groupOn>[]): MethodAxisResult {
  const eligible = groups.filter((g) => g.eligible)
  const sourceWeight = sumOf(groups.map((g) => g.weight))
  const W = sumOf(eligible.map((g) => g.weight))
  const base = {
    coverage: sourceWeight === 0 ? 0 : W / sourceWeight,
    n: sumOf(groups.map((g) => g.n)),
    dk: sumOf(groups.map((g) => g.dk)),
  }
  if (eligible.length === 0) return { ...base, score: null, se: null, spread: null }
  const means = eligible.map((g) => g.mean!)
  return {
    ...base,
    score: sumOf(eligible.map((g) => g.weight * g.mean!)) / W,
    se: Math.sqrt(sumOf(eligible.map((g) => ((g.weight / W) ** 2 * g.sd ** 2) / g.n))),
    spread: Math.max(...means) - Math.min(...means),
  }
}

/** §5: the type-7 quantile of ascending values. */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p
  const j = Math.floor(h)
  const next = sorted[Math.min(j + 1, sorted.length - 1)]!
  return sorted[j]! + (h - j) * (next - sorted[j]!)
}

const near = (a: number, b: number) => Math.abs(a - b) <= EPS
const atLeast = (a: number, b: number) => a >= b - EPS
const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

type Scored = Omit<MethodIssue, 'rank' | 'tier' | 'flags'>

/** §4: ranks of the issues that have a priority. */
function rank(scored: Scored[]): Map<string, number> {
  const ranked = scored.filter((issue) => issue.priority !== null)
  const desc = (a: number, b: number) => (near(a, b) ? 0 : b - a)
  const spread = (issue: Scored) =>
    Math.max(issue.impact.spread ?? 0, issue.stakeholder.spread ?? 0)
  ranked.sort(
    (a, b) =>
      desc(a.priority!, b.priority!) ||
      desc(a.impact.score!, b.impact.score!) ||
      desc(a.stakeholder.score!, b.stakeholder.score!) ||
      -desc(spread(a), spread(b)) ||
      byCode(a.code, b.code),
  )
  return new Map(ranked.map((issue, i) => [issue.id, i + 1]))
}

/** §2–§6 for one set of weights and groups: the result, or a sensitivity check. */
function evaluate(input: MethodInput, groups: readonly MethodGroup[], sumsFor: SumsFor) {
  const { settings } = input
  const scored: Scored[] = input.issues.map((issue) => {
    const [impact, stakeholder] = AXES.map((axis) =>
      axisOn(
        groups
          .filter((g) => g.axes.includes(axis))
          .map((g) => groupOn(sumsFor(issue.id, axis, g.key), g.weight, settings.nMin)),
      ),
    ) as [MethodAxisResult, MethodAxisResult]
    const priority =
      impact.score === null || stakeholder.score === null
        ? null
        : (impact.score + stakeholder.score) / 2
    return { id: issue.id, code: issue.code, impact, stakeholder, priority }
  })
  const ranks = rank(scored)
  const { threshold } = settings
  const low = (axis: MethodAxisResult) => !atLeast(axis.coverage, 0.5)
  if (threshold.mode === 'topN') {
    const byRank = [...ranks].sort((a, b) => a[1] - b[1]).map(([id]) => id)
    const priorityOf = (id: string | undefined) =>
      scored.find((issue) => issue.id === id)?.priority ?? null
    const cut = priorityOf(byRank[threshold.n - 1])
    const next = priorityOf(byRank[threshold.n])
    const tied = cut !== null && next !== null && near(cut, next)
    const decide = (issue: Scored) => {
      const borderline = tied && issue.priority !== null && near(issue.priority, cut!)
      const lowCoverage = low(issue.impact) || low(issue.stakeholder)
      const inside = (ranks.get(issue.id) ?? Number.POSITIVE_INFINITY) <= threshold.n
      if (issue.priority === null) return { tier: 'review' as const, borderline }
      if (inside && !borderline && !lowCoverage) return { tier: 'material' as const, borderline }
      if (borderline || lowCoverage) return { tier: 'review' as const, borderline }
      return { tier: 'not-material' as const, borderline }
    }
    return {
      thresholds: { impact: null, stakeholder: null },
      cutPriority: cut,
      scored,
      ranks,
      decide,
    }
  }
  const thresholds = Object.fromEntries(
    AXES.map((axis) => {
      if (threshold.mode === 'absolute') return [axis, threshold[axis]]
      const floor = (settings.K + 1) / 2
      const values = scored.flatMap((issue) => issue[axis].score ?? []).sort((a, b) => a - b)
      return [axis, values.length === 0 ? floor : Math.max(floor, quantile(values, threshold.p))]
    }),
  ) as Record<MethodAxis, number>
  const used: MethodAxis[] = settings.rule === 'impactOnly' ? ['impact'] : AXES
  const decide = (issue: Scored) => {
    const above = (axis: MethodAxis) =>
      issue[axis].score !== null && atLeast(issue[axis].score!, thresholds[axis])
    const near = (axis: MethodAxis) => {
      const { score, se } = issue[axis]
      const { band } = settings
      const b =
        band.mode === 'off'
          ? null
          : band.mode === 'fixed'
            ? band.width
            : se === null
              ? null
              : Math.max(0.1, band.k * se)
      return score !== null && b !== null && Math.abs(score - thresholds[axis]) <= b + EPS
    }
    const borderline = used.some(near)
    const holds =
      settings.rule === 'both'
        ? above('impact') && above('stakeholder')
        : settings.rule === 'either'
          ? above('impact') || above('stakeholder')
          : above('impact')
    const oneOfTwo = settings.rule === 'both' && above('impact') !== above('stakeholder')
    const lowCoverage = used.some((axis) => low(issue[axis]))
    if (used.some((axis) => issue[axis].score === null))
      return { tier: 'review' as const, borderline }
    if (holds && !borderline && !lowCoverage) return { tier: 'material' as const, borderline }
    if (oneOfTwo || borderline || lowCoverage) return { tier: 'review' as const, borderline }
    return { tier: 'not-material' as const, borderline }
  }
  return { thresholds, cutPriority: null, scored, ranks, decide }
}

type SumsFor = (issueId: string, axis: MethodAxis, groupKey: string) => MethodSums | undefined

/** The whole method: result, flags (§7) and sensitivity checks (§8). */
export function applyMethod(input: MethodInput): MethodResult {
  const own: SumsFor = (issueId, axis, key) => input.sums.get(sumsKey(issueId, axis, key))
  const main = evaluate(input, input.groups, own)
  const equal = evaluate(
    input,
    input.groups.map((g) => ({ ...g, weight: 1 })),
    own,
  )
  const pooledSums: SumsFor = (issueId, axis) => {
    const parts = input.groups
      .filter((g) => g.axes.includes(axis))
      .flatMap((g) => own(issueId, axis, g.key) ?? [])
    return {
      n: sumOf(parts.map((s) => s.n)),
      sum: sumOf(parts.map((s) => s.sum)),
      sumSquares: sumOf(parts.map((s) => s.sumSquares)),
      dk: sumOf(parts.map((s) => s.dk)),
    }
  }
  const pooled = evaluate(input, [{ key: 'pooled', weight: 1, axes: AXES }], pooledSums)
  const tierIn = (model: typeof main, id: string) =>
    model.decide(model.scored.find((issue) => issue.id === id)!).tier
  const issues = main.scored.map((issue): MethodIssue => {
    const { tier, borderline } = main.decide(issue)
    const axes = [issue.impact, issue.stakeholder]
    const sensitive = tierIn(equal, issue.id) !== tier || tierIn(pooled, issue.id) !== tier
    const flags = [
      axes.some((a) => a.score === null) && 'insufficient-data',
      axes.some((a) => !atLeast(a.coverage, 0.5)) && 'low-coverage',
      axes.some((a) => a.spread !== null && atLeast(a.spread, 1.5)) && 'contested',
      borderline && 'borderline',
      sensitive && 'sensitive',
    ].filter((flag): flag is string => typeof flag === 'string')
    return { ...issue, rank: main.ranks.get(issue.id) ?? null, tier, flags }
  })
  return { thresholds: main.thresholds, cutPriority: main.cutPriority, issues }
}
