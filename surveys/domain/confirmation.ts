/**
 * Step 3 rules (surveys/METHOD.md §12): management decides every issue, gives a reason wherever
 * it departs from the scores or the scores leave the call to it, and orders the material list.
 * Pure, so the page can check a draft with the same rules the server enforces.
 */
import { confirmationText } from '../i18n/confirmation.ts'
import type { Locale } from '../i18n/locales.ts'
import { writtenIn } from '../i18n/written-in.ts'
import type { ConfirmationBody } from '../schemas/confirmation.ts'
import type { Tier } from '../scoring/score-matrix.ts'

/** An issue as the scores left it: the input the decisions are checked against. */
export interface ComputedIssue {
  issueId: string
  /** Shown in messages ("issue 7"); the id when absent. */
  code?: string
  tier: Tier
  /**
   * Deciding it not material needs a written explanation whatever the tier: the climate topic
   * (surveys/domain/climate.ts) of a double-materiality assessment.
   */
  explainIfNotMaterial?: boolean
  /**
   * Every decision on it needs a written reason: in a double-materiality assessment the
   * stakeholders' view differs from the expert score by 1.0 or more (issue 15.6).
   */
  explainAlways?: boolean
}

/** The rules beyond the tier that ask an issue's decision for a reason. */
export type ExplainRules = Pick<ComputedIssue, 'explainIfNotMaterial' | 'explainAlways'>

/** A decision that passed the checks, with what it departs from. */
export interface CheckedDecision {
  issueId: string
  material: boolean
  rationale: string | null
  computedTier: Tier
  /** Material against a not-material tier, or the reverse; review issues are never overrides. */
  override: boolean
  /**
   * The language the rationale is written in, so a report in another language can say so.
   * Only with a rationale; snapshots sealed before it was recorded have none (see writtenIn).
   */
  rationaleLocale?: Locale
  /**
   * The rationale was written once for several issues decided together (a bulk decision) and
   * stored on each. Only `true`, and only with a rationale: absent means written for this issue
   * alone, as in every snapshot sealed before it was recorded (their bytes, so their hashes, are
   * unchanged).
   */
  shared?: true
}

/** A broken rule, on the field it concerns (`decisions.3.rationale`, `order.1`, `order`). */
export type DecisionProblem =
  | {
      field: string
      code:
        | 'unknownIssue'
        | 'duplicateDecision'
        | 'rationaleForOverride'
        | 'rationaleForReview'
        | 'rationaleForClimate'
        | 'rationaleForStakeholderGap'
        | 'rationaleTooShort'
        | 'orderNotMaterial'
        | 'orderDuplicate'
    }
  | { field: 'decisions' | 'order'; code: 'missingDecisions' | 'orderMissing'; codes: string[] }

export type CheckedDecisions =
  | { ok: true; decisions: CheckedDecision[]; order: string[] }
  | { ok: false; problems: DecisionProblem[] }

/**
 * A rationale must say something: 20 units, where a Han character counts 2, i.e. about four
 * English words or ten Chinese characters (a Chinese character carries about a word's worth).
 */
export const MIN_RATIONALE = 20

/** The length a rationale is measured in (see MIN_RATIONALE). */
export function rationaleLength(text: string): number {
  let units = 0
  for (const char of text.trim()) units += /\p{Script=Han}/u.test(char) ? 2 : 1
  return units
}

/**
 * Whether this decision needs a written reason: it overrides the tier, the tier is review, it
 * sets the climate topic not material (`explainIfNotMaterial`), or the stakeholders' view is far
 * from the experts' (`explainAlways`).
 */
export function needsRationale(tier: Tier, material: boolean, rules: ExplainRules = {}): boolean {
  if (tier === 'review' || isOverride(tier, material)) return true
  return (rules.explainIfNotMaterial === true && !material) || rules.explainAlways === true
}

function isOverride(tier: Tier, material: boolean): boolean {
  return (tier === 'material' && !material) || (tier === 'not-material' && material)
}

/**
 * Checks a confirmation against the computed tiers: every issue decided exactly once, a reason
 * where needed, and `order` exactly the issues decided material. Decisions come back in the
 * computed order (rank), rationales trimmed.
 * @example checkDecisions([{ issueId: '7', tier: 'material' }], { decisions: [{ issueId: '7', material: true }], order: ['7'] })
 */
export function checkDecisions(
  computed: readonly ComputedIssue[],
  body: ConfirmationBody,
): CheckedDecisions {
  const byId = new Map(computed.map((issue) => [issue.issueId, issue]))
  const problems: DecisionProblem[] = []
  const decided = new Map<string, CheckedDecision>()
  body.decisions.forEach((decision, i) => {
    const checked = checkOne(byId.get(decision.issueId), decision, `decisions.${i}`, decided)
    if (checked.decision?.rationale) {
      const { rationale } = checked.decision
      checked.decision.rationaleLocale = decision.locale ?? writtenIn(rationale, body.locale)
      if (decision.shared) checked.decision.shared = true
    }
    if (checked.problem) problems.push(checked.problem)
    if (checked.decision) decided.set(checked.decision.issueId, checked.decision)
  })
  const undecided = computed.filter((issue) => !decided.has(issue.issueId))
  if (undecided.length > 0)
    problems.push({ field: 'decisions', code: 'missingDecisions', codes: undecided.map(codeOf) })
  problems.push(...orderProblems(computed, decided, body.order))
  if (problems.length > 0) return { ok: false, problems }
  const decisions = computed.map((issue) => decided.get(issue.issueId)!)
  return { ok: true, decisions, order: [...body.order] }
}

