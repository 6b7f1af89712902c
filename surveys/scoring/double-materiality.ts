import {
  DISAGREEMENT_SPREAD,
  type DoubleMaterialitySettings,
} from '../domain/double-materiality.ts'
import {
  HORIZONS,
  type Horizon,
  type IroScores,
  type IroType,
  isImpact,
  type ScoringIro,
} from '../domain/iros.ts'
import { atLeast, nearlyEqual, total } from './statistics.ts'

/** A score an assessor gives: the impact components, or magnitude/likelihood of one horizon. */
export type ComponentKey =
  | 'scale'
  | 'scope'
  | 'irremediability'
  | 'likelihood'
  | `${Horizon}.magnitude`
  | `${Horizon}.likelihood`

/** An impact's component, or a risk's or opportunity's magnitude or likelihood in a horizon. */
export type ComponentParts =
  | { horizon: null; part: 'scale' | 'scope' | 'irremediability' | 'likelihood' }
  | { horizon: Horizon; part: 'magnitude' | 'likelihood' }

/** What a component rates, whatever its horizon: the name of its anchored 1–5 scale. */
export type ComponentPart = ComponentParts['part']

/**
 * A component's horizon (null for an impact's) and what it rates.
 * @example componentParts('medium.magnitude') // { horizon: 'medium', part: 'magnitude' }
 */
export function componentParts(key: ComponentKey): ComponentParts {
  const [first, part] = key.split('.') as [string, 'magnitude' | 'likelihood' | undefined]
  return part
    ? { horizon: first as Horizon, part }
    : { horizon: null, part: first as 'scale' | 'scope' | 'irremediability' | 'likelihood' }
}

/**
 * A component in words, from the names given for horizons and parts.
 * @example componentLabel('medium.magnitude', names) // 'Medium (1–5 years) · Magnitude'
 */
export function componentLabel(
  key: ComponentKey,
  name: { horizon(horizon: Horizon): string; part(part: ComponentPart): string },
): string {
  const { horizon, part } = componentParts(key)
  return horizon === null ? name.part(part) : `${name.horizon(horizon)} · ${name.part(part)}`
}

/** The assessors' scores of one component: their mean, max − min and how many gave one. */
export interface ComponentSummary {
  mean: number
  spread: number
  n: number
}

export interface IroResult {
  id: string
  issueId: string
  type: IroType
  /** The components this IRO's type uses that at least one assessor scored. */
  components: Partial<Record<ComponentKey, ComponentSummary>>
  /** Impacts: the severity from the component means; null for risks and opportunities. */
  severity: number | null
  /** Impacts only; null when a component the formula needs was scored by nobody. */
  impact: number | null
  /** Risks and opportunities only: the best horizon; null when no horizon has both scores. */
  financial: number | null
  /** Risks and opportunities: the score of each horizon with both magnitude and likelihood. */
  horizons: Partial<Record<Horizon, number>>
  /** Mode B: impact ≥ T_I or financial ≥ T_F. Preset: its score ≥ its type's threshold. */
  material: boolean
  /** Some component's assessors are DISAGREEMENT_SPREAD (2) points or more apart. */
  disagreement: boolean
  /** Assessors who scored at least one component. */
  assessors: number
}

export interface TopicResult {
  issueId: string
  code: string
  /** I_t: the highest impact score of its IROs (null IROs left out); null if none. */
  impact: number | null
  /** F_t: the highest financial score of its IROs; null if none. */
  financial: number | null
  impactMaterial: boolean
  financialMaterial: boolean
  material: boolean
  iros: IroResult[]
}

export interface DoubleMaterialityInput {
  /** The assessment's topics (issues), in display order. */
  issues: readonly { id: string; code: string }[]
  iros: readonly ScoringIro[]
  settings: DoubleMaterialitySettings
}

export interface DoubleMaterialityResult {
  settings: DoubleMaterialitySettings
  topics: TopicResult[]
}

const mean = (values: readonly number[]) => total(values) / values.length

/** ESRS 1 §45: for a potential negative human-rights impact, severity takes precedence. */
function severityFirst(iro: { type: IroType; humanRights: boolean }): boolean {
  return iro.type === 'negative-impact' && iro.humanRights
}

