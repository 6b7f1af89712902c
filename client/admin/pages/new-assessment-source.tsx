import { adminText } from '#surveys/i18n/admin'
import { assessmentText } from '#surveys/i18n/assessment'
import { doubleText } from '#surveys/i18n/double-materiality'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { Choice, ChoiceGroup, SelectField } from '../components/fields.tsx'
import { fetchAssessments } from '../remote.ts'
import type { NewAssessmentValues } from './use-new-assessment.ts'

/**
 * Where a new assessment starts: a library (which one, and the organisation when the user has
 * several), or an earlier assessment to copy.
 */
export function SourceFields(props: {
  values: NewAssessmentValues
  errors: FieldErrors
  organisations: { id: string; name: string }[]
  onChange(patch: Partial<NewAssessmentValues>): void
}) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const admin = adminText[locale]
  const dm = doubleText[locale]
  const { values, errors, onChange: set } = props
  const previous = useResource(fetchAssessments, [])
  const earlier = previous.state === 'ready' ? previous.data.assessments : []
  return (
    <>
      <ChoiceGroup id="source" legend={t.startFrom}>
        <Choice
          type="radio"
          name="source"
          value="library"
          label={t.fromLibrary(values.library === 'esrs' ? dm.libraryEsrs : dm.libraryHkex)}
          checked={values.source === 'library'}
          onChange={() => set({ source: 'library' })}
        />
        <Choice
          type="radio"
          name="source"
          value="previous"
          label={t.fromPrevious}
          checked={values.source === 'previous'}
          disabled={earlier.length === 0}
          onChange={() => set({ source: 'previous' })}
        />
      </ChoiceGroup>
      {values.source === 'library' && (
        <SelectField
          id="library"
          label={dm.libraryLabel}
          value={values.library}
          options={[
            { value: 'hkex-33', label: dm.libraryHkex },
            { value: 'esrs', label: dm.libraryEsrs },
          ]}
          onChange={(library) => set({ library })}
        />
      )}
      {values.source === 'library' && props.organisations.length > 1 && (
        <SelectField
          id="organisation"
          label={admin.organisation}
          value={values.organisation}
          error={errors.organisation}
          options={[
            { value: '', label: admin.chooseOrganisation },
            ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          onChange={(organisation) => set({ organisation })}
        />
      )}
      {values.source === 'previous' && (
        <SelectField
          id="copyFrom"
          label={t.previous}
          value={values.copyFrom}
          error={errors.copyFrom}
          options={[
            { value: '', label: t.choosePrevious },
            ...earlier.map((a) => ({ value: a.id, label: a.name })),
          ]}
          onChange={(copyFrom) => set({ copyFrom })}
        />
      )}
    </>
  )
}
