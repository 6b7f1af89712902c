import { useState } from 'preact/hooks'
import type { DoubleMaterialitySettings } from '#surveys/domain/double-materiality'
import { call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'

/** The four limits between the five magnitude points. */
export const LIMIT_FIELDS = [0, 1, 2, 3] as const

/**
 * The company's magnitude bands as they are being typed: the basis and four limits, saved with
 * the assessment's double-materiality formula (PATCH …settings), and each field's error.
 */
export function useMagnitudeBands(
  assessmentId: string,
  formula: DoubleMaterialitySettings,
  onSaved: () => void,
) {
  const bands = formula.magnitudeBands
  const [basis, setBasis] = useState(bands?.basis ?? '')
  const [limits, setLimits] = useState(LIMIT_FIELDS.map((i) => String(bands?.limits[i] ?? '')))
  const [saved, setSaved] = useState(false)
  const { busy, errors, run } = useChange()
  const setLimit = (index: number, value: string) =>
    setLimits(limits.map((v, i) => (i === index ? value : v)))
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
          param: { id: assessmentId },
          json: { settings: { doubleMateriality: { ...formula, magnitudeBands } } },
        }),
      ),
    )
    if (!ok) return
    setSaved(true)
    onSaved()
  }
  /** The server's error on one field of the bands, or on the bands as a whole. */
  const fieldError = (key: string) =>
    errors[`settings.doubleMateriality.magnitudeBands.${key}`]?.[0] ??
    errors[`settings.doubleMateriality.magnitudeBands`]?.[0]
  return { basis, setBasis, limits, setLimit, saved, busy, errors, fieldError, submit }
}
