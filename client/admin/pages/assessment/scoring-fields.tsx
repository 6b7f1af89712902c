import { BORDERLINE_MODES, MATERIALITY_RULES, type MaterialityRule } from '#surveys/domain/settings'
import { assessmentText } from '#surveys/i18n/assessment'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { Field } from '../../../shared/components/field.tsx'
import type { FieldErrors } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { Choice, ChoiceGroup, SelectField } from '../../components/fields.tsx'
import { MODES, type Values } from './settings-values.ts'

interface ScoringFieldsProps {
  values: Values
  errors: FieldErrors
  editable: boolean
  set(patch: Partial<Values>): void
}

/** The scoring settings' fields: scale, minimum n, threshold, rule, borderline band, language. */
export function ScoringFields(props: ScoringFieldsProps) {
  const { values, errors, editable, set } = props
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const numberField = numberFieldOf({ values, errors, editable, set })
  return (
    <div class="settings-grid">
      <ChoiceGroup id="settings.scaleMax" legend={t.scaleMax} error={errors['settings.scaleMax']}>
        {([5, 7] as const).map((k) => (
          <Choice
            key={k}
            type="radio"
            name="scaleMax"
            label={t.scalePoints(k)}
            checked={values.scaleMax === k}
            disabled={!editable}
            onChange={() => set({ scaleMax: k })}
          />
        ))}
      </ChoiceGroup>
      <Field label={t.nMin} hint={t.nMinHint} {...numberField('nMin', 'settings.nMin')} />
      <ThresholdFields {...props} />
      <ChoiceGroup id="settings.rule" legend={t.rule} error={errors['settings.rule']}>
        {MATERIALITY_RULES.map((rule: MaterialityRule) => (
          <Choice
            key={rule}
            type="radio"
            name="rule"
            label={t[`rule_${rule}`]}
            checked={values.rule === rule}
            disabled={!editable}
            onChange={() => set({ rule })}
          />
        ))}
      </ChoiceGroup>
      <BorderlineFields {...props} />
      <SelectField
        id="settings.defaultLocale"
        label={t.defaultLocale}
        value={values.defaultLocale}
        disabled={!editable}
        options={LOCALES.map((value: Locale) => ({ value, label: LOCALE_NAMES[value] }))}
        onChange={(defaultLocale) => set({ defaultLocale })}
      />
      <div class="field">
        <Choice
          id="settings.excludeFlagged"
          type="checkbox"
          label={t.excludeFlagged}
          checked={values.excludeFlagged}
          disabled={!editable}
          onChange={(e) => set({ excludeFlagged: e.currentTarget.checked })}
        />
      </div>
    </div>
  )
}

/** A number a mode asks for: which value, its field's id, label and hint. */
interface NumberSpec {
  key: NumberKey
  id: string
  label: string
  hint?: string
}

/** The threshold rule and its numbers. */
function ThresholdFields(props: ScoringFieldsProps) {
  const t = assessmentText[useLocale().locale]
  return (
    <ModeFields
      {...props}
      id="settings.threshold"
      label={t.thresholdMode}
      value={props.values.mode}
      options={MODES.map((mode) => ({ value: mode, label: t[`mode_${mode}`] }))}
      onChange={(mode) => props.set({ mode })}
      numbers={{
        percentile: [
          { key: 'p', id: 'settings.threshold.p', label: t.percentile, hint: t.percentileHint },
        ],
        absolute: [
          { key: 'impact', id: 'settings.threshold.impact', label: t.absoluteImpact },
          {
            key: 'stakeholder',
            id: 'settings.threshold.stakeholder',
            label: t.absoluteStakeholder,
          },
        ],
        topN: [{ key: 'n', id: 'settings.threshold.n', label: t.topN }],
      }}
    />
  )
}

/** The borderline band and its width, or why there is none. */
function BorderlineFields(props: ScoringFieldsProps) {
  const t = assessmentText[useLocale().locale]
  return (
    <ModeFields
      {...props}
      id="settings.borderline"
      label={t.borderlineMode}
      value={props.values.band}
      options={BORDERLINE_MODES.map((mode) => ({ value: mode, label: t[`borderline_${mode}`] }))}
      onChange={(band) => props.set({ band })}
      numbers={{
        se: [
          { key: 'k', id: 'settings.borderline.k', label: t.borderlineK, hint: t.borderlineKHint },
        ],
        fixed: [
          {
            key: 'width',
            id: 'settings.borderline.width',
            label: t.borderlineWidth,
            hint: t.borderlineWidthHint,
          },
        ],
      }}
      notes={{ off: t.borderlineOffHint }}
    />
  )
}

/**
 * A menu of modes (its error under the setting's id) and, below it, the numbers the chosen mode
 * asks for, side by side when there are several, or a note.
 */
function ModeFields<M extends string>(
  props: ScoringFieldsProps & {
    id: string
    label: string
    value: M
    options: { value: M; label: string }[]
    onChange(mode: M): void
    numbers: Partial<Record<M, NumberSpec[]>>
    notes?: Partial<Record<M, string>>
  },
) {
  const numberField = numberFieldOf(props)
  const fields = (props.numbers[props.value] ?? []).map((spec) => (
    <Field key={spec.key} label={spec.label} hint={spec.hint} {...numberField(spec.key, spec.id)} />
  ))
  const note = props.notes?.[props.value]
  return (
    <div>
      <SelectField
        id={props.id}
        label={props.label}
        value={props.value}
        error={props.errors[props.id]}
        disabled={!props.editable}
        options={props.options}
        onChange={props.onChange}
      />
      {fields.length > 1 ? <div class="field-row">{fields}</div> : fields}
      {note && <p class="hint">{note}</p>}
    </div>
  )
}

type NumberKey = 'nMin' | 'p' | 'impact' | 'stakeholder' | 'n' | 'k' | 'width'

/** A number typed as text: the Field props for one of the values. */
const numberFieldOf =
  ({ values, errors, editable, set }: ScoringFieldsProps) =>
  (key: NumberKey, id: string) => ({
    id,
    type: 'text',
    inputMode: 'decimal' as const,
    value: values[key],
    error: errors[id],
    readOnly: !editable,
    onInput: (e: Event) => set({ [key]: (e.currentTarget as HTMLInputElement).value }),
  })
