import { useEffect, useState } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { dialogText } from '#surveys/i18n/dialogs'
import type { Locale } from '#surveys/i18n/locales'
import { fetchProgress } from '../remote.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'

/**
 * "Close the survey?", saying how many people are part-way through it (a draft saved, nothing
 * submitted): closing takes their chance to submit. Counted when the dialog opens.
 */
export function CloseSurveyDialog(props: {
  assessmentId: string
  open: boolean
  busy: boolean
  locale: Locale
  onConfirm(): void
  onCancel(): void
}) {
  const t = dialogText[props.locale]
  const [started, setStarted] = useState<number | null>(null)
  useEffect(() => {
    if (!props.open) return
    setStarted(null)
    fetchProgress(props.assessmentId).then(
      (progress) => setStarted(progress.totals.started),
      () => setStarted(null),
    )
  }, [props.open, props.assessmentId])
  return (
    <ConfirmDialog
      open={props.open}
      title={t.closeTitle}
      confirmLabel={t.closeConfirm}
      cancelLabel={commonText[props.locale].cancel}
      busy={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <p data-testid="close-survey-count">
        {started === null ? t.closeCounting : t.closeBody(started)}
      </p>
    </ConfirmDialog>
  )
}
