import { dmComparisonText } from '#surveys/i18n/dm-comparison'
import type { ComparisonText } from '#surveys/i18n/matrix'
import type { ComparisonView } from '#surveys/schemas/comparison-view'
import { useLocale } from '../../shared/locale.tsx'
import { ARROW_MIN_MOVE } from './chart-arrows.ts'

/**
 * How the two years were compared, under "Compare with": what the arrows show, and the warnings
 * — the scale changed (normalised), the formula changed, or the methods differ (decisions only).
 */
export function ComparisonNotes(props: { view: ComparisonView; text: ComparisonText }) {
  const { view, text: t } = props
  const { locale } = useLocale()
  const d = dmComparisonText[locale]
  const { previous, comparison, double } = view
  if (!previous) return null
  const decisions = comparison?.basis === 'decisions' || double?.basis === 'decisions'
  const changes = double?.topics ?? comparison?.issues ?? []
  const shared = changes.some((change) => change.presence === 'both')
  return (
    <>
      {comparison && !decisions && <p class="hint">{t.arrowsNote(previous.name)}</p>}
      {double && !decisions && <p class="hint">{d.arrowsNote(previous.name)}</p>}
      {comparison?.basis === 'normalised' && (
        <p class="notice notice--warning" data-testid="normalised-note">
          {t.normalised(comparison.previousScaleMax, comparison.currentScaleMax)}
        </p>
      )}
      {double?.formulaChanged && double.previousFormula && (
        <p class="notice notice--warning" data-testid="formula-changed-note">
          {d.formulaChanged(d.formula(double.previousFormula), d.formula(double.currentFormula))}
        </p>
      )}
      {decisions && (
        <p class="notice notice--warning" data-testid="decisions-only-note">
          {double ? d.decisionsOnly(previous.name) : d.matrixDecisionsOnly(previous.name)}
        </p>
      )}
      {changes.length > 0 && !shared && (
        <p class="notice notice--warning" data-testid="no-common-topics-note">
          {d.noCommonTopics}
        </p>
      )}
    </>
  )
}

/** "Show every issue's arrow", and which arrows show while it is off (topics' on the DM matrix). */
export function ArrowsChoice(props: {
  all: boolean
  onChange(all: boolean): void
  text: Pick<ComparisonText, 'allArrows' | 'arrowsFiltered'>
}) {
  const { text: t } = props
  return (
    <div class="arrows-choice">
      <label class="checkbox-inline">
        <input
          type="checkbox"
          checked={props.all}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        {t.allArrows}
      </label>
      {!props.all && <p class="hint">{t.arrowsFiltered(ARROW_MIN_MOVE.toFixed(2))}</p>}
    </div>
  )
}
