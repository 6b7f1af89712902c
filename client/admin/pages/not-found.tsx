import { commonText } from '#surveys/i18n/common'
import { useLocale } from '../../shared/locale.tsx'
import { Link } from '../../shared/router.tsx'
import { AuthFrame } from '../auth-frame.tsx'

export function NotFoundPage() {
  const t = commonText[useLocale().locale]
  return (
    <AuthFrame>
      <div>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundBody}</p>
        <Link class="button" href="/assessments">
          {t.goHome}
        </Link>
      </div>
    </AuthFrame>
  )
}
