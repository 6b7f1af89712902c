import { doubleText } from '#surveys/i18n/double-materiality'
import { iroDetailsText } from '#surveys/i18n/iro-details'
import { Field } from '../../shared/components/field.tsx'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { IroAffected } from './iro-affected.tsx'
import { IroEvidence } from './iro-evidence.tsx'
import type { AffectedGroup, IroValues } from './iro-values.ts'

/** The error keys of these fields, in the order they appear, for the form's error summary. */
export const detailFields = (values: IroValues) => [
  'affectedOther',
  'evidence',
  ...values.evidence.flatMap((_, i) => [
    `evidence.${i}`,
    `evidence.${i}.url`,
    `evidence.${i}.note`,
  ]),
  'owner',
]

/** The IRO form's affected stakeholders, evidence and owner (a person or a function, as text). */
export function IroFormDetails(props: {
  id(field: string): string
  groups: readonly AffectedGroup[]
  values: IroValues
  errors: FieldErrors
  set(patch: Partial<IroValues>): void
}) {
  const { locale } = useLocale()
  const { id, values, errors, set } = props
  return (
    <>
      <IroAffected {...props} />
      <IroEvidence
        id={id}
        rows={values.evidence}
        errors={errors}
        set={(evidence) => set({ evidence })}
      />
      <Field
        id={id('owner')}
        label={doubleText[locale].owner}
        hint={iroDetailsText[locale].ownerHint}
        value={values.owner}
        error={errors.owner}
        maxLength={200}
        onInput={(e) => set({ owner: e.currentTarget.value })}
      />
    </>
  )
}
