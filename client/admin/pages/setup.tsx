import { useState } from 'preact/hooks'
import { authText } from '#surveys/i18n/auth'
import { commonText } from '#surveys/i18n/common'
import { SetupBody } from '#surveys/schemas/auth'
import { ApiError, call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { summarise, validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { Link, navigate } from '../../shared/router.tsx'
import { useChange } from '../../shared/use-change.ts'
import { AuthFrame } from '../auth-frame.tsx'
import { useSession } from '../session.tsx'

const FIELDS = ['organisation', 'name', 'email', 'password'] as const

/** First run: the one-time link the server printed creates the first admin. */
export function SetupPage() {
  const { locale } = useLocale()
  const t = authText[locale]
  const common = commonText[locale]
  const { refresh } = useSession()
  const token = new URLSearchParams(location.search).get('token') ?? ''
  const [values, setValues] = useState({ organisation: '', name: '', email: '', password: '' })
  const [done, setDone] = useState<'already' | undefined>()
  const { errors, setErrors, busy, run } = useChange((error, fallback) => {
    const code = error instanceof ApiError ? error.code : ''
    // Someone finished the setup first: the page says so instead of showing an error.
    if (code === 'already_set_up') setDone('already')
    return code === 'setup_link_invalid' ? { _: t.setupLinkInvalid } : fallback
  })

  const submit = async (event: Event) => {
    event.preventDefault()
    const checked = validateForm(SetupBody, { ...values, token })
    if (!checked.ok) return setErrors(checked.errors)
    await run(async () => {
      await call(server.auth.setup.$post({ json: checked.value }))
      await refresh()
      navigate('/assessments', { replace: true })
    })
  }

  if (done) {
    return (
      <AuthFrame>
        <div>
          <h1>{t.alreadySetUp}</h1>
          <Link class="button" href="/login">
            {t.goToSignIn}
          </Link>
        </div>
      </AuthFrame>
    )
  }

  const input = (field: (typeof FIELDS)[number]) => (e: { currentTarget: HTMLInputElement }) =>
    setValues({ ...values, [field]: e.currentTarget.value })

  return (
    <AuthFrame>
      <form onSubmit={submit} noValidate>
        <h1>{t.setupTitle}</h1>
        <p class="lead">{t.setupLead}</p>
        <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, [...FIELDS])} />
        {!token && <p class="notice notice--warning">{t.setupLinkInvalid}</p>}
        <Field
          id="organisation"
          label={t.organisation}
          hint={t.organisationHint}
          autocomplete="organization"
          value={values.organisation}
          error={errors.organisation}
          onInput={input('organisation')}
        />
        <Field
          id="name"
          label={t.yourName}
          autocomplete="name"
          value={values.name}
          error={errors.name}
          onInput={input('name')}
        />
        <Field
          id="email"
          type="email"
          label={t.email}
          autocomplete="email"
          value={values.email}
          error={errors.email}
          onInput={input('email')}
        />
        <Field
          id="password"
          type="password"
          label={t.newPassword}
          hint={t.newPasswordHint}
          autocomplete="new-password"
          value={values.password}
          error={errors.password}
          onInput={input('password')}
        />
        <button type="submit" class="button" disabled={busy || !token}>
          {busy ? t.creatingAccount : t.createAccount}
        </button>
      </form>
    </AuthFrame>
  )
}
