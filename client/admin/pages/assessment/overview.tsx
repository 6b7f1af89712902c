import { useState } from 'preact/hooks'
import { can } from '#surveys/domain/permissions'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { summarise } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { type AssessmentTabProps, canEdit } from '../../assessment-types.ts'
import { NamePeriodFields } from '../../components/name-period-fields.tsx'
import { SavedNote } from '../../components/saved-note.tsx'
import { EraseCard } from './erase-card.tsx'
import { SettingsForm } from './settings-form.tsx'
import { StatusCard } from './status-card.tsx'
import { useAssessmentPatch } from './use-assessment-patch.ts'

/** The overview section: status and its moves, the details, the scoring settings. */
export function OverviewTab(props: AssessmentTabProps) {
  const t = assessmentText[useLocale().locale]
  return (
    <div class="stack">
      {!canEdit(props.assessment) && <p class="notice">{t.readOnly}</p>}
      <StatusCard {...props} />
      <DetailsForm {...props} />
      <SettingsForm {...props} />
      {can(props.assessment.role, 'manageUsers') &&
        ['closed', 'confirmed', 'approved'].includes(props.assessment.status) && (
          <EraseCard {...props} />
        )}
    </div>
  )
}

function DetailsForm(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const common = commonText[locale]
  const { assessment } = props
  const [values, setValues] = useState({
    name: assessment.name,
    periodStart: assessment.periodStart ?? '',
    periodEnd: assessment.periodEnd ?? '',
  })
  const { errors, busy, saved, save } = useAssessmentPatch(props)
  const editable = canEdit(assessment)
  return (
    <form
      class="card"
      aria-labelledby="details-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        save({
          name: values.name,
          periodStart: values.periodStart || null,
          periodEnd: values.periodEnd || null,
        })
      }}
    >
      <h2 id="details-title">{t.detailsTitle}</h2>
      <ErrorSummary
        title={common.errorSummaryTitle}
        errors={summarise(errors, ['name', 'periodStart', 'periodEnd'])}
      />
      <NamePeriodFields
        values={values}
        errors={errors}
        readOnly={!editable}
        onInput={(patch) => setValues({ ...values, ...patch })}
      />
      {editable && (
        <div class="button-row">
          <button type="submit" class="button" disabled={busy}>
            {busy ? common.saving : t.saveDetails}
          </button>
          <SavedNote show={saved} />
        </div>
      )}
    </form>
  )
}
