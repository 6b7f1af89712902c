import { commonText } from '#surveys/i18n/common'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { ConfirmationState } from '#surveys/schemas/confirmation-view'
import { call, server } from '../../shared/api.ts'
import { ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { useResource } from '../../shared/use-resource.ts'
import type { AssessmentTabProps } from '../assessment-types.ts'
import { ApprovalPanel, ApprovedPanel } from '../confirmation/approval-panel.tsx'
import { ConfirmedVersionView } from '../confirmation/confirmed-version.tsx'
import { Decisions } from '../confirmation/decisions.tsx'
import { NotClosed } from '../confirmation/not-closed.tsx'
import { VersionHistory } from '../confirmation/version-history.tsx'

/**
 * Step 3 of an assessment: management confirms the material issues once the survey is closed,
 * the board approves or returns the sealed version, and every version stays listed.
 */
export function ConfirmationTab(props: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = confirmationPageText[locale]
  const common = commonText[locale]
  const { id } = props.assessment
  const state = useResource(
    () => call(server.assessments[':id'].confirmation.$get({ param: { id } })),
    [id],
  )
  // A confirmation or an approval changes the assessment's status in the header too.
  const changed = () => {
    props.reload()
    state.reload()
  }
  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="hint">{t.lead}</p>
      </div>
      {state.state === 'loading' && <Loading label={common.loading} />}
      {state.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={state.reload} />
      )}
      {state.state === 'ready' && (
        <>
          <StatusBody {...props} state={state.data} locale={locale} onChange={changed} />
          <VersionHistory
            assessmentId={props.assessment.id}
            versions={state.data.versions}
            locale={locale}
          />
        </>
      )}
    </div>
  )
}

function StatusBody(
  props: AssessmentTabProps & { state: ConfirmationState; locale: Locale; onChange(): void },
) {
  const { state, locale } = props
  const t = confirmationPageText[locale]
  const id = props.assessment.id
  const latest = state.versions[0]
  switch (state.status) {
    case 'draft':
    case 'open':
      return (
        <NotClosed
          assessment={{ ...props.assessment, status: state.status }}
          locale={locale}
          onClosed={props.onChange}
        />
      )
    case 'closed':
      return state.can.confirm ? (
        <Decisions
          key={state.versions.length}
          assessmentId={id}
          state={state}
          locale={locale}
          onConfirmed={props.onChange}
        />
      ) : (
        <section class="card" aria-labelledby="cannot-confirm-title">
          <h3 id="cannot-confirm-title">{t.cannotConfirmTitle}</h3>
          <p>{t.cannotConfirmBody}</p>
        </section>
      )
    case 'confirmed':
      return latest ? (
        <ConfirmedVersionView assessmentId={id} version={latest.version} locale={locale}>
          <ApprovalPanel
            assessmentId={id}
            state={state}
            version={latest}
            locale={locale}
            onDecided={props.onChange}
          />
        </ConfirmedVersionView>
      ) : null
    case 'approved':
      return latest ? (
        <>
          <ApprovedPanel assessmentId={id} version={latest} locale={locale} />
          <ConfirmedVersionView assessmentId={id} version={latest.version} locale={locale} />
        </>
      ) : null
  }
}
