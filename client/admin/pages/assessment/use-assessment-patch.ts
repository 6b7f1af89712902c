import { useState } from 'preact/hooks'
import { assessmentText } from '#surveys/i18n/assessment'
import { UpdateAssessmentBody } from '#surveys/schemas/assessments'
import { ApiError, call, server } from '../../../shared/api.ts'
import { validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useChange } from '../../../shared/use-change.ts'
import type { AssessmentTabProps } from '../../assessment-types.ts'

/**
 * Saves a PATCH of the assessment (details, settings, status) and reports field errors; the
 * overview's forms each hold one. A locked setting names the reason field.
 */
export function useAssessmentPatch(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const [saved, setSaved] = useState(false)
  const change = useChange((error, fallback) =>
    error instanceof ApiError && error.code === 'setting_locked'
      ? { reason: assessmentText[locale].settingsLocked }
      : fallback,
  )
  const save = async (body: Record<string, unknown>) => {
    const checked = validateForm(UpdateAssessmentBody, body)
    setSaved(false)
    if (!checked.ok) return change.setErrors(checked.errors)
    const param = { id: props.assessment.id }
    const ok = await change.run(() =>
      call(server.assessments[':id'].$patch({ param, json: checked.value })),
    )
    if (!ok) return
    setSaved(true)
    props.reload()
  }
  return { errors: change.errors, setErrors: change.setErrors, busy: change.busy, saved, save }
}
