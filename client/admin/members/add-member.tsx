import { useState } from 'preact/hooks'
import { ROLES, type Role } from '#surveys/domain/model'
import { commonText } from '#surveys/i18n/common'
import type { Locale } from '#surveys/i18n/locales'
import { membersText } from '#surveys/i18n/members'
import { AddMemberBody } from '#surveys/schemas/members'
import { ApiError, call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { type FieldErrors, summarise, validateForm } from '../../shared/form.ts'
import { useChange } from '../../shared/use-change.ts'

const FIELDS = ['email', 'name', 'role', 'password'] as const
const EMPTY = { email: '', name: '', role: 'viewer' as Role, password: '' }

export interface Added {
  name: string
  newAccount: boolean
  temporaryPassword?: string
}

/** Our own words for each field's problem, in the user's language. */
function localErrors(errors: FieldErrors, t: (typeof membersText)['en']): FieldErrors {
  const words: Partial<Record<string, string>> = {
    email: t.emailInvalid,
    name: t.nameRequired,
    password: t.passwordShort,
  }
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field, words[field] ?? message]),
  )
}

/** The add-member form; the temporary password of a new account is shown once, after it. */
export function AddMemberForm(props: {
  locale: Locale
  organisationId: string
  onAdded: (added: Added) => void
}) {
  const t = membersText[props.locale]
  const common = commonText[props.locale]
  const [values, setValues] = useState(EMPTY)
  const { errors, setErrors, busy, run } = useChange((error, fallback) =>
    error instanceof ApiError && error.code === 'already_member'
      ? { email: t.alreadyMember }
      : localErrors(fallback, t),
  )

  const submit = async (event: Event) => {
    event.preventDefault()
    const { password, ...rest } = values
    const checked = validateForm(AddMemberBody, password ? values : rest)
    if (!checked.ok) return setErrors(localErrors(checked.errors, t))
    const param = { id: props.organisationId }
    await run(async () => {
      const added = await call(
        server.organisations[':id'].members.$post({ param, json: checked.value }),
      )
      setValues(EMPTY)
      props.onAdded({ ...added, name: added.member.name })
    })
  }

  const input = (field: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [field]: event.currentTarget.value })

  return (
    <form class="card add-member" onSubmit={submit} noValidate aria-labelledby="add-member-title">
      <h2 id="add-member-title">{t.addTitle}</h2>
      <p class="hint">{t.addLead}</p>
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, [...FIELDS])} />
      <div class="form-grid">
        <Field
          id="email"
          type="email"
          autocomplete="off"
          label={t.email}
          value={values.email}
          error={errors.email}
          onInput={input('email')}
        />
        <Field
          id="name"
          label={t.name}
          autocomplete="off"
          value={values.name}
          error={errors.name}
          onInput={input('name')}
        />
        <div class="field">
          <label for="role">{t.role}</label>
          <select
            id="role"
            value={values.role}
            aria-describedby="role-help"
            onChange={input('role')}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t[`role_${role}`]}
              </option>
            ))}
          </select>
          <p id="role-help" class="hint role-help">
            {t[`roleHelp_${values.role}`]}
          </p>
        </div>
        <Field
          id="password"
          type="password"
          autocomplete="new-password"
          label={t.password}
          hint={t.passwordHint}
          value={values.password}
          error={errors.password}
          onInput={input('password')}
        />
      </div>
      <button type="submit" class="button" disabled={busy}>
        {busy ? t.adding : t.add}
      </button>
    </form>
  )
}
