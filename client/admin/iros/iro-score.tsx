import type { MagnitudeBands } from '#surveys/domain/double-materiality'
import { doubleText } from '#surveys/i18n/double-materiality'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { IroScoreScale } from './iro-score-scale.tsx'
import type { Iro } from './iro-types.ts'
import { useIroScore } from './use-iro-score.ts'

/**
 * The signed-in assessor's scores of one IRO: one anchored 1–5 scale per component (IroScoreScale),
 * stacked so that it works on a phone; state in useIroScore.
 */
export function IroScoreForm(props: {
  assessmentId: string
  iro: Iro
  bands?: MagnitudeBands | null | undefined
  onSaved(): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const form = useIroScore(props.assessmentId, props.iro, props.onSaved)
  return (
    <form class="iro-score stack" onSubmit={form.submit} noValidate>
      <h4>{t.scoreTitle}</h4>
      <p class="hint">{t.scoreLead}</p>
      <ErrorSummary title={t.scoreTitle} errors={summarise(form.errors, form.keys)} />
      {form.keys.map((key) => (
        <IroScoreScale
          key={key}
          name={`score-${props.iro.id}-${key}`}
          component={key}
          value={form.values[key]}
          bands={props.bands}
          onChoose={(value) => form.choose(key, value)}
        />
      ))}
      <div class="stack">
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t.saving : t.saveScores}
        </button>
        {form.saved && (
          <p class="notice" role="status">
            {t.saved}
          </p>
        )}
      </div>
    </form>
  )
}
