import { useState } from 'preact/hooks'
import { can } from '#surveys/domain/permissions'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { dialogText } from '#surveys/i18n/dialogs'
import { disclosureText } from '#surveys/i18n/disclosure'
import { UpdateAssessmentBody } from '#surveys/schemas/assessments'
import { ApiError, patch } from '../../../shared/api.ts'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { errorsFromApi, type FieldErrors, summarise, validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { Link } from '../../../shared/router.tsx'
import type { AssessmentTabProps } from '../../assessment-tabs.ts'
import { canEdit } from '../../assessment-types.ts'
import { CloseSurveyDialog } from '../../components/close-survey-dialog.tsx'
import { ConfirmDialog } from '../../components/confirm-dialog.tsx'
import { TextAreaField } from '../../components/fields.tsx'
import { NamePeriodFields } from '../../components/name-period-fields.tsx'
import { EraseCard } from './erase-card.tsx'
import { SettingsForm } from './settings-form.tsx'

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

/** Saves a PATCH and reports field errors; shared by the overview's forms. */
export function usePatch(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const save = async (body: Record<string, unknown>) => {
    const checked = validateForm(UpdateAssessmentBody, body)
    setSaved(false)
    if (!checked.ok) return setErrors(checked.errors)
    setBusy(true)
    try {
      await patch(`/api/assessments/${props.assessment.id}`, checked.value)
      setErrors({})
      setSaved(true)
      props.reload()
    } catch (error) {
      setErrors(
        error instanceof ApiError && error.code === 'setting_locked'
          ? { reason: assessmentText[locale].settingsLocked }
          : errorsFromApi(error, commonText[locale].networkError),
      )
    } finally {
      setBusy(false)
    }
  }
  return { errors, setErrors, busy, saved, save }
}

const REOPEN = 'reopen-reason'

function StatusCard(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const common = commonText[locale]
  const { status } = props.assessment
  const { errors: patchErrors, busy, save } = usePatch(props)
  // The settings form below has its own reason field: this one needs an id of its own.
  const { reason: reasonError, ...otherErrors } = patchErrors
  const errors = reasonError ? { ...otherErrors, [REOPEN]: reasonError } : otherErrors
  const [reason, setReason] = useState('')
  const [asking, setAsking] = useState<'open' | 'close' | 'reopen' | null>(null)
  const d = dialogText[locale]
  const move = async (body: Record<string, unknown>) => {
    await save(body)
    setAsking(null)
  }
  const editable = canEdit(props.assessment)
  const body = {
    draft: t.statusDraftBody,
    open: t.statusOpenBody,
    closed: t.statusClosedBody,
    confirmed: t.statusFinalBody,
    approved: t.statusFinalBody,
  }[status]
  return (
    <section class="card" aria-labelledby="status-title">
      <h2 id="status-title">{t.statusTitle}</h2>
      <p>{body}</p>
      {(status === 'confirmed' || status === 'approved') && (
        <p>
          <Link href={`/assessments/${props.assessment.id}/disclosure`}>
            {disclosureText[locale].openDraft}
          </Link>
        </p>
      )}
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, [REOPEN])} />
      {editable && status === 'draft' && (
        <button type="button" class="button" disabled={busy} onClick={() => setAsking('open')}>
          {t.openSurvey}
        </button>
      )}
      {editable && status === 'open' && (
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          onClick={() => setAsking('close')}
        >
          {t.closeSurvey}
        </button>
      )}
      {editable && status === 'closed' && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            setAsking('reopen')
          }}
        >
          <TextAreaField
            id={REOPEN}
            label={t.reopenReason}
            value={reason}
            error={errors[REOPEN]}
            rows={2}
            onInput={setReason}
          />
          <button type="submit" class="button button--secondary" disabled={busy}>
            {t.reopenSurvey}
          </button>
        </form>
      )}
      <ConfirmDialog
        open={asking === 'open' || asking === 'reopen'}
        title={asking === 'reopen' ? d.reopenTitle : d.openTitle}
        confirmLabel={asking === 'reopen' ? d.reopenConfirm : d.openConfirm}
        cancelLabel={common.cancel}
        busy={busy}
        onConfirm={() =>
          move(asking === 'reopen' ? { status: 'open', reason } : { status: 'open' })
        }
        onCancel={() => setAsking(null)}
      >
        <p>{asking === 'reopen' ? d.reopenBody : d.openBody}</p>
      </ConfirmDialog>
      <CloseSurveyDialog
        assessmentId={props.assessment.id}
        open={asking === 'close'}
        busy={busy}
        locale={locale}
        onConfirm={() => move({ status: 'closed' })}
        onCancel={() => setAsking(null)}
      />
    </section>
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
  const { errors, busy, saved, save } = usePatch(props)
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

/** A quiet "Saved." that screen readers hear once. */
export function SavedNote(props: { show: boolean }) {
  const t = assessmentText[useLocale().locale]
  return (
    <span class="saved-note" role="status">
      {props.show ? t.saved : ''}
    </span>
  )
}
