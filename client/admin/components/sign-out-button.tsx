import { authText } from '#surveys/i18n/auth'
import { useLocale } from '../../shared/locale.tsx'
import { navigate } from '../../shared/router.tsx'
import { useSession } from '../session.tsx'

/** Signs out and goes to the login page: in the header, and under a forced password change. */
export function SignOutButton() {
  const { signOut } = useSession()
  const t = authText[useLocale().locale]
  return (
    <button
      type="button"
      class="button button--quiet"
      onClick={async () => {
        await signOut()
        navigate('/login', { replace: true })
      }}
    >
      {t.signOut}
    </button>
  )
}
