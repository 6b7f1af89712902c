import { useState } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { errorsFromApi, type FieldErrors } from './form.ts'
import { useLocale } from './locale.tsx'

type Explain = (error: unknown, fallback: FieldErrors) => FieldErrors

/**
 * A change sent to the server, with its busy and error state: the one copy of "busy, send,
 * clear or show the errors, not busy". `explain` turns a failure into field errors when a page
 * says more than the server's message (e.g. which field a conflict is about); it defaults to the
 * server's field messages, or "network error". One call may explain its own failures instead.
 * @example
 * const change = useChange()
 * const ok = await change.run(() => call(server.assessments[':id'].$patch({ param, json })))
 */
export function useChange(explain?: Explain) {
  const { locale } = useLocale()
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  /** Runs `send`; true when it succeeded (errors cleared), false when it failed (errors shown). */
  const run = async (send: () => Promise<unknown>, explainThis = explain): Promise<boolean> => {
    setBusy(true)
    try {
      await send()
      setErrors({})
      return true
    } catch (error) {
      const fallback = errorsFromApi(error, commonText[locale].networkError)
      setErrors(explainThis ? explainThis(error, fallback) : fallback)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, errors, setErrors, run, failed: Object.keys(errors).length > 0 }
}

export type Announcement = { text: string; error?: boolean }

/**
 * A change told as one sentence in a status line (a list's row actions: remove, deactivate…)
 * rather than as field errors: what was done, or why it was refused.
 * @example
 * const status = useAnnouncedChange(() => t.actionFailed)
 * await status.run(async () => { await call(route.$delete({ param })); return t.removed(name) })
 */
export function useAnnouncedChange(refusal: (error: unknown) => string) {
  const change = useChange()
  const [done, setDone] = useState<string>()
  /** Runs `send`, whose result is the sentence to announce; true when it succeeded. */
  const run = (send: () => Promise<string>, refusalThis = refusal) => {
    setDone(undefined)
    change.setErrors({})
    return change.run(
      async () => setDone(await send()),
      (error) => ({ _: refusalThis(error) }),
    )
  }
  /** Announces a sentence that no change here produced (e.g. a dialog's result). */
  const announce = (text: string) => {
    change.setErrors({})
    setDone(text)
  }
  const refused = change.errors._
  const message: Announcement | undefined = refused
    ? { text: refused, error: true }
    : done
      ? { text: done }
      : undefined
  return { busy: change.busy, message, run, announce }
}
