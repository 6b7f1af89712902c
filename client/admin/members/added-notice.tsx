import { useState } from 'preact/hooks'
import type { Locale } from '#surveys/i18n/locales'
import { membersText } from '#surveys/i18n/members'
import type { Added } from './add-member.tsx'

/** Who was added; a new account's temporary password, shown this once with a copy button. */
export function AddedNotice(props: { added: Added; locale: Locale }) {
  const t = membersText[props.locale]
  const [copied, setCopied] = useState(false)
  const { added } = props
  return (
    <div class="notice temporary-password" role="status">
      <p>{added.newAccount ? t.added(added.name) : t.joined(added.name)}</p>
      {added.temporaryPassword && (
        <>
          <h2>{t.temporaryTitle}</h2>
          <p>{t.temporaryBody}</p>
          <p class="button-row">
            <code class="secret">{added.temporaryPassword}</code>
            <button
              type="button"
              class="button button--quiet"
              onClick={async () => {
                await navigator.clipboard?.writeText(added.temporaryPassword ?? '')
                setCopied(true)
              }}
            >
              {copied ? t.copied : t.copy}
            </button>
          </p>
        </>
      )}
    </div>
  )
}