function checkOne(
  issue: ComputedIssue | undefined,
  decision: ConfirmationBody['decisions'][number],
  field: string,
  decided: ReadonlyMap<string, CheckedDecision>,
): { problem?: DecisionProblem; decision?: CheckedDecision } {
  if (!issue) return { problem: { field: `${field}.issueId`, code: 'unknownIssue' } }
  if (decided.has(issue.issueId))
    return { problem: { field: `${field}.issueId`, code: 'duplicateDecision' } }
  const rationale = decision.rationale?.trim() || null
  const code = rationaleProblem(issue, decision.material, rationale)
  return {
    ...(code ? { problem: { field: `${field}.rationale`, code } } : {}),
    decision: {
      issueId: issue.issueId,
      material: decision.material,
      rationale,
      computedTier: issue.tier,
      override: isOverride(issue.tier, decision.material),
    },
  }
}

function rationaleProblem(issue: ComputedIssue, material: boolean, rationale: string | null) {
  const { tier } = issue
  if (!needsRationale(tier, material, issue)) return undefined
  if (!rationale) {
    if (tier === 'review') return 'rationaleForReview'
    if (isOverride(tier, material)) return 'rationaleForOverride'
    return issue.explainIfNotMaterial && !material
      ? 'rationaleForClimate'
      : 'rationaleForStakeholderGap'
  }
  if (rationaleLength(rationale) < MIN_RATIONALE) return 'rationaleTooShort'
  return undefined
}

function orderProblems(
  computed: readonly ComputedIssue[],
  decided: ReadonlyMap<string, CheckedDecision>,
  order: readonly string[],
): DecisionProblem[] {
  const problems: DecisionProblem[] = []
  const seen = new Set<string>()
  order.forEach((issueId, i) => {
    if (seen.has(issueId)) problems.push({ field: `order.${i}`, code: 'orderDuplicate' })
    else if (decided.get(issueId)?.material !== true)
      problems.push({ field: `order.${i}`, code: 'orderNotMaterial' })
    seen.add(issueId)
  })
  const unplaced = computed.filter(
    (issue) => decided.get(issue.issueId)?.material === true && !seen.has(issue.issueId),
  )
  if (unplaced.length > 0)
    problems.push({ field: 'order', code: 'orderMissing', codes: unplaced.map(codeOf) })
  return problems
}

const codeOf = (issue: ComputedIssue) => issue.code ?? issue.issueId

/** The problems as `{ field: [message] }` in a language, for the API and the page. */
export function decisionMessages(
  problems: readonly DecisionProblem[],
  locale: Locale = 'en',
): Record<string, string[]> {
  const t = confirmationText[locale]
  const fields: Record<string, string[]> = {}
  for (const problem of problems) {
    const message =
      'codes' in problem
        ? t[problem.code](problem.codes.join(', '))
        : problem.code === 'rationaleTooShort'
          ? t.rationaleTooShort(MIN_RATIONALE)
          : t[problem.code]
    fields[problem.field] = [...(fields[problem.field] ?? []), message]
  }
  return fields
}

/** A draft decision on the confirmation page: undecided (null) until someone chooses. */
export interface DraftDecision {
  issueId: string
  material: boolean | null
  rationale: string
  /** The reason was written once for several issues (a bulk decision). */
  shared?: boolean | undefined
}

/** What a previous version decided, for the next version to start from. */
export interface PreviousDecisions {
  decisions: readonly {
    issueId: string
    material: boolean
    rationale: string | null
    shared?: boolean | undefined
  }[]
  order: readonly string[]
}

/**
 * Where the confirmation page starts: the previous version's decisions when management is
 * confirming again after a return, otherwise the computed tiers (review issues undecided).
 * The order keeps the previous order, then adds the other material issues by rank.
 */
export function startingDecisions(
  computed: readonly ComputedIssue[],
  previous?: PreviousDecisions,
): { decisions: DraftDecision[]; order: string[] } {
  const before = new Map(previous?.decisions.map((decision) => [decision.issueId, decision]))
  const decisions = computed.map((issue): DraftDecision => {
    const earlier = before.get(issue.issueId)
    if (earlier)
      return {
        issueId: issue.issueId,
        material: earlier.material,
        rationale: earlier.rationale ?? '',
        ...(earlier.shared && earlier.rationale ? { shared: true } : {}),
      }
    const material = issue.tier === 'review' ? null : issue.tier === 'material'
    return { issueId: issue.issueId, material, rationale: '' }
  })
  const material = new Set(decisions.filter((d) => d.material === true).map((d) => d.issueId))
  const kept = (previous?.order ?? []).filter((issueId) => material.has(issueId))
  const added = decisions
    .filter((d) => material.has(d.issueId) && !kept.includes(d.issueId))
    .map((d) => d.issueId)
  return { decisions, order: [...kept, ...added] }
}
