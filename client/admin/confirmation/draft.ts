import {
  type ComputedIssue,
  checkDecisions,
  type DraftDecision,
  decisionMessages,
  type ExplainRules,
  needsRationale,
} from '#surveys/domain/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { ConfirmationBody } from '#surveys/schemas/confirmation'
import type { Tier } from '#surveys/scoring/score-matrix'

/** The confirmation page's working copy: a decision per issue (rank order) and the final order. */
export interface Draft {
  decisions: DraftDecision[]
  order: string[]
}

/** Messages keyed by the id of the control they belong to (`rationale-<issueId>`, `order` …). */
export type DraftErrors = Record<string, string>

export const decisionId = (issueId: string) => `decision-${issueId}`
export const rationaleId = (issueId: string) => `rationale-${issueId}`

/** Sets one issue's decision; a newly material issue joins the end of the order, others leave it. */
export function setMaterial(draft: Draft, issueId: string, material: boolean): Draft {
  const decisions = draft.decisions.map((d) => (d.issueId === issueId ? { ...d, material } : d))
  const without = draft.order.filter((id) => id !== issueId)
  return { decisions, order: material ? [...without, issueId] : without }
}

/** Sets one issue's reason; edited on its own, it is no longer the shared one. */
export function setRationale(draft: Draft, issueId: string, rationale: string): Draft {
  return {
    ...draft,
    decisions: draft.decisions.map((d) =>
      d.issueId === issueId ? { issueId, material: d.material, rationale } : d,
    ),
  }
}

/**
 * The order with one issue moved to `to` (clamped to the list).
 * @example moveTo(['a', 'b', 'c'], 'c', 0) // ['c', 'a', 'b']
 */
export function moveTo(order: readonly string[], issueId: string, to: number): string[] {
  const rest = order.filter((id) => id !== issueId)
  const at = Math.max(0, Math.min(to, rest.length))
  return [...rest.slice(0, at), issueId, ...rest.slice(at)]
}

/**
 * The request body (decided issues only) and, per body index, the issue it concerns. A rationale
 * goes only where the rule asks for one, so a reason typed before switching back to the computed
 * tier is not recorded against a decision it no longer explains. A reason written once for
 * several issues (a bulk decision) goes with `shared: true`.
 */
export function draftBody(
  draft: Draft,
  tiers: ReadonlyMap<string, Tier>,
  explain: ReadonlyMap<string, ExplainRules> = NO_RULES,
): { body: ConfirmationBody; issueIds: string[] } {
  const decided = draft.decisions.filter(
    (d): d is DraftDecision & { material: boolean } => d.material !== null,
  )
  return {
    body: {
      decisions: decided.map((d) => {
        const needed = needs(tiers.get(d.issueId), d.material, explain.get(d.issueId))
        const rationale = needed ? d.rationale.trim() || null : null
        return {
          issueId: d.issueId,
          material: d.material,
          rationale,
          // Sealed as shared only with the reason it marks.
          ...(rationale && d.shared ? { shared: true } : {}),
        }
      }),
      order: [...draft.order],
    },
    issueIds: decided.map((d) => d.issueId),
  }
}

/**
 * Field messages (`decisions.N.rationale`, `order` …, from checkDecisions or the server's 400)
 * moved onto the page's controls. Undecided issues get a message on their own decision.
 */
export function placeErrors(
  fields: Record<string, string[]>,
  issueIds: readonly string[],
  undecided: readonly string[],
  undecidedMessage: string,
): DraftErrors {
  const errors: DraftErrors = {}
  for (const [field, messages] of Object.entries(fields)) {
    const match = /^decisions\.(\d+)\.(\w+)$/.exec(field)
    const issueId = match ? issueIds[Number(match[1])] : undefined
    const key = issueId
      ? match?.[2] === 'rationale'
        ? rationaleId(issueId)
        : decisionId(issueId)
      : field.startsWith('order')
        ? 'order'
        : field
    // Undecided issues are named on their own rows; the list of codes would repeat them.
    if (field === 'decisions' && undecided.length > 0) continue
    errors[key] ??= messages[0] ?? ''
  }
  for (const issueId of undecided) errors[decisionId(issueId)] = undecidedMessage
  return errors
}

const needs = (tier: Tier | undefined, material: boolean, rules: ExplainRules | undefined) =>
  tier !== undefined && needsRationale(tier, material, rules)

const NO_RULES: ReadonlyMap<string, ExplainRules> = new Map()

/** Checks the draft with the server's rules; the messages are in `locale`. */
export function checkDraft(
  draft: Draft,
  computed: readonly ComputedIssue[],
  locale: Locale,
  undecidedMessage: string,
): DraftErrors {
  const tiers = new Map(computed.map((issue) => [issue.issueId, issue.tier]))
  const explain = new Map(computed.map((issue) => [issue.issueId, issue]))
  const { body, issueIds } = draftBody(draft, tiers, explain)
  const undecided = draft.decisions.filter((d) => d.material === null).map((d) => d.issueId)
  if (body.decisions.length === 0 && undecided.length === 0) return {}
  const checked = checkDecisions(computed, body)
  const fields = checked.ok ? {} : decisionMessages(checked.problems, locale)
  return placeErrors(fields, issueIds, undecided, undecidedMessage)
}
