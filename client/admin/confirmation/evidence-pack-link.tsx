import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import { server } from '../../shared/api.ts'

/** The download of one version's evidence pack (a zip the server streams). */
export function EvidencePackLink(props: { assessmentId: string; version: number; locale: Locale }) {
  const t = confirmationPageText[props.locale]
  return (
    <a
      class="button button--secondary"
      href={server.assessments[':id']['evidence-pack'].$path({
        param: { id: props.assessmentId },
        query: { version: String(props.version) },
      })}
      download
    >
      {t.evidencePack(props.version)}
    </a>
  )
}
