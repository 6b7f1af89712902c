import { useState } from 'preact/hooks'
import type { MagnitudeBands } from '#surveys/domain/double-materiality'
import type { Horizon, IroScores } from '#surveys/domain/iros'
import { doubleText, SCALE_ANCHORS } from '#surveys/i18n/double-materiality'
import { bandLabel, iroScoringText } from '#surveys/i18n/iro-scoring'
import { type ComponentKey, iroComponents } from '#surveys/scoring/double-materiality'
import { call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import { Choice, ChoiceGroup } from '../components/fields.tsx'
import type { Iro } from './iro-types.ts'

type Anchored = keyof typeof SCALE_ANCHORS

/** The scale a component is scored on: impacts by name, risks' horizons on magnitude/likelihood. */
function anchorOf(key: ComponentKey): Anchored {
  const part = key.split('.').at(-1)
  return part === 'magnitude' || part === 'likelihood' ? part : (key as Anchored)
}

function read(scores: IroScores | null, key: ComponentKey): number | null {
  if (!scores) return null
  const [horizon, part] = key.split('.') as [Horizon, 'magnitude' | 'likelihood' | undefined]
  const value = part
    ? scores.horizons?.[horizon]?.[part]
    : scores[key as Anchored & keyof IroScores]
  return typeof value === 'number' ? value : null
}

/** The body PUT …/scores takes, from one value per component (null = not scored). */
function body(values: Partial<Record<ComponentKey, number | null>>): IroScores {
  const scores: IroScores = {}
  for (const [key, value] of Object.entries(values)) {
    const [horizon, part] = key.split('.') as [Horizon, 'magnitude' | 'likelihood' | undefined]
    if (!part) {
      scores[key as 'scale'] = value ?? null
      continue
    }
    const horizons = scores.horizons ?? {}
    horizons[horizon] = { ...horizons[horizon], [part]: value ?? null }
    scores.horizons = horizons
  }
  return scores
}

/**
 * The signed-in assessor's scores of one IRO: one anchored 1–5 scale per component, each point
 * with its short description — and on magnitude the company's band for it — stacked so that it
 * works on a phone.
 */
export function IroScoreForm(props: {
  assessmentId: string
  iro: Iro
  bands?: MagnitudeBands | null | undefined
  onSaved(): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const s = iroScoringText[locale]
  // The company's bands replace the default ones the magnitude anchors carry.
  const anchorText = (key: ComponentKey, point: number, anchor: string) =>
    props.bands && anchorOf(key) === 'magnitude'
      ? s.bandedMagnitude(point, bandLabel(s, props.bands, point))
      : anchor
  const keys = iroComponents(props.iro)
  const [values, setValues] = useState(() =>
    Object.fromEntries(keys.map((key) => [key, read(props.iro.myScores, key)])),
  )
  const [saved, setSaved] = useState(false)
  const { busy, errors, run } = useChange()
  const submit = async (event: Event) => {
    event.preventDefault()
    setSaved(false)
    const ok = await run(() =>
      call(
        server.assessments[':id'].iros[':iroId'].scores.$put({
          param: { id: props.assessmentId, iroId: props.iro.id },
          json: body(values),
        }),
      ),
    )
    if (ok) {
      setSaved(true)
      props.onSaved()
    }
  }
  const label = (key: ComponentKey) => {
    const [horizon, part] = key.split('.')
    if (!part) return t[`component_${key as Anchored}`]
    return `${t[`horizon_${horizon as Horizon}`]} · ${t[`component_${part as Anchored}`]}`
  }
  return (
    <form class="iro-score stack" onSubmit={submit} noValidate>
      <h4>{t.scoreTitle}</h4>
      <p class="hint">{t.scoreLead}</p>
      <ErrorSummary title={t.scoreTitle} errors={summarise(errors, keys)} />
      {keys.map((key) => {
        const name = `score-${props.iro.id}-${key}`
        return (
          <ChoiceGroup key={key} id={name} legend={label(key)}>
            {SCALE_ANCHORS[anchorOf(key)][locale].map((anchor, index) => (
              <Choice
                key={anchor}
                type="radio"
                name={name}
                value={String(index + 1)}
                label={`${index + 1} · ${anchorText(key, index + 1, anchor)}`}
                checked={values[key] === index + 1}
                onChange={() => setValues({ ...values, [key]: index + 1 })}
              />
            ))}
            <Choice
              type="radio"
              name={name}
              value=""
              label={t.notScored}
              checked={values[key] === null}
              onChange={() => setValues({ ...values, [key]: null })}
            />
          </ChoiceGroup>
        )
      })}
      <div class="stack">
        <button type="submit" class="button" disabled={busy}>
          {busy ? t.saving : t.saveScores}
        </button>
        {saved && (
          <p class="notice" role="status">
            {t.saved}
          </p>
        )}
      </div>
    </form>
  )
}
