import '../shared/styles.css'
import './admin.css'
import { render } from 'preact'
import { useEffect } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { Loading } from '../shared/components/states.tsx'
import { LocaleProvider, useLocale } from '../shared/locale.tsx'
import { matchPath, navigate, usePath } from '../shared/router.tsx'
import { NotFoundPage } from './pages/not-found.tsx'
import { ROUTES } from './routes.tsx'
import { SessionProvider, useSession } from './session.tsx'

function App() {
  const path = usePath()
  const { me } = useSession()
  const { locale } = useLocale()
  const found = ROUTES.map((route) => ({ route, params: matchPath(route.pattern, path) })).find(
    (entry) => entry.params,
  )
  const needsSignIn = found && !found.route.public && me === null
  useEffect(() => {
    if (path === '/') navigate(me ? '/assessments' : '/login', { replace: true })
    else if (needsSignIn) navigate(`/login?next=${encodeURIComponent(path)}`, { replace: true })
  }, [path, me, needsSignIn])
  if (me === undefined && !found?.route.public)
    return <Loading label={commonText[locale].loading} />
  if (!found) return <NotFoundPage />
  if (needsSignIn) return null
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
