import { surveyText } from '#surveys/i18n/survey'
import { useText } from '../../shared/locale.tsx'

/** Answered out of total, as text and as a bar. */
export function Progress(props: { answered: number; total: number }) {
  const t = useText(surveyText)
  const label = t.progress(props.answered, props.total)
  return (
    <div class="progress">
      <span class="progress-text" aria-hidden="true">
        {label}
      </span>
      <progress max={props.total} value={props.answered} aria-label={label} />
    </div>
  )
}
