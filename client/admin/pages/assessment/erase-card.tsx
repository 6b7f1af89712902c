import { useState } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { dialogText } from '#surveys/i18n/dialogs'
import { call, server } from '../../../shared/api.ts'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { errorsFromApi, summarise } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useChange } from '../../../shared/use-change.ts'
import type { AssessmentTabProps } from '../../assessment-types.ts'
import { ConfirmDialog } from '../../components/confirm-dialog.tsx'
import { TextAreaField } from '../../components/fields.tsx'

const MIN_REASON = 10

/**
 * Data retention for admins once the survey is closed: erase the respondents' personal data
 * (POST …/personal-data/erase), after an "Are you sure?", with a reason for the audit trail.
 */
export function EraseCard(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = dialogText[locale]
  const common = commonText[locale]
  const [reason, setReason] = useState('')
  const [asking, setAsking] = useState(false)
  const [erased, setErased] = useState<Parameters<(typeof t)['erased']>[0] | null>(null)
  const { errors, setErrors, busy, run } = useChange((error) => errorsFromApi(error, t.eraseFailed))
  const erase = async () => {
    const param = { id: props.assessment.id }
    const route = server.assessments[':id']['personal-data'].erase
    await run(async () => {
      setErased((await call(route.$post({ param, json: { reason } }))).erased)
      setReason('')
    })
    setAsking(false)
  }
  return (
    <section class="card" aria-labelledby="erase-title">
      <h2 id="erase-title">{t.eraseCardTitle}</h2>
      <p>{t.eraseLead}</p>
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, ['reason'])} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (reason.trim().length < MIN_REASON) {
            setErrors({ reason: t.eraseReasonShort })
            return
          }
          setErrors({})
          setAsking(true)
        }}
      >
        <TextAreaField
          id="reason"
          label={t.eraseReason}
          value={reason}
          error={errors.reason}
          rows={2}
          onInput={setReason}
        />
        <button type="submit" class="button button--danger" disabled={busy}>
          {busy ? t.erasing : t.eraseButton}
        </button>
      </form>
      {erased && (
        <p class="notice" role="status">
          {t.erased(erased)}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t.eraseTitle}
        confirmLabel={busy ? t.erasing : t.eraseConfirm}
        cancelLabel={common.cancel}
        busy={busy}
        danger
        onConfirm={erase}
        onCancel={() => setAsking(false)}
      >
        <p>{t.eraseBody}</p>
      </ConfirmDialog>
    </section>
  )
}
