import { surveyText } from '#surveys/i18n/survey'
import { formatResumeCode } from '#surveys/schemas/survey'
import { formatDate } from '../../shared/dates.ts'
import { useLocale } from '../../shared/locale.tsx'
import type { SaveStatus } from '../use-survey-state.ts'

/** "Saved at 10:42", or that the answers are safe on this device until the server has them. */
export function SaveStatusLine(props: {
  status: SaveStatus
  savedAt?: string | undefined
  resumeCode?: string | undefined
}) {
  const { locale } = useLocale()
  const t = surveyText[locale]
  const time = props.savedAt ? formatDate(props.savedAt, locale, 'clock') : undefined
  const text =
    props.status === 'failed'
      ? t.notSaved
      : props.status === 'saving' || !time
        ? t.savedLocally
        : t.saved(time)
  return (
    <div class="save-status">
      <p role="status">{text}</p>
      {props.resumeCode && (
        <p>
          {t.resumeCodeIs}:{' '}
          <strong class="resume-code">{formatResumeCode(props.resumeCode)}</strong>
          <br />
          <span class="hint">{t.resumeCodeHelp}</span>
        </p>
      )}
    </div>
  )
}
