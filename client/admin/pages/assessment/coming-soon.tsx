import { assessmentText } from '#surveys/i18n/assessment'
import { Empty } from '../../../shared/components/states.tsx'
import { useText } from '../../../shared/locale.tsx'

/** Holds a section's place in the nav until the issue that builds it replaces this entry. */
export function ComingSoonTab() {
  const t = useText(assessmentText)
  return <Empty title={t.comingSoon} />
}
