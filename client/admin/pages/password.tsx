import { useState } from 'preact/hooks'
import { authText } from '#surveys/i18n/auth'
import { commonText } from '#surveys/i18n/common'
import { ChangePasswordBody } from '#surveys/schemas/auth'
import { ApiError, call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { errorsFromApi, type FieldErrors, summarise, validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { navigate } from '../../shared/router.tsx'
import { useChange } from '../../shared/use-change.ts'
import { AuthFrame } from '../auth-frame.tsx'
import { SignOutButton } from '../components/sign-out-button.tsx'
import { Layout } from '../layout.tsx'
import { useSession } from '../session.tsx'

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword']
const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' }
type Text = (typeof authText)['en']

/**
 * /account/password. Anyone changes their password here; someone signed in with a password an
 * admin chose is sent here and kept here (the server refuses everything else until it changes).
 */
export function PasswordPage() {
  const { me } = useSession()
  const t = authText[useLocale().locale]
  if (!me?.mustChangePassword) {
    return (
      <Layout>
        <PasswordForm title={t.passwordTitle} lead={t.passwordLead} />
      </Layout>
    )
  }
  return (
    <AuthFrame>
      <PasswordForm title={t.mustChangeTitle} lead={t.mustChangeLead} temporary />
      <SignOutButton />
    </AuthFrame>
  )
}

function PasswordForm(props: { title: string; lead: string; temporary?: boolean }) {
  const { locale } = useLocale()
  const t = authText[locale]
  const common = commonText[locale]
  const { me, refresh } = useSession()
  const [values, setValues] = useState(EMPTY)
  const { errors, setErrors, busy, run } = useChange((error) =>
    serverErrors(error, values, t, common.networkError),
  )
  const [done, setDone] = useState(false)

  const submit = async (event: Event) => {
    event.preventDefault()
    setDone(false)
    const { confirmPassword, ...body } = values
    const checked = validateForm(ChangePasswordBody, body)
    const problems = checked.ok ? {} : ownWords(checked.errors, values, t)
    if (checked.ok && body.newPassword === body.currentPassword)
      problems.newPassword = t.samePassword
    if (confirmPassword !== values.newPassword) problems.confirmPassword = t.mismatch
    if (!checked.ok || Object.keys(problems).length > 0) return setErrors(problems)
    await run(async () => {
      await call(server.auth.password.$post({ json: checked.value }))
      setValues(EMPTY)
      setDone(true)
      await refresh()
      if (props.temporary) {
        navigate(new URLSearchParams(location.search).get('next') ?? '/assessments', {
          replace: true,
        })
      }
    })
  }
  const input = (field: keyof typeof EMPTY) => (e: { currentTarget: HTMLInputElement }) =>
    setValues({ ...values, [field]: e.currentTarget.value })

  return (
    <form class={props.temporary ? undefined : 'card narrow-card'} onSubmit={submit} noValidate>
      <h1>{props.title}</h1>
      <p class="lead">{props.lead}</p>
      <div role="status" aria-live="polite">
        {done && <p class="notice">{t.passwordChanged}</p>}
      </div>
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, FIELDS)} />
      {/* The account's name, hidden, lets a password manager file the new password under it. */}
      <input type="email" autocomplete="username" value={me?.email ?? ''} readOnly hidden />
      <Field
        id="currentPassword"
        type="password"
        autocomplete="current-password"
        label={props.temporary ? t.temporaryPassword : t.currentPassword}
        value={values.currentPassword}
        error={errors.currentPassword}
        onInput={input('currentPassword')}
      />
      <Field
        id="newPassword"
        type="password"
        autocomplete="new-password"
        label={t.newPasswordLabel}
        hint={t.newPasswordHint}
        value={values.newPassword}
        error={errors.newPassword}
        onInput={input('newPassword')}
      />
      <Field
        id="confirmPassword"
        type="password"
        autocomplete="new-password"
        label={t.confirmPassword}
        value={values.confirmPassword}
        error={errors.confirmPassword}
        onInput={input('confirmPassword')}
      />
      <button type="submit" class="button" disabled={busy}>
        {busy ? t.changingPassword : t.changePassword}
      </button>
    </form>
  )
}

/** The schema's English messages, said in the user's language. */
function ownWords(errors: FieldErrors, values: typeof EMPTY, t: Text): FieldErrors {
  const words: FieldErrors = {}
  if (errors.currentPassword) words.currentPassword = t.enterCurrent
  if (errors.newPassword)
    words.newPassword = values.newPassword.length > 200 ? t.tooLong : t.tooShort
  return words
}

function serverErrors(error: unknown, values: typeof EMPTY, t: Text, network: string): FieldErrors {
  if (error instanceof ApiError && error.status === 401) return { currentPassword: t.currentWrong }
  if (error instanceof ApiError && error.status === 429) return { _: t.rateLimited }
  if (error instanceof ApiError && error.fields.newPassword && values.newPassword) {
    const same = values.newPassword === values.currentPassword
    return { newPassword: same ? t.samePassword : t.tooShort }
  }
  return errorsFromApi(error, network)
}
