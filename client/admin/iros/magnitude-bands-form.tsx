import type { DoubleMaterialitySettings } from '#surveys/domain/double-materiality'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { LIMIT_FIELDS, useMagnitudeBands } from './use-magnitude-bands.ts'

/** The bands' basis and four limits for an admin or analyst to set while the assessment is a draft. */
export function MagnitudeBandsForm(props: {
  assessmentId: string
  formula: DoubleMaterialitySettings
  onSaved(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const form = useMagnitudeBands(props.assessmentId, props.formula, props.onSaved)
  return (
    <form class="stack" onSubmit={form.submit} noValidate>
      <ErrorSummary title={t.bandsTitle} errors={summarise(form.errors, [])} />
      <Field
        id="bands-basis"
        label={t.bandsBasis}
        value={form.basis}
        maxLength={100}
        error={form.fieldError('basis')}
        onInput={(e) => form.setBasis(e.currentTarget.value)}
      />
      <div class="field-row">
        {LIMIT_FIELDS.map((index) => (
          <Field
            key={index}
            id={`bands-limit-${index + 1}`}
            label={t.bandsLimit(index + 1)}
            type="number"
            inputMode="decimal"
            min="0"
            step="any"
            value={form.limits[index]}
            error={
              form.fieldError(`limits.${index}`) ??
              (index === 3 ? form.fieldError('limits') : undefined)
            }
            onInput={(e) => form.setLimit(index, e.currentTarget.value)}
          />
        ))}
      </div>
      <button type="submit" class="button" disabled={form.busy}>
        {t.bandsSave}
      </button>
      {form.saved && (
        <p class="notice" role="status">
          {t.bandsSaved}
        </p>
      )}
    </form>
  )
}