/** An assessor's score of one component; null or undefined where they gave none. */
export function scoreOf(scores: IroScores, key: ComponentKey): number | null | undefined {
  const parts = componentParts(key)
  if (parts.horizon === null) return scores[parts.part]
  return scores.horizons?.[parts.horizon]?.[parts.part]
}

/**
 * The components assessors score for an IRO: scale, scope, irremediability (negative impacts)
 * and likelihood (potential impacts); magnitude and likelihood per horizon for the others.
 * @example iroComponents({ type: 'risk', actual: false, horizons: ['short'] }) // ['short.magnitude', 'short.likelihood']
 */
export function iroComponents(
  iro: Pick<ScoringIro, 'type' | 'actual' | 'horizons'>,
): ComponentKey[] {
  if (isImpact(iro.type)) {
    const keys: ComponentKey[] = ['scale', 'scope']
    if (iro.type === 'negative-impact') keys.push('irremediability')
    if (!iro.actual) keys.push('likelihood')
    return keys
  }
  return assessedHorizons(iro).flatMap((h): ComponentKey[] => [`${h}.magnitude`, `${h}.likelihood`])
}

function assessedHorizons(iro: Pick<ScoringIro, 'horizons'>): readonly Horizon[] {
  return iro.horizons.length > 0 ? HORIZONS.filter((h) => iro.horizons.includes(h)) : HORIZONS
}

/**
 * Each component's mean over the assessors who scored it (an assessor's missing score is left
 * out, never counted as 0), with its spread and count. The formulas then run on these means.
 * @example summariseComponents(iro) // { scale: { mean: 3.5, spread: 1, n: 2 }, … }
 */
export function summariseComponents(iro: ScoringIro): IroResult['components'] {
  const summary: IroResult['components'] = {}
  for (const key of iroComponents(iro)) {
    const values = iro.scores
      .map(({ scores }) => scoreOf(scores, key))
      .filter((value): value is number => typeof value === 'number')
    if (values.length === 0) continue
    const spread = Math.max(...values) - Math.min(...values)
    summary[key] = { mean: mean(values), spread, n: values.length }
  }
  return summary
}

type Means = Partial<Record<ComponentKey, number>>

function severityComponents(iro: ScoringIro, means: Means): number[] | null {
  const keys: ComponentKey[] =
    iro.type === 'negative-impact' ? ['scale', 'scope', 'irremediability'] : ['scale', 'scope']
  const values = keys.map((key) => means[key])
  return values.every((value) => value !== undefined) ? (values as number[]) : null
}

/** Mode B severity: the mean; a negative impact with a component at 5 is at least T_I. */
function modeBSeverity(iro: ScoringIro, values: number[], impactThreshold: number): number {
  const severity = mean(values)
  const extreme = iro.type === 'negative-impact' && values.some((value) => nearlyEqual(value, 5))
  return extreme ? Math.max(severity, impactThreshold) : severity
}

/** The preset's severity: (mean + max of the components) / 2. */
function presetSeverity(values: number[]): number {
  return (mean(values) + Math.max(...values)) / 2
}

function impactScore(
  iro: ScoringIro,
  means: Means,
  settings: DoubleMaterialitySettings,
): { severity: number | null; impact: number | null } {
  const values = severityComponents(iro, means)
  if (!values) return { severity: null, impact: null }
  const likelihoodIgnored = iro.actual || severityFirst(iro)
  const likelihood = means.likelihood
  if (settings.formula === 'mode-b') {
    const severity = modeBSeverity(iro, values, settings.thresholds.impact)
    if (likelihoodIgnored) return { severity, impact: severity }
    if (likelihood === undefined) return { severity, impact: null }
    return { severity, impact: Math.min(severity, (severity + likelihood) / 2) }
  }
  const severity = presetSeverity(values)
  // Actual impacts, and potential human-rights harms (ESRS 1 §45), take L = 5.
  const l = likelihoodIgnored ? 5 : likelihood
  return { severity, impact: l === undefined ? null : (severity * l) / 5 }
}

