import { useState } from 'preact/hooks'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroDetailsText } from '#surveys/i18n/iro-details'
import type { Locale } from '#surveys/i18n/locales'
import { CreateIroBody } from '#surveys/schemas/iros'
import { type FieldErrors, validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import { bodyOf, type IroFormBody, type IroValues } from './iro-values.ts'

/**
 * The schema's messages (English, as the server writes them) in the interface's language for the
 * fields a person can get wrong: the description (empty or too long), the affected stakeholders,
 * evidence and owner; a name of the "others affected" lines goes to that field, an evidence row's
 * to the row.
 */
export function localised(errors: FieldErrors, values: IroValues, locale: Locale): FieldErrors {
  const t = iroDetailsText[locale]
  const out: FieldErrors = {}
  for (const [key, message] of Object.entries(errors)) {
    if (key.startsWith('affectedStakeholders')) {
      out.affectedOther ??= key === 'affectedStakeholders' ? t.tooMany : t.affectedTooLong
    } else if (key === 'evidence') out[key] = t.tooMany
    else if (/^evidence\.\d+$/.test(key)) out[key] = t.linkOrNote
    else if (/^evidence\.\d+\.url$/.test(key)) out[key] = t.badLink
    else if (/^evidence\.\d+\.note$/.test(key)) out[key] = t.tooLong
    else if (key === 'owner') out[key] = t.ownerTooLong
    else if (key === 'description')
      out[key] = values.description.trim() ? t.descriptionTooLong : t.describe
    else out[key] = message
  }
  return out
}

/**
 * The IRO form's state: checked with the server's schema before it is sent by `send` (POST for
 * a new IRO, PATCH for an edit), so a bad link is shown on its row and nothing is sent; after an
 * add the form empties for the next one.
 */
export function useIroForm(props: {
  initial: IroValues
  send(body: IroFormBody): Promise<unknown>
  onDone(): void
  emptyAfter?: boolean
}) {
  const { locale } = useLocale()
  const [values, setValues] = useState(props.initial)
  const [done, setDone] = useState(false)
  const change = useChange()
  const set = (patch: Partial<IroValues>) => {
    setDone(false)
    setValues({ ...values, ...patch })
  }
  const submit = async (event: Event) => {
    event.preventDefault()
    if (!values.issueId) return change.setErrors({ issueId: doubleText[locale].chooseTopic })
    const checked = validateForm(CreateIroBody, bodyOf(values))
    if (!checked.ok) return change.setErrors(localised(checked.errors, values, locale))
    if (await change.run(() => props.send(checked.value))) {
      if (props.emptyAfter) setValues(props.initial)
      setDone(true)
      props.onDone()
    }
  }
  return { values, set, submit, done, busy: change.busy, errors: change.errors }
}
