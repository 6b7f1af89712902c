import { useState } from 'preact/hooks'
import { AXES, AXIS_NAMES } from '#surveys/domain/model'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { call, server } from '../../../shared/api.ts'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { summarise } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import { type AssessmentTabProps, canEdit, isLocked } from '../../assessment-types.ts'
import { LocalizedFields, TextAreaField } from '../../components/fields.tsx'
import { SavedNote } from '../../components/saved-note.tsx'
import { ScoringFields } from './scoring-fields.tsx'
import { formValues, ORDER, settingsPatch, type Values } from './settings-values.ts'
import { useAssessmentPatch } from './use-assessment-patch.ts'

/** The scoring settings, the report's names, and who rates which axis. */
export function SettingsForm(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const common = commonText[locale]
  const { assessment } = props
  const [values, setValues] = useState(() => formValues(assessment.settings))
  const { errors, busy, saved, save } = useAssessmentPatch(props)
  const set = (patch: Partial<Values>) => setValues({ ...values, ...patch })
  const editable = canEdit(assessment)
  const locked = isLocked(assessment)
  const submit = (event: Event) => {
    event.preventDefault()
    save(settingsPatch(values, locked))
  }
  return (
    <form class="card" aria-labelledby="settings-title" noValidate onSubmit={submit}>
      <h2 id="settings-title">{t.settingsTitle}</h2>
      {locked && <p class="notice notice--warning">{t.settingsLocked}</p>}
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, ORDER)} />
      <ScoringFields values={values} errors={errors} editable={editable} set={set} />
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
      <AxisSources {...props} />
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

/** Which groups' answers feed each axis, by the groups' names. */
function AxisSources({ assessment }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const groups = useResource(
    () => call(server.assessments[':id'].groups.$get({ param: { id: assessment.id } })),
    [assessment.id],
  )
  const groupName = (key: string) =>
    (groups.state === 'ready' && groups.data.groups.find((g) => g.key === key)?.names[locale]) ||
    key
  return (
    <>
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
    </>
  )
}
