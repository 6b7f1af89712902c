import { useState } from 'preact/hooks'
import { AXES, AXIS_NAMES } from '#surveys/domain/model'
import {
  type AssessmentSettings,
  BORDERLINE_MODES,
  type BorderlineSettings,
  MATERIALITY_RULES,
  type MaterialityRule,
  type ThresholdSettings,
} from '#surveys/domain/settings'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { get } from '../../../shared/api.ts'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { Field } from '../../../shared/components/field.tsx'
import { summarise } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import type { AssessmentTabProps } from '../../assessment-tabs.ts'
import { canEdit, type Group, isLocked } from '../../assessment-types.ts'
import {
  Choice,
  ChoiceGroup,
  LocalizedFields,
  SelectField,
  TextAreaField,
} from '../../components/fields.tsx'
import { SavedNote, usePatch } from './overview.tsx'

type Mode = ThresholdSettings['mode']
const MODES: Mode[] = ['percentile', 'absolute', 'topN']

/** Numbers are edited as text, so a half-typed value stays on screen until it is checked. */
function formValues(settings: AssessmentSettings) {
  const threshold = settings.threshold
  return {
    scaleMax: settings.scaleMax,
    nMin: String(settings.nMin),
    mode: threshold.mode,
    p: String(threshold.mode === 'percentile' ? threshold.p : 0.75),
    impact: String(threshold.mode === 'absolute' ? threshold.impact : 3.5),
    stakeholder: String(threshold.mode === 'absolute' ? threshold.stakeholder : 3.5),
    n: String(threshold.mode === 'topN' ? threshold.n : 10),
    rule: settings.rule,
    band: settings.borderline.mode,
    k: String(settings.borderline.mode === 'se' ? settings.borderline.k : 1.96),
    width: String(settings.borderline.mode === 'fixed' ? settings.borderline.width : 0.25),
    excludeFlagged: settings.excludeFlagged,
    defaultLocale: settings.defaultLocale,
    names: { en: '', 'zh-Hant': '', 'zh-Hans': '', ...settings.names },
    reason: '',
  }
}

type Values = ReturnType<typeof formValues>

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

function thresholdOf(values: Values): ThresholdSettings {
  if (values.mode === 'percentile') return { mode: 'percentile', p: number(values.p) }
  if (values.mode === 'absolute') {
    return {
      mode: 'absolute',
      impact: number(values.impact),
      stakeholder: number(values.stakeholder),
    }
  }
  return { mode: 'topN', n: number(values.n) }
}

function borderlineOf(values: Values): BorderlineSettings {
  if (values.band === 'se') return { mode: 'se', k: number(values.k) }
  if (values.band === 'fixed') return { mode: 'fixed', width: number(values.width) }
  return { mode: 'off' }
}

const ORDER = [
  'settings.scaleMax',
  'settings.nMin',
  'settings.threshold',
  'settings.threshold.p',
  'settings.threshold.impact',
  'settings.threshold.stakeholder',
  'settings.threshold.n',
  'settings.rule',
  'settings.borderline',
  'settings.borderline.k',
  'settings.borderline.width',
  ...LOCALES.map((locale) => `settings.names.${locale}`),
  'reason',
]

export function SettingsForm(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const common = commonText[locale]
  const { assessment } = props
  const [values, setValues] = useState(() => formValues(assessment.settings))
  const groups = useResource(
    () => get<{ groups: Group[] }>(`/api/assessments/${assessment.id}/groups`),
    [assessment.id],
  )
  const groupName = (key: string) =>
    (groups.state === 'ready' && groups.data.groups.find((g) => g.key === key)?.names[locale]) ||
    key
  const { errors, busy, saved, save } = usePatch(props)
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch })
  const editable = canEdit(assessment)
  const locked = isLocked(assessment)
  const submit = (event: Event) => {
    event.preventDefault()
    save({
      settings: {
        scaleMax: values.scaleMax,
        nMin: number(values.nMin),
        threshold: thresholdOf(values),
        rule: values.rule,
        borderline: borderlineOf(values),
        excludeFlagged: values.excludeFlagged,
        defaultLocale: values.defaultLocale,
        // A cleared field drops that language's name, so the report falls back to the name.
        names: Object.fromEntries(
          LOCALES.flatMap((l) => (values.names[l].trim() ? [[l, values.names[l]]] : [])),
        ),
      },
      ...(locked && values.reason ? { reason: values.reason } : {}),
    })
  }
  const numberField = (
    key: 'nMin' | 'p' | 'impact' | 'stakeholder' | 'n' | 'k' | 'width',
    id: string,
  ) => ({
    id,
    type: 'text',
    inputMode: 'decimal' as const,
    value: values[key],
    error: errors[id],
    readOnly: !editable,
    onInput: (e: Event) => set({ [key]: (e.currentTarget as HTMLInputElement).value }),
  })

  return (
    <form class="card" aria-labelledby="settings-title" noValidate onSubmit={submit}>
      <h2 id="settings-title">{t.settingsTitle}</h2>
      {locked && <p class="notice notice--warning">{t.settingsLocked}</p>}
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, ORDER)} />
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
              <Field
                label={t.absoluteImpact}
                {...numberField('impact', 'settings.threshold.impact')}
              />
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
      <LocalizedFields
        id="settings.names"
        name="settings.names"
        label={t.localNames}
        hint={t.localNamesHint}
        value={values.names}
        errors={errors}
        readOnly={!editable}
        onInput={(names) => set({ names })}
      />
      <h3>{t.axisSources}</h3>
      <dl class="axis-sources">
        {AXES.map((axis) => (
          <div key={axis}>
            <dt>{AXIS_NAMES[axis][locale]}</dt>
            <dd>
              {assessment.axisSources[axis].map(groupName).join(locale === 'en' ? ', ' : '、') ||
                '—'}
            </dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t.axisSourcesHint}</p>
      {editable && locked && (
        <TextAreaField
          id="reason"
          label={t.reason}
          value={values.reason}
          error={errors.reason}
          rows={2}
          onInput={(reason) => set({ reason })}
        />
      )}
      {editable && (
        <div class="button-row">
          <button type="submit" class="button" disabled={busy}>
            {busy ? common.saving : t.saveSettings}
          </button>
          <SavedNote show={saved} />
        </div>
      )}
    </form>
  )
}
