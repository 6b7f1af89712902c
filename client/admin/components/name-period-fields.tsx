import { assessmentText } from '#surveys/i18n/assessment'
import { Field } from '../../shared/components/field.tsx'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { LineField } from './fields.tsx'

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
  const field = (key: 'periodStart' | 'periodEnd', label: string) => (
    <Field
      id={key}
      type="date"
      label={label}
      value={props.values[key]}
      error={props.errors[key]}
      readOnly={props.readOnly}
      onInput={(e) => props.onInput({ [key]: e.currentTarget.value })}
    />
  )
  return (
    <>
      <LineField
        id="name"
        label={t.name}
        value={props.values.name}
        error={props.errors.name}
        readOnly={props.readOnly}
        onInput={(name) => props.onInput({ name })}
      />
      <div class="field-row">
        {field('periodStart', t.periodStart)}
        {field('periodEnd', t.periodEnd)}
      </div>
    </>
  )
}
