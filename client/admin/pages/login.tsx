import { useState } from 'preact/hooks'
import { authText } from '#surveys/i18n/auth'
import { commonText } from '#surveys/i18n/common'
import { LoginBody } from '#surveys/schemas/auth'
import { ApiError, call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { errorsFromApi, type FieldErrors, summarise, validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { navigate } from '../../shared/router.tsx'
import { useChange } from '../../shared/use-change.ts'
import { AuthFrame } from '../auth-frame.tsx'
import { useSession } from '../session.tsx'

export function LoginPage() {
  const { locale } = useLocale()
  const t = authText[locale]
  const common = commonText[locale]
  const { refresh } = useSession()
  const [values, setValues] = useState({ email: '', password: '' })
  const { errors, setErrors, busy, run } = useChange((error) =>
    loginErrors(error, t, common.networkError),
  )

  const submit = async (event: Event) => {
    event.preventDefault()
    const checked = validateForm(LoginBody, values)
    if (!checked.ok) return setErrors(checked.errors)
    await run(async () => {
      await call(server.auth.login.$post({ json: checked.value }))
      await refresh()
      navigate(new URLSearchParams(location.search).get('next') ?? '/assessments', {
        replace: true,
      })
    })
  }

  return (
    <AuthFrame>
      <form onSubmit={submit} noValidate>
        <h1>{t.signInTitle}</h1>
        <p class="lead">{t.signInLead}</p>
        <ErrorSummary
          title={common.errorSummaryTitle}
          errors={summarise(errors, ['email', 'password'])}
        />
        <Field
          id="email"
          type="email"
          autocomplete="username"
          label={t.email}
          value={values.email}
          error={errors.email}
          onInput={(e) => setValues({ ...values, email: e.currentTarget.value })}
        />
        <Field
          id="password"
          type="password"
          autocomplete="current-password"
          label={t.password}
          value={values.password}
          error={errors.password}
          onInput={(e) => setValues({ ...values, password: e.currentTarget.value })}
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </AuthFrame>
  )
}

function loginErrors(
  error: unknown,
  t: (typeof authText)['en'],
  networkError: string,
): FieldErrors {
  if (error instanceof ApiError && error.status === 401) return { _: t.invalidCredentials }
  if (error instanceof ApiError && error.status === 429) return { _: t.rateLimited }
  return errorsFromApi(error, networkError)
}
