import { assessmentText } from '#surveys/i18n/assessment'
import { useLocale } from '../../shared/locale.tsx'

/** A quiet "Saved." that screen readers hear once. */
export function SavedNote(props: { show: boolean }) {
  const t = assessmentText[useLocale().locale]
  return (
    <span class="saved-note" role="status">
      {props.show ? t.saved : ''}
    </span>
  )
}
