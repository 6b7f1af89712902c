import type { Axis } from '#surveys/domain/model'
import { surveyText } from '#surveys/i18n/survey'
import { useText } from '../../shared/locale.tsx'
import type { Questionnaire } from '../model.ts'

/** The id of an item's first radio: where the error summary sends the focus. */
export const firstRadioId = (key: string) => `q-${key.replace(':', '-')}-1`

interface Props {
  itemKey: string
  issueName: string
  axis: Questionnaire['axes'][number]
  scale: Questionnaire['scale']
  value: number | null | undefined
  error?: string | undefined
  onChange(value: number | null): void
}

/**
 * One question as a fieldset of radios, 1…K and "don't know" in one group, so the arrow keys
 * move through all of them and Tab moves on to the next question.
 */
export function AxisQuestion(props: Props) {
  const t = useText(surveyText)
  const id = `q-${props.itemKey.replace(':', '-')}`
  const scores = Array.from({ length: props.scale.max }, (_, i) => i + 1)
  const labelOf = (score: number) => props.scale.labels.find((l) => l.value === score)?.label
  return (
    <fieldset
      class={`axis-question${props.error ? ' axis-question--error' : ''}`}
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <legend>
        <span class="visually-hidden">{props.issueName}: </span>
        {props.axis.question}
      </legend>
      {props.error && (
        <p id={`${id}-error`} class="error-message">
          {props.error}
        </p>
      )}
      <div class="scale">
        {scores.map((score) => (
          <label key={score} class="scale-option">
            <input
              type="radio"
              id={`${id}-${score}`}
              name={id}
              value={score}
              checked={props.value === score}
              onChange={() => props.onChange(score)}
            />
            <span class="scale-number">{score}</span>
            {labelOf(score) && <span class="visually-hidden">{labelOf(score)}</span>}
          </label>
        ))}
      </div>
      <div class="scale-ends" aria-hidden="true">
        {props.scale.labels.map((label) => (
          <span key={label.value}>{label.label}</span>
        ))}
      </div>
      <label class="dont-know">
        <input
          type="radio"
          name={id}
          value=""
          checked={props.value === null}
          onChange={() => props.onChange(null)}
        />
        <span>{t.dontKnow}</span>
      </label>
    </fieldset>
  )
}

export const axisShortName = (axis: Axis, t: (typeof surveyText)['en']) =>
  axis === 'impact' ? t.impactShort : t.stakeholderShort
