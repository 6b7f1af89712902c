import { type DraftDecision, needsRationale } from '#surveys/domain/confirmation'
import { ASPECT_NAMES } from '#surveys/domain/model'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import { bulkText } from '#surveys/i18n/confirmation-bulk'
import type { Locale } from '#surveys/i18n/locales'
import { matrixText } from '#surveys/i18n/matrix'
import { formatScore } from '#surveys/reports/matrix-footnote'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'
import { describedBy } from '../components/fields.tsx'
import { type DraftErrors, decisionId, rationaleId } from './draft.ts'

interface RowProps {
  issue: MatrixIssue
  decision: DraftDecision
  errors: DraftErrors
  locale: Locale
  selected: boolean
  onSelect(selected: boolean): void
  onMaterial(material: boolean): void
  onRationale(text: string): void
}

/** The ranked issues, each with its scores, its tier and management's decision on it. */
export function DecisionList(props: {
  issues: MatrixIssue[]
  decisions: ReadonlyMap<string, DraftDecision>
  errors: DraftErrors
  locale: Locale
  selected: ReadonlySet<string>
  onSelect(issueId: string, selected: boolean): void
  onMaterial(issueId: string, material: boolean): void
  onRationale(issueId: string, text: string): void
}) {
  return (
    <ol class="decision-list">
      {props.issues.map((issue) => {
        const decision = props.decisions.get(issue.id)
        return (
          decision && (
            <DecisionRow
              key={issue.id}
              issue={issue}
              decision={decision}
              errors={props.errors}
              locale={props.locale}
              selected={props.selected.has(issue.id)}
              onSelect={(selected) => props.onSelect(issue.id, selected)}
              onMaterial={(material) => props.onMaterial(issue.id, material)}
              onRationale={(text) => props.onRationale(issue.id, text)}
            />
          )
        )
      })}
    </ol>
  )
}

/** Whether the decision departs from the computed tier (review issues never do). */
export const isOverride = (tier: MatrixIssue['tier'], material: boolean | null) =>
  material !== null && tier !== 'review' && material !== (tier === 'material')

function DecisionRow(props: RowProps) {
  const { issue, decision, errors, locale } = props
  const t = confirmationPageText[locale]
  const m = matrixText[locale]
  const choiceId = decisionId(issue.id)
  const textId = rationaleId(issue.id)
  const choiceError = errors[choiceId]
  const textError = errors[textId]
  const override = isOverride(issue.tier, decision.material)
  const asksReason =
    issue.tier === 'review' ||
    (decision.material !== null && needsRationale(issue.tier, decision.material))
  const rule = issue.tier === 'review' ? t.ruleReview : t.ruleOverride
  return (
    <li class={`decision${override ? ' decision--override' : ''}`}>
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
            <span class="decision-rank">
              <span class="visually-hidden">{m.rank} </span>#{issue.rank ?? '—'}
            </span>
            <span class="issue-no">{issue.code}</span> {issue.name}
          </h4>
        </div>
        <p class="decision-meta">
          <span>{ASPECT_NAMES[issue.aspect][locale]}</span>
          <span>
            {m.impact} <strong>{formatScore(issue.impact)}</strong>
          </span>
          <span>
            {m.stakeholder} <strong>{formatScore(issue.stakeholder)}</strong>
          </span>
        </p>
        <p class="decision-badges">
          <span class={`badge badge--${issue.tier}`}>{m[`tier_${issue.tier}`]}</span>
          {issue.flags.map((flag) => (
            <span key={flag} class={`flag flag--${flag}`}>
              {m[`flag_${flag}`]}
            </span>
          ))}
          {override && <span class="badge badge--override">{t.override}</span>}
        </p>
      </div>
      <fieldset
        id={choiceId}
        tabIndex={-1}
        class={`decision-choice${choiceError ? ' field--error' : ''}`}
        aria-describedby={describedBy({ id: choiceId, error: choiceError })}
      >
        <legend class="visually-hidden">{t.decisionLegend(issue.code)}</legend>
        {choiceError && (
          <p id={`${choiceId}-error`} class="error-message">
            {choiceError}
          </p>
        )}
        <div class="segmented">
          {([true, false] as const).map((value) => (
            <label key={String(value)} class="segmented-option">
              <input
                type="radio"
                name={choiceId}
                value={String(value)}
                checked={decision.material === value}
                onChange={() => props.onMaterial(value)}
              />
              <span>{value ? t.material : t.notMaterial}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {asksReason && (
        <div class={`field decision-rationale${textError ? ' field--error' : ''}`}>
          <label for={textId}>
            {t.rationale} <span class="visually-hidden">({issue.code})</span>
            {decision.shared && (
              <span class="badge badge--shared">{bulkText[locale].sharedReason}</span>
            )}
          </label>
          <p id={`${textId}-hint`} class="hint">
            {rule}
          </p>
          {textError && (
            <p id={`${textId}-error`} class="error-message">
              {textError}
            </p>
          )}
          <textarea
            id={textId}
            rows={2}
            value={decision.rationale}
            aria-invalid={textError ? true : undefined}
            aria-describedby={describedBy({ id: textId, hint: rule, error: textError })}
            onInput={(e) => props.onRationale(e.currentTarget.value)}
          />
        </div>
      )}
    </li>
  )
}
