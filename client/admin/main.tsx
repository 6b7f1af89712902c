import '../shared/styles.css'
import './admin.css'
import { render } from 'preact'
import { useEffect } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { Loading } from '../shared/components/states.tsx'
import { LocaleProvider, useLocale } from '../shared/locale.tsx'
import { matchPath, navigate, usePath } from '../shared/router.tsx'
import { NotFoundPage } from './pages/not-found.tsx'
import { PASSWORD_PATH, ROUTES } from './routes.tsx'
import { SessionProvider, useSession } from './session.tsx'

function App() {
  const path = usePath()
  const { me } = useSession()
  const { locale } = useLocale()
  const found = ROUTES.map((route) => ({ route, params: matchPath(route.pattern, path) })).find(
    (entry) => entry.params,
  )
  const needsSignIn = found && !found.route.public && me === null
  // The server answers nothing else until a temporary password is replaced; say why here.
  const needsPassword = !!me?.mustChangePassword && path !== PASSWORD_PATH
  useEffect(() => {
    if (needsPassword) {
      const next = path === '/' || path === '/login' ? '' : `?next=${encodeURIComponent(path)}`
      navigate(`${PASSWORD_PATH}${next}`, { replace: true })
    } else if (path === '/') navigate(me ? '/assessments' : '/login', { replace: true })
    else if (needsSignIn) navigate(`/login?next=${encodeURIComponent(path)}`, { replace: true })
  }, [path, me, needsSignIn, needsPassword])
  if (me === undefined && !found?.route.public)
    return <Loading label={commonText[locale].loading} />
  if (!found) return <NotFoundPage />
  if (needsSignIn || needsPassword) return null
  const Page = found.route.page
  return <Page params={found.params ?? {}} />
}

render(
  <LocaleProvider>
    <SessionProvider>
      <App />
    </SessionProvider>
  </LocaleProvider>,
  document.getElementById('app')!,
)
