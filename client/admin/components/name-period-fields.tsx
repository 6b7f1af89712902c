import { assessmentText } from '#surveys/i18n/assessment'
import { Field } from '../../shared/components/field.tsx'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'

export interface NamePeriod {
  name: string
  periodStart: string
  periodEnd: string
}

/** An assessment's name and reporting period, on the new-assessment page and the overview. */
export function NamePeriodFields(props: {
  values: NamePeriod
  errors: FieldErrors
  readOnly?: boolean
  onInput(patch: Partial<NamePeriod>): void
}) {
  const t = assessmentText[useLocale().locale]
  const field = (key: keyof NamePeriod, label: string, type = 'text') => (
    <Field
      id={key}
      type={type}
      label={label}
      value={props.values[key]}
      error={props.errors[key]}
      readOnly={props.readOnly}
      onInput={(e) => props.onInput({ [key]: e.currentTarget.value })}
    />
  )
  return (
    <>
      {field('name', t.name)}
      <div class="field-row">
        {field('periodStart', t.periodStart, 'date')}
        {field('periodEnd', t.periodEnd, 'date')}
      </div>
    </>
  )
}