function horizonScores(
  iro: ScoringIro,
  means: Means,
  settings: DoubleMaterialitySettings,
): Partial<Record<Horizon, number>> {
  const scores: Partial<Record<Horizon, number>> = {}
  for (const horizon of assessedHorizons(iro)) {
    const magnitude = means[`${horizon}.magnitude`]
    const likelihood = means[`${horizon}.likelihood`]
    // A horizon without both magnitude and likelihood is skipped.
    if (magnitude === undefined || likelihood === undefined) continue
    scores[horizon] =
      settings.formula === 'mode-b'
        ? Math.sqrt(magnitude * likelihood)
        : (magnitude * likelihood) / 5
  }
  return scores
}

function maxOrNull(values: readonly (number | null)[]): number | null {
  const given = values.filter((value) => value !== null)
  return given.length > 0 ? Math.max(...given) : null
}

function isMaterialIro(
  type: IroType,
  impact: number | null,
  financial: number | null,
  settings: DoubleMaterialitySettings,
): boolean {
  if (settings.formula === 'mode-b') {
    const { thresholds } = settings
    return reaches(impact, thresholds.impact) || reaches(financial, thresholds.financial)
  }
  return reaches(isImpact(type) ? impact : financial, settings.thresholds[type])
}

const reaches = (score: number | null, threshold: number) =>
  score !== null && atLeast(score, threshold)

/** Scores one IRO: component means first, then the formula on those means. */
export function scoreIro(iro: ScoringIro, settings: DoubleMaterialitySettings): IroResult {
  const components = summariseComponents(iro)
  const means: Means = Object.fromEntries(
    Object.entries(components).map(([key, summary]) => [key, summary.mean]),
  )
  const { severity, impact } = isImpact(iro.type)
    ? impactScore(iro, means, settings)
    : { severity: null, impact: null }
  const horizons = isImpact(iro.type) ? {} : horizonScores(iro, means, settings)
  const financial = maxOrNull(Object.values(horizons))
  const disagreement = Object.values(components).some((c) => atLeast(c.spread, DISAGREEMENT_SPREAD))
  const keys = iroComponents(iro)
  const assessors = iro.scores.filter(({ scores }) =>
    keys.some((key) => typeof scoreOf(scores, key) === 'number'),
  ).length
  const { id, issueId, type } = iro
  const material = isMaterialIro(type, impact, financial, settings)
  return {
    id,
    issueId,
    type,
    components,
    severity,
    impact,
    financial,
    horizons,
    material,
    disagreement,
    assessors,
  }
}

function scoreTopic(
  issue: { id: string; code: string },
  iros: IroResult[],
  settings: DoubleMaterialitySettings,
): TopicResult {
  const impact = maxOrNull(iros.map((iro) => iro.impact))
  const financial = maxOrNull(iros.map((iro) => iro.financial))
  let impactMaterial: boolean
  let financialMaterial: boolean
  if (settings.formula === 'mode-b') {
    impactMaterial = reaches(impact, settings.thresholds.impact)
    financialMaterial = reaches(financial, settings.thresholds.financial)
  } else {
    impactMaterial = iros.some((iro) => isImpact(iro.type) && iro.material)
    financialMaterial = iros.some((iro) => !isImpact(iro.type) && iro.material)
  }
  const material = impactMaterial || financialMaterial
  return {
    issueId: issue.id,
    code: issue.code,
    impact,
    financial,
    impactMaterial,
    financialMaterial,
    material,
    iros,
  }
}

/**
 * The double-materiality result (surveys/METHOD.md "Mode B"): every IRO scored on its assessors'
 * component means, each topic at the highest impact and financial score of its IROs.
 * @example scoreDoubleMateriality({ issues, iros, settings: DEFAULT_DOUBLE_MATERIALITY })
 */
export function scoreDoubleMateriality(input: DoubleMaterialityInput): DoubleMaterialityResult {
  const byIssue = new Map<string, IroResult[]>()
  for (const iro of input.iros) {
    const list = byIssue.get(iro.issueId) ?? []
    list.push(scoreIro(iro, input.settings))
    byIssue.set(iro.issueId, list)
  }
  const topics = input.issues.map((issue) =>
    scoreTopic(issue, byIssue.get(issue.id) ?? [], input.settings),
  )
  return { settings: input.settings, topics }
}
