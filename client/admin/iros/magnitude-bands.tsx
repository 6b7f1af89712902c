import { useState } from 'preact/hooks'
import { DEFAULT_DOUBLE_MATERIALITY } from '#surveys/domain/double-materiality'
import { bandLabel, iroScoringText } from '#surveys/i18n/iro-scoring'
import { call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import type { AssessmentDetail } from '../assessment-types.ts'

const POINTS = [1, 2, 3, 4, 5] as const
const LIMIT_FIELDS = [0, 1, 2, 3] as const

/**
 * The company's magnitude bands: admins and analysts set them while the assessment is a draft
 * (saved with the formula, locked when it opens); everyone else sees what each point means.
 */
export function MagnitudeBands(props: {
  assessment: AssessmentDetail
  editable: boolean
  onSaved(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const formula = props.assessment.settings.doubleMateriality ?? DEFAULT_DOUBLE_MATERIALITY
  const bands = formula.magnitudeBands
  const [basis, setBasis] = useState(bands?.basis ?? '')
  const [limits, setLimits] = useState(LIMIT_FIELDS.map((i) => String(bands?.limits[i] ?? '')))
  const [saved, setSaved] = useState(false)
  const { busy, errors, run } = useChange()
  const submit = async (event: Event) => {
    event.preventDefault()
    setSaved(false)
    const magnitudeBands = {
      basis,
      limits: limits.map((value) => (value.trim() === '' ? Number.NaN : Number(value))) as [
        number,
        number,
        number,
        number,
      ],
    }
    const ok = await run(() =>
      call(
        server.assessments[':id'].$patch({
          param: { id: props.assessment.id },
          json: { settings: { doubleMateriality: { ...formula, magnitudeBands } } },
        }),
      ),
    )
    if (!ok) return
    setSaved(true)
    props.onSaved()
  }
  const field = (key: string) =>
    errors[`settings.doubleMateriality.magnitudeBands.${key}`]?.[0] ??
    errors[`settings.doubleMateriality.magnitudeBands`]?.[0]
  return (
    <details class="card" open={!props.editable && bands !== undefined}>
      <summary>{t.bandsTitle}</summary>
      <p class="hint">{t.bandsLead}</p>
      {bands ? (
        <ol class="magnitude-bands" data-testid="magnitude-bands">
          {POINTS.map((point) => (
            <li key={point}>{`${point} · ${bandLabel(t, bands, point)}`}</li>
          ))}
        </ol>
      ) : (
        <p>{t.bandsNone}</p>
      )}
      {!props.editable && props.assessment.status !== 'draft' && (
        <p class="hint">{t.bandsLocked}</p>
      )}
      {props.editable && (
        <form class="stack" onSubmit={submit} noValidate>
          <ErrorSummary title={t.bandsTitle} errors={summarise(errors, [])} />
          <Field
            id="bands-basis"
            label={t.bandsBasis}
            value={basis}
            maxLength={100}
            error={field('basis')}
            onInput={(e) => setBasis(e.currentTarget.value)}
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
                value={limits[index]}
                error={field(`limits.${index}`) ?? (index === 3 ? field('limits') : undefined)}
                onInput={(e) =>
                  setLimits(limits.map((v, i) => (i === index ? e.currentTarget.value : v)))
                }
              />
            ))}
          </div>
          <button type="submit" class="button" disabled={busy}>
            {t.bandsSave}
          </button>
          {saved && (
            <p class="notice" role="status">
              {t.bandsSaved}
            </p>
          )}
        </form>
      )}
    </details>
  )
}
