import { commonText } from '#surveys/i18n/common'
import { surveyText } from '#surveys/i18n/survey'
import { useText } from '../../shared/locale.tsx'
import { PageHeading } from '../components/frame.tsx'

type Texts = (typeof surveyText)['en']

/** The page for each reason a link cannot be answered, by the API's error code. */
const PAGES: Record<string, [keyof Texts, keyof Texts]> = {
  thanks: ['thanksTitle', 'thanksBody'],
  link_not_found: ['notFoundTitle', 'notFoundBody'],
  link_expired: ['expiredTitle', 'expiredBody'],
  assessment_closed: ['closedTitle', 'closedBody'],
  assessment_not_open: ['notOpenTitle', 'notOpenBody'],
  link_used: ['usedTitle', 'usedBody'],
  link_full: ['fullTitle', 'fullBody'],
  rate_limited: ['rateLimitedTitle', 'rateLimitedBody'],
}

/** A thank-you or "this link cannot be answered" page; unknown codes get a retry. */
export function StatusPage(props: { code: string; onRetry?: () => void }) {
  const t = useText(surveyText)
  const common = useText(commonText)
  const page = PAGES[props.code]
  if (!page) {
    return (
      <div class="card status-card">
        <PageHeading>{t.pageTitle}</PageHeading>
        <p role="alert">{props.code === 'network' ? common.networkError : common.serverError}</p>
        <button type="button" class="button" onClick={props.onRetry}>
          {common.retry}
        </button>
      </div>
    )
  }
  const [title, body] = page
  return (
    <div class={`card status-card status-card--${props.code}`}>
      <PageHeading>{t[title] as string}</PageHeading>
      <p>{t[body] as string}</p>
    </div>
  )
}
