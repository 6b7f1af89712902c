import { useState } from 'preact/hooks'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import { ErrorState } from '../../shared/components/states.tsx'
import { Link } from '../../shared/router.tsx'
import { useChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import { type AssessmentDetail, canEdit } from '../assessment-types.ts'
import { CloseSurveyDialog } from '../components/close-survey-dialog.tsx'
import { fetchProgress, patchAssessment } from '../remote.ts'

/** Before the survey closes there is nothing to confirm: say so, with the progress so far. */
export function NotClosed(props: {
  assessment: AssessmentDetail
  locale: Locale
  onClosed(): void
}) {
  const { assessment, locale } = props
  const t = confirmationPageText[locale]
  const common = commonText[locale]
  const progress = useResource(() => fetchProgress(assessment.id), [assessment.id])
  const { busy, failed, run } = useChange()
  const [asking, setAsking] = useState(false)
  const close = async () => {
    const closed = await run(() => patchAssessment(assessment.id, { status: 'closed' }))
    setAsking(false)
    if (closed) props.onClosed()
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
