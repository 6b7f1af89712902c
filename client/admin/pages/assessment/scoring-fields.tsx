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

/** The threshold rule and its numbers. */
function ThresholdFields(props: ScoringFieldsProps) {
  const { values, errors, editable, set } = props
  const t = assessmentText[useLocale().locale]
  const numberField = numberFieldOf(props)
  return (
    <div>
      <SelectField
        id="settings.threshold"
        label={t.thresholdMode}
        value={values.mode}
        error={errors['settings.threshold']}
        disabled={!editable}
        options={MODES.map((mode) => ({ value: mode, label: t[`mode_${mode}`] }))}
        onChange={(mode) => set({ mode })}
      />
      {values.mode === 'percentile' && (
        <Field
          label={t.percentile}
          hint={t.percentileHint}
          {...numberField('p', 'settings.threshold.p')}
        />
      )}
      {values.mode === 'absolute' && (
        <div class="field-row">
          <Field label={t.absoluteImpact} {...numberField('impact', 'settings.threshold.impact')} />
          <Field
            label={t.absoluteStakeholder}
            {...numberField('stakeholder', 'settings.threshold.stakeholder')}
          />
        </div>
      )}
      {values.mode === 'topN' && (
        <Field label={t.topN} {...numberField('n', 'settings.threshold.n')} />
      )}
    </div>
  )
}

/** The borderline band and its width. */
function BorderlineFields(props: ScoringFieldsProps) {
  const { values, errors, editable, set } = props
  const t = assessmentText[useLocale().locale]
  const numberField = numberFieldOf(props)
  return (
    <div>
      <SelectField
        id="settings.borderline"
        label={t.borderlineMode}
        value={values.band}
        error={errors['settings.borderline']}
        disabled={!editable}
        options={BORDERLINE_MODES.map((mode) => ({
          value: mode,
          label: t[`borderline_${mode}`],
        }))}
        onChange={(band) => set({ band })}
      />
      {values.band === 'se' && (
        <Field
          label={t.borderlineK}
          hint={t.borderlineKHint}
          {...numberField('k', 'settings.borderline.k')}
        />
      )}
      {values.band === 'fixed' && (
        <Field
          label={t.borderlineWidth}
          hint={t.borderlineWidthHint}
          {...numberField('width', 'settings.borderline.width')}
        />
      )}
      {values.band === 'off' && <p class="hint">{t.borderlineOffHint}</p>}
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
