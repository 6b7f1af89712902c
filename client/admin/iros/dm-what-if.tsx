import { doubleText } from '#surveys/i18n/double-materiality'
import { useLocale } from '../../shared/locale.tsx'

/** The thresholds typed on the page: text, so a field may be empty while one is typed. */
export interface WhatIfInput {
  impact: string
  financial: string
}

/** What-if thresholds of Mode B: the matrix and table follow them; they are never saved. */
export function DmWhatIf(props: {
  value: WhatIfInput
  locked: { impact: number; financial: number }
  onChange(value: WhatIfInput): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const { value, locked } = props
  const field = (key: keyof WhatIfInput, label: string) => (
    <label>
      {label}
      <input
        type="number"
        min="1"
        max="5"
        step="0.1"
        value={value[key]}
        onInput={(e) => props.onChange({ ...value, [key]: e.currentTarget.value })}
      />
    </label>
  )
  return (
    <div class="dm-what-if">
      {field('impact', t.whatIfImpact)}
      {field('financial', t.whatIfFinancial)}
      <button
        type="button"
        class="button button--secondary"
        onClick={() =>
          props.onChange({ impact: String(locked.impact), financial: String(locked.financial) })
        }
      >
        {t.reset}
      </button>
      <p class="hint">{t.whatIfNote}</p>
    </div>
  )
}
