import type { ComponentChildren } from 'preact'
import { can } from '#surveys/domain/permissions'
import { adminText } from '#surveys/i18n/admin'
import { authText } from '#surveys/i18n/auth'
import { commonText } from '#surveys/i18n/common'
import { contactsText } from '#surveys/i18n/contacts'
import { membersText } from '#surveys/i18n/members'
import { LanguageSwitch } from '../shared/components/language-switch.tsx'
import { useLocale } from '../shared/locale.tsx'
import { Link } from '../shared/router.tsx'
import { SignOutButton } from './components/sign-out-button.tsx'
import { useSession } from './session.tsx'

/** The frame of every signed-in page: skip link, header with navigation, the page. */
export function Layout(props: { children: ComponentChildren; wide?: boolean }) {
  const { locale } = useLocale()
  const { me } = useSession()
  const t = adminText[locale]
  const common = commonText[locale]
  const auth = authText[locale]
  return (
    <>
      <a class="skip-link" href="#main">
        {common.skipToContent}
      </a>
      <header class="top-bar">
        <Link class="brand" href="/assessments">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{common.appName}</span>
        </Link>
        <nav aria-label={t.nav} class="top-nav">
          <Link href="/assessments">{t.assessments}</Link>
          {me && <Link href="/settings/members">{membersText[locale].nav}</Link>}
          {me?.organisations.some((o) => can(o.role, 'manageContacts')) && (
            <Link href="/settings/contacts">{contactsText[locale].nav}</Link>
          )}
          {me && <Link href="/account/password">{auth.account}</Link>}
        </nav>
        <div class="top-tools">
          <LanguageSwitch />
          {me && (
            <>
              <span class="who" title={me.email}>
                {me.organisations[0]?.name ?? me.name}
              </span>
              <SignOutButton />
            </>
          )}
        </div>
      </header>
      <main id="main" class={props.wide ? 'page page--wide' : 'page'} tabIndex={-1}>
        {props.children}
      </main>
    </>
  )
}
