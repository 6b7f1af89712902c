import { useState } from 'preact/hooks'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import { get, patch } from '../../shared/api.ts'
import { ErrorState } from '../../shared/components/states.tsx'
import { Link } from '../../shared/router.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { type AssessmentDetail, canEdit, type ResponseProgress } from '../assessment-types.ts'
import { CloseSurveyDialog } from '../components/close-survey-dialog.tsx'

/** Before the survey closes there is nothing to confirm: say so, with the progress so far. */
export function NotClosed(props: {
  assessment: AssessmentDetail
  locale: Locale
  onClosed(): void
}) {
  const { assessment, locale } = props
  const t = confirmationPageText[locale]
  const common = commonText[locale]
  const progress = useResource(
    () => get<ResponseProgress>(`/api/assessments/${assessment.id}/responses`),
    [assessment.id],
  )
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const [asking, setAsking] = useState(false)
  const close = async () => {
    setBusy(true)
    setFailed(false)
    try {
      await patch(`/api/assessments/${assessment.id}`, { status: 'closed' })
      props.onClosed()
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
      setAsking(false)
    }
  }
  const totals = progress.state === 'ready' ? progress.data.totals : undefined
  return (
    <section class="card" aria-labelledby="not-closed-title">
      <h3 id="not-closed-title">{t.notClosedTitle}</h3>
      <p>
        {assessment.status === 'open' && totals
          ? t.notClosedOpen(totals.completed, totals.invited)
          : t.notClosedDraft}
      </p>
      <p>
        <Link href={`/assessments/${assessment.id}/responses`}>{t.seeResponses}</Link>
      </p>
      {failed && <ErrorState message={t.closeFailed} />}
      {assessment.status === 'open' && canEdit(assessment) && (
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          onClick={() => setAsking(true)}
        >
          {busy ? common.saving : assessmentText[locale].closeSurvey}
        </button>
      )}
      <CloseSurveyDialog
        assessmentId={assessment.id}
        open={asking}
        busy={busy}
        locale={locale}
        onConfirm={close}
        onCancel={() => setAsking(false)}
      />
    </section>
  )
}
