import { DEFAULT_DOUBLE_MATERIALITY } from '#surveys/domain/double-materiality'
import { bandLabel, iroScoringText } from '#surveys/i18n/iro-scoring'
import { useLocale } from '../../shared/locale.tsx'
import type { AssessmentDetail } from '../assessment-types.ts'
import { MagnitudeBandsForm } from './magnitude-bands-form.tsx'

const POINTS = [1, 2, 3, 4, 5] as const

/**
 * The company's magnitude bands: admins and analysts set them while the assessment is a draft
 * (saved with the formula, locked when it opens; MagnitudeBandsForm); everyone else sees what
 * each point means.
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
        <MagnitudeBandsForm
          assessmentId={props.assessment.id}
          formula={formula}
          onSaved={props.onSaved}
        />
      )}
    </details>
  )
}
