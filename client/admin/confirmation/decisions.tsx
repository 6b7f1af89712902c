import { commonText } from '#surveys/i18n/common'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import { draftText } from '#surveys/i18n/confirmation-draft'
import type { Locale } from '#surveys/i18n/locales'
import type { ConfirmationDraft, ConfirmationState } from '#surveys/schemas/confirmation-view'
import { call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { DecisionForm } from './decision-form.tsx'
import { loadDraft } from './draft-store.ts'
import { useDraftSync } from './draft-sync.ts'
import { withProposals } from './proposals.ts'

interface DecisionsProps {
  assessmentId: string
  state: ConfirmationState
  locale: Locale
  onConfirmed(): void
}

/**
 * The shared draft and the live ranked list (the scores stand still once the survey is closed),
 * and the form on them. The draft is loaded once: a change of language reloads the ranked list
 * (its names) but keeps the draft and its saving going.
 */
export function Decisions(props: DecisionsProps) {
  const common = commonText[props.locale]
  const saved = useResource(() => loadDraft(props.assessmentId), [props.assessmentId])
  if (saved.state === 'loading') return <Loading label={common.loading} />
  if (saved.state === 'error') {
    const t = confirmationPageText[props.locale]
    return <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={saved.reload} />
  }
  return <SyncedDecisions {...props} saved={saved.data} />
}

function SyncedDecisions(props: DecisionsProps & { saved: ConfirmationDraft }) {
  const { assessmentId: id, locale } = props
  const t = confirmationPageText[locale]
  const common = commonText[locale]
  const sync = useDraftSync(id, props.saved, draftText[locale].leave)
  const matrix = useResource(
    () => call(server.assessments[':id'].matrix.$get({ param: { id }, query: { locale } })),
    [id, locale],
  )
  if (matrix.state === 'loading') return <Loading label={common.loading} />
  if (matrix.state === 'error') {
    return <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={matrix.reload} />
  }
  if (matrix.data.issues.length === 0) return <Empty title={t.noIssues} />
  return (
    <DecisionForm
      assessmentId={id}
      state={props.state}
      sync={sync}
      matrix={withProposals(matrix.data, props.state.computed)}
      locale={locale}
      onConfirmed={props.onConfirmed}
    />
  )
}
