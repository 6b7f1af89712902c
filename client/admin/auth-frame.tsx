import type { ComponentChildren } from 'preact'
import { commonText } from '#surveys/i18n/common'
import { LanguageSwitch } from '../shared/components/language-switch.tsx'
import { useLocale } from '../shared/locale.tsx'

/** The frame of pages seen before signing in: the brand, a language menu, one card. */
export function AuthFrame(props: { children: ComponentChildren }) {
  const t = commonText[useLocale().locale]
  return (
    <div class="auth-page">
      <header class="auth-header">
        <span class="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t.appName}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" class="card auth-card">
        {props.children}
      </main>
    </div>
  )
}
