import { useState } from 'preact/hooks'
import type { IroScores } from '#surveys/domain/iros'
import {
  type ComponentKey,
  componentParts,
  iroComponents,
  scoreOf,
} from '#surveys/scoring/double-materiality'
import { call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'
import type { Iro } from './iro-types.ts'

type Values = Partial<Record<ComponentKey, number | null>>

/** The body PUT …/scores takes, from one value per component (null = not scored). */
function body(values: Values): IroScores {
  const scores: IroScores = {}
  for (const [key, value] of Object.entries(values) as [ComponentKey, number | null][]) {
    const parts = componentParts(key)
    if (parts.horizon === null) {
      scores[parts.part] = value ?? null
      continue
    }
    const horizons = scores.horizons ?? {}
    horizons[parts.horizon] = { ...horizons[parts.horizon], [parts.part]: value ?? null }
    scores.horizons = horizons
  }
  return scores
}

/**
 * The signed-in assessor's scores of one IRO as they are being chosen: the components it is
 * scored on, a value for each (null = not scored, from their saved scores), and the save.
 */
export function useIroScore(assessmentId: string, iro: Iro, onSaved: () => void) {
  const keys = iroComponents(iro)
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(
      keys.map((key) => [key, (iro.myScores && scoreOf(iro.myScores, key)) ?? null]),
    ),
  )
  const [saved, setSaved] = useState(false)
  const { busy, errors, run } = useChange()
  const choose = (key: ComponentKey, value: number | null) => setValues({ ...values, [key]: value })
  const submit = async (event: Event) => {
    event.preventDefault()
    setSaved(false)
    const ok = await run(() =>
      call(
        server.assessments[':id'].iros[':iroId'].scores.$put({
          param: { id: assessmentId, iroId: iro.id },
          json: body(values),
        }),
      ),
    )
    if (ok) {
      setSaved(true)
      onSaved()
    }
  }
  return { keys, values, choose, saved, busy, errors, submit }
}
