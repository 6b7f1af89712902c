import { ASPECT_NAMES } from '#surveys/domain/model'
import { bulkText } from '#surveys/i18n/confirmation-bulk'
import type { Locale } from '#surveys/i18n/locales'
import { matrixText } from '#surveys/i18n/matrix'
import type { Tier } from '#surveys/scoring/score-matrix'
import { describedBy } from '../components/fields.tsx'
import type { BulkChoice, BulkFilter } from './bulk.ts'
import { type BulkDecideProps, useBulkDecide } from './use-bulk-decide.ts'

const TIERS: Tier[] = ['material', 'review', 'not-material']
const CHOICES: BulkChoice[] = ['material', 'not-material', 'proposal']

/**
 * Decide several issues at once: select them by tier, flag or aspect (or tick them in the
 * list), choose one answer or the proposal, and write one reason that each of them keeps.
 */
export function BulkDecide(props: BulkDecideProps) {
  const { selected, locale } = props
  const t = bulkText[locale]
  const _m = matrixText[locale]
  const bulk = useBulkDecide(props)
  const { choice, setChoice, reason, setReason, error, done, matching, apply } = bulk
  return (
    <details class="card bulk" data-testid="bulk-decide">
      <summary>
        <h3 class="bulk-title">{t.title}</h3>
      </summary>
      <p class="hint">{t.lead}</p>
      <BulkFilters bulk={bulk} locale={locale} />
      <div class="button-row">
        <button
          type="button"
          class="button button--secondary"
          disabled={matching.length === 0}
          onClick={() => props.onSelect(matching)}
        >
          {t.selectMatching(matching.length)}
        </button>
        <button
          type="button"
          class="button button--quiet"
          disabled={selected.length === 0}
          onClick={() => props.onSelect([])}
        >
          {t.clear}
        </button>
      </div>
      <p aria-live="polite" data-testid="bulk-selected">
        {t.selected(selected.length)}
      </p>
      <fieldset class="field">
        <legend>{t.decision}</legend>
        <div class="segmented">
          {CHOICES.map((value) => (
            <label key={value} class="segmented-option">
              <input
                type="radio"
                name="bulk-choice"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              <span>{t[`choice_${value}`]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class={`field${error ? ' field--error' : ''}`}>
        <label for="bulk-reason">{t.reason}</label>
        <p id="bulk-reason-hint" class="hint">
          {t.reasonHint}
        </p>
        {error && (
          <p id="bulk-reason-error" class="error-message">
            {error}
          </p>
        )}
        <textarea
          id="bulk-reason"
          rows={3}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id: 'bulk-reason', hint: t.reasonHint, error })}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </div>
      <button type="button" class="button" disabled={selected.length === 0} onClick={apply}>
        {t.apply(selected.length)}
      </button>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
    </details>
  )
}

/** Which issues "Select matching" picks: by tier, flag and aspect (only those present). */
function BulkFilters({ bulk, locale }: { bulk: ReturnType<typeof useBulkDecide>; locale: Locale }) {
  const t = bulkText[locale]
  const m = matrixText[locale]
  const { filter, set, flags, aspects } = bulk
  return (
    <div class="bulk-filters">
      <label class="field">
        <span>{t.tier}</span>
        <select
          value={filter.tier}
          onChange={(e) => set({ tier: e.currentTarget.value as BulkFilter['tier'] })}
        >
          <option value="">{t.any}</option>
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {m[`tier_${tier}`]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t.flag}</span>
        <select
          value={filter.flag}
          onChange={(e) => set({ flag: e.currentTarget.value as BulkFilter['flag'] })}
        >
          <option value="">{t.any}</option>
          {flags.map((flag) => (
            <option key={flag} value={flag}>
              {m[`flag_${flag}`]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t.aspect}</span>
        <select
          value={filter.aspect}
          onChange={(e) => set({ aspect: e.currentTarget.value as BulkFilter['aspect'] })}
        >
          <option value="">{t.any}</option>
          {aspects.map((aspect) => (
            <option key={aspect} value={aspect}>
              {ASPECT_NAMES[aspect][locale]}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
