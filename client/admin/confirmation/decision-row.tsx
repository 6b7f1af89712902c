import { type DraftDecision, type ExplainRules, needsRationale } from '#surveys/domain/confirmation'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import { bulkText } from '#surveys/i18n/confirmation-bulk'
import type { Locale } from '#surveys/i18n/locales'
import { matrixText } from '#surveys/i18n/matrix'
import type { ProposedTopic } from '#surveys/schemas/confirmation-view'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'
import { describedBy } from '../components/fields.tsx'
import { DecisionScores } from './decision-scores.tsx'
import { type DraftErrors, decisionId, rationaleId } from './draft.ts'

interface RowProps {
  issue: MatrixIssue
  decision: DraftDecision
  errors: DraftErrors
  locale: Locale
  selected: boolean
  /** Double materiality: the topic's proposal with its impact and financial scores. */
  proposal: ProposedTopic | undefined
  /** The climate topic (explained if not material), or stakeholders far from the experts. */
  explain: ExplainRules | undefined
  onSelect(selected: boolean): void
  onMaterial(material: boolean): void
  onRationale(text: string): void
}

/** Whether the decision departs from the computed tier (review issues never do). */
export const isOverride = (tier: MatrixIssue['tier'], material: boolean | null) =>
  material !== null && tier !== 'review' && material !== (tier === 'material')

/** One issue of the list: what the survey found, management's choice and, where due, its reason. */
export function DecisionRow(props: RowProps) {
  const { issue, decision, errors, locale } = props
  const override = isOverride(issue.tier, decision.material)
  const asksReason =
    issue.tier === 'review' ||
    (decision.material !== null && needsRationale(issue.tier, decision.material, props.explain))
  return (
    <li class={`decision${override ? ' decision--override' : ''}`}>
      <IssueSummary {...props} override={override} />
      <DecisionChoice
        issue={issue}
        material={decision.material}
        error={errors[decisionId(issue.id)]}
        locale={locale}
        onMaterial={props.onMaterial}
      />
      {asksReason && (
        <RationaleField
          issue={issue}
          decision={decision}
          error={errors[rationaleId(issue.id)]}
          locale={locale}
          rule={ruleOf(issue.tier, override, decision.material, props.explain, locale)}
          onRationale={props.onRationale}
        />
      )}
    </li>
  )
}

/**
 * The issue as ranked: selection box, rank (a double-materiality topic with no score has none),
 * code and name, aspect, scores, tier and flags.
 */
function IssueSummary(props: RowProps & { override: boolean }) {
  const { issue, locale } = props
  const m = matrixText[locale]
  return (
    <div class="decision-issue">
      <div class="decision-head">
        <label class="decision-select">
          <input
            type="checkbox"
            checked={props.selected}
            onChange={(e) => props.onSelect(e.currentTarget.checked)}
          />
          <span class="visually-hidden">{bulkText[locale].select(issue.code)}</span>
        </label>
        <h4 class="decision-name">
          {(issue.rank !== null || !props.proposal) && (
            <span class="decision-rank">
              <span class="visually-hidden">{m.rank} </span>#{issue.rank ?? '—'}
            </span>
          )}
          <span class="issue-no">{issue.code}</span> {issue.name}
        </h4>
      </div>
      <DecisionScores issue={issue} proposal={props.proposal} locale={locale} />
      <p class="decision-badges">
        <span class={`badge badge--${issue.tier}`}>{m[`tier_${issue.tier}`]}</span>
        {issue.flags.map((flag) => (
          <span key={flag} class={`flag flag--${flag}`}>
            {m[`flag_${flag}`]}
          </span>
        ))}
        {props.override && (
          <span class="badge badge--override">{confirmationPageText[locale].override}</span>
        )}
        {props.explain?.explainIfNotMaterial && (
          <span class="badge badge--climate">{confirmationPageText[locale].climateBadge}</span>
        )}
        {props.explain?.explainAlways && (
          <span class="badge badge--gap">{confirmationPageText[locale].gapBadge}</span>
        )}
      </p>
    </div>
  )
}

/** Material or not material, as two radio buttons. */
function DecisionChoice(props: {
  issue: MatrixIssue
  material: boolean | null
  error: string | undefined
  locale: Locale
  onMaterial(material: boolean): void
}) {
  const t = confirmationPageText[props.locale]
  const choiceId = decisionId(props.issue.id)
  const { error } = props
  return (
    <fieldset
      id={choiceId}
      tabIndex={-1}
      class={`decision-choice${error ? ' field--error' : ''}`}
      aria-describedby={describedBy({ id: choiceId, error })}
    >
      <legend class="visually-hidden">{t.decisionLegend(props.issue.code)}</legend>
      {error && (
        <p id={`${choiceId}-error`} class="error-message">
          {error}
        </p>
      )}
      <div class="segmented">
        {([true, false] as const).map((value) => (
          <label key={String(value)} class="segmented-option">
            <input
              type="radio"
              name={choiceId}
              value={String(value)}
              checked={props.material === value}
              onChange={() => props.onMaterial(value)}
            />
            <span>{value ? t.material : t.notMaterial}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** The rule that asks for a reason: review, override, climate not material, stakeholders apart. */
function ruleOf(
  tier: MatrixIssue['tier'],
  override: boolean,
  material: boolean | null,
  rules: ExplainRules | undefined,
  locale: Locale,
): string {
  const t = confirmationPageText[locale]
  if (tier === 'review') return t.ruleReview
  if (override) return t.ruleOverride
  return rules?.explainIfNotMaterial && material === false ? t.ruleClimate : t.ruleGap
}

/** The reason a review issue, an override or the climate topic needs, with its rule. */
function RationaleField(props: {
  issue: MatrixIssue
  decision: DraftDecision
  error: string | undefined
  locale: Locale
  rule: string
  onRationale(text: string): void
}) {
  const { issue, decision, error, locale, rule } = props
  const t = confirmationPageText[locale]
  const textId = rationaleId(issue.id)
  return (
    <div class={`field decision-rationale${error ? ' field--error' : ''}`}>
      <label for={textId}>
        {t.rationale} <span class="visually-hidden">({issue.code})</span>
        {decision.shared && (
          <span class="badge badge--shared">{bulkText[locale].sharedReason}</span>
        )}
      </label>
      <p id={`${textId}-hint`} class="hint">
        {rule}
      </p>
      {error && (
        <p id={`${textId}-error`} class="error-message">
          {error}
        </p>
      )}
      <textarea
        id={textId}
        rows={2}
        value={decision.rationale}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id: textId, hint: rule, error })}
        onInput={(e) => props.onRationale(e.currentTarget.value)}
      />
    </div>
  )
}
