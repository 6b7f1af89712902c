import { useState } from 'preact/hooks'
import { contactsText } from '#surveys/i18n/contacts'
import type { Locale } from '#surveys/i18n/locales'
import { UpdateContactBody } from '#surveys/schemas/contacts'
import { ApiError, call } from '../../shared/api.ts'
import { validateForm } from '../../shared/form.ts'
import { useChange } from '../../shared/use-change.ts'
import { type ContactView, contactsRoute } from './use-contacts.ts'

export type ContactValues = Pick<
  ContactView,
  'name' | 'email' | 'group' | 'language' | 'affiliation'
>

/**
 * The edit form's state: the contact's fields, checked with the server's schema, then PATCHed;
 * an address already in the register is said at the email field.
 */
export function useContactEdit(props: {
  locale: Locale
  organisationId: string
  contact: ContactView
  onSaved(sentence: string): void
}) {
  const t = contactsText[props.locale]
  const { name, email, group, language, affiliation } = props.contact
  const [values, setValues] = useState<ContactValues>({ name, email, group, language, affiliation })
  const change = useChange((error, fallback) =>
    error instanceof ApiError && error.code === 'contact_exists'
      ? { email: t.error_already_registered }
      : fallback,
  )
  const save = async () => {
    const checked = validateForm(UpdateContactBody, values)
    if (!checked.ok) return change.setErrors(checked.errors)
    const param = { id: props.organisationId, contactId: props.contact.id }
    const ok = await change.run(() =>
      call(contactsRoute[':contactId'].$patch({ param, json: checked.value })),
    )
    if (ok) props.onSaved(t.saved(checked.value.name ?? values.name))
  }
  return {
    values,
    set: (patch: Partial<ContactValues>) => setValues({ ...values, ...patch }),
    save,
    busy: change.busy,
    errors: change.errors,
  }
}
