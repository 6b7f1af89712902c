import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import type { Locale } from '#surveys/i18n/locales'
import { LanguageSwitch } from '../../shared/components/language-switch.tsx'
import { useText } from '../../shared/locale.tsx'

/** The survey's header (organisation, language) and main area. */
export function Frame(props: {
  organisation?: string | undefined
  onLocale?: (locale: Locale) => void
  children: ComponentChildren
}) {
  const common = useText(commonText)
  return (
    <>
      <a class="skip-link" href="#main">
        {common.skipToContent}
      </a>
      <header class="top-bar survey-bar">
        <span class="brand">{props.organisation ?? common.appName}</span>
        <div class="top-tools">
          <LanguageSwitch onChange={props.onLocale} />
        </div>
      </header>
      <main id="main" class="survey-page">
        {props.children}
      </main>
    </>
  )
}

/** A page's h1, focused when the page appears so screen readers start there. */
export function PageHeading(props: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    window.scrollTo(0, 0)
    ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1}>
      {props.children}
    </h1>
  )
}
