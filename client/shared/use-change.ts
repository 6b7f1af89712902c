import { useState } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { errorsFromApi, type FieldErrors } from './form.ts'
import { useLocale } from './locale.tsx'

/**
 * A change sent to the server, with its busy and error state: the one copy of "busy, send,
 * clear or show the errors, not busy". `explain` turns a failure into field errors when a page
 * says more than the server's message (e.g. which field a conflict is about); it defaults to the
 * server's field messages, or "network error".
 * @example
 * const change = useChange()
 * const ok = await change.run(() => call(server.assessments[':id'].$patch({ param, json })))
 */
export function useChange(explain?: (error: unknown, fallback: FieldErrors) => FieldErrors) {
  const { locale } = useLocale()
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  /** Runs `send`; true when it succeeded (errors cleared), false when it failed (errors shown). */
  const run = async (send: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true)
    try {
      await send()
      setErrors({})
      return true
    } catch (error) {
      const fallback = errorsFromApi(error, commonText[locale].networkError)
      setErrors(explain ? explain(error, fallback) : fallback)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, errors, setErrors, run, failed: Object.keys(errors).length > 0 }
}
