import { useState } from 'preact/hooks'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { dialogText } from '#surveys/i18n/dialogs'
import { disclosureText } from '#surveys/i18n/disclosure'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { summarise } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { Link } from '../../../shared/router.tsx'
import { type AssessmentTabProps, canEdit } from '../../assessment-types.ts'
import { CloseSurveyDialog } from '../../components/close-survey-dialog.tsx'
import { ConfirmDialog } from '../../components/confirm-dialog.tsx'
import { TextAreaField } from '../../components/fields.tsx'
import { useAssessmentPatch } from './use-assessment-patch.ts'

const REOPEN = 'reopen-reason'

/** The survey's status and its moves: open, close, reopen with a reason. */
export function StatusCard(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const common = commonText[locale]
  const { status } = props.assessment
  const { errors: patchErrors, busy, save } = useAssessmentPatch(props)
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
