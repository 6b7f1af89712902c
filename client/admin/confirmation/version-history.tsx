import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { VersionSummary } from '#surveys/schemas/confirmation-view'
import { formatDate } from '../../shared/dates.ts'
import { EvidencePackLink } from './evidence-pack-link.tsx'

/** Every confirmed version, newest first, with what the board did with it. */
export function VersionHistory(props: {
  assessmentId: string
  versions: VersionSummary[]
  locale: Locale
}) {
  const t = confirmationPageText[props.locale]
  if (props.versions.length === 0) return null
  return (
    <section aria-labelledby="versions-title">
      <h3 id="versions-title">{t.historyTitle}</h3>
      <ol class="version-history" data-testid="version-history">
        {props.versions.map((version) => {
          const outcome = version.approval?.decision ?? 'pending'
          return (
            <li key={version.version} class="version-entry">
              <p class="version-head">
                <strong>
                  {t.version} {version.version}
                </strong>{' '}
                <span class={`badge badge--outcome-${outcome}`}>{t[`outcome_${outcome}`]}</span>
              </p>
              <p class="hint">
                {t.confirmedLine(
                  version.confirmedBy.name,
                  formatDate(version.confirmedAt, props.locale),
                )}
                {' · '}
                {t.historyLine(version.material, version.overrides)}
              </p>
              {version.approval && (
                <p class="hint">
                  {t[`outcome_${version.approval.decision}`]}{' '}
                  {t.decidedLine(
                    version.approval.decidedBy.name,
                    formatDate(version.approval.decidedAt, props.locale),
                  )}
                  {version.approval.selfApproved && <> · {t.selfApproved}</>}
                  {version.approval.appointedByConfirmer && <> · {t.appointedApproved}</>}
                </p>
              )}
              {version.approval?.comment && <blockquote>{version.approval.comment}</blockquote>}
              <p class="hash-line">
                <code class="hash">{version.hash}</code>
              </p>
              <p>
                <EvidencePackLink
                  assessmentId={props.assessmentId}
                  version={version.version}
                  locale={props.locale}
                />
              </p>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
