import { useEffect, useRef } from 'preact/hooks'
import { contactsText } from '#surveys/i18n/contacts'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { Field } from '../../shared/components/field.tsx'
import { type GroupOption, groupName } from './group-name.ts'
import { useContactEdit } from './use-contact-edit.ts'
import type { ContactView } from './use-contacts.ts'

/** One contact's fields in a modal dialog (focus trapped, Escape cancels), saved by PATCH. */
export function ContactEdit(props: {
  locale: Locale
  organisationId: string
  contact: ContactView
  /** The defaults and the organisation's custom groups (the contacts listing's `groups`). */
  groups: readonly GroupOption[]
  onSaved(sentence: string): void
  onCancel(): void
}) {
  const t = contactsText[props.locale]
  const state = useContactEdit(props)
  const { values, errors } = state
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => ref.current?.showModal(), [])
  const keys = props.groups.map((group) => group.key)
  const groups = keys.includes(values.group) ? keys : [values.group, ...keys]
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="edit-title" onClose={props.onCancel}>
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          state.save()
        }}
      >
        <h2 id="edit-title">{t.editTitle(props.contact.name)}</h2>
        {errors._ && (
          <p class="error-message" role="alert">
            {errors._}
          </p>
        )}
        <Field
          id="contact-name"
          label={t.name}
          error={errors.name}
          value={values.name}
          onInput={(e) => state.set({ name: e.currentTarget.value })}
        />
        <Field
          id="contact-email"
          label={t.email}
          type="email"
          error={errors.email}
          value={values.email}
          onInput={(e) => state.set({ email: e.currentTarget.value })}
        />
        <div class="field">
          <label for="contact-group">{t.group}</label>
          <select
            id="contact-group"
            value={values.group}
            onChange={(e) => state.set({ group: e.currentTarget.value })}
          >
            {groups.map((key) => (
              <option key={key} value={key}>
                {groupName(key, props.locale, props.groups)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="contact-language">{t.language}</label>
          <select
            id="contact-language"
            value={values.language}
            onChange={(e) => state.set({ language: e.currentTarget.value as Locale })}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="contact-affiliation"
          label={t.affiliation}
          error={errors.affiliation}
          value={values.affiliation}
          onInput={(e) => state.set({ affiliation: e.currentTarget.value })}
        />
        <div class="button-row">
          <button type="submit" class="button" disabled={state.busy}>
            {t.save}
          </button>
          <button type="button" class="button button--secondary" onClick={props.onCancel}>
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
