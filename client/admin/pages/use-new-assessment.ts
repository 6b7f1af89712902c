import { useState } from 'preact/hooks'
import { adminText } from '#surveys/i18n/admin'
import { assessmentText } from '#surveys/i18n/assessment'
import { CreateAssessmentBody } from '#surveys/schemas/assessments'
import { call, server } from '../../shared/api.ts'
import { validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { navigate } from '../../shared/router.tsx'
import { useChange } from '../../shared/use-change.ts'

export interface NewAssessmentValues {
  name: string
  periodStart: string
  periodEnd: string
  source: 'library' | 'previous'
  copyFrom: string
  organisation: string
  method: 'matrix' | 'double'
  library: 'hkex-33' | 'esrs'
}

/**
 * The new-assessment form's state: started from a library (in a chosen organisation) or from an
 * earlier assessment (`?copyFrom=` preselects it); checked, created, then opened.
 */
export function useNewAssessment(organisations: { id: string }[]) {
  const { locale } = useLocale()
  const copyFromUrl = new URLSearchParams(location.search).get('copyFrom') ?? ''
  const [values, setValues] = useState<NewAssessmentValues>({
    name: '',
    periodStart: '',
    periodEnd: '',
    source: copyFromUrl ? 'previous' : 'library',
    copyFrom: copyFromUrl,
    organisation: organisations.length === 1 ? (organisations[0]?.id ?? '') : '',
    method: 'matrix',
    library: 'hkex-33',
  })
  const { errors, setErrors, busy, run } = useChange()
  const set = (patch: Partial<NewAssessmentValues>) => setValues({ ...values, ...patch })

  const submit = async (event: Event) => {
    event.preventDefault()
    const body = {
      name: values.name,
      periodStart: values.periodStart || null,
      periodEnd: values.periodEnd || null,
      library: values.library,
      method: values.method,
      copyFrom: values.source === 'previous' ? values.copyFrom || undefined : null,
      // A copy belongs where its source does; a fresh one goes where the user chose.
      organisation: values.source === 'library' ? values.organisation || undefined : undefined,
    }
    if (values.source === 'previous' && !values.copyFrom) {
      return setErrors({ copyFrom: assessmentText[locale].choosePrevious })
    }
    if (values.source === 'library' && !values.organisation) {
      return setErrors({ organisation: adminText[locale].chooseOrganisation })
    }
    const checked = validateForm(CreateAssessmentBody, body)
    if (!checked.ok) return setErrors(checked.errors)
    await run(async () => {
      const created = await call(server.assessments.$post({ json: checked.value }))
      navigate(`/assessments/${created.id}`)
    })
  }

  return { values, set, errors, busy, submit }
}
