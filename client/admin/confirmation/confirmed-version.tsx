import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { judgements, materialIssues, type Snapshot } from '#surveys/domain/snapshot'
import { sealedRanks } from '#surveys/domain/snapshot-double'
import { commonText } from '#surveys/i18n/common'
import { type ConfirmationPageText, confirmationPageText } from '#surveys/i18n/confirmation'
import { bulkText } from '#surveys/i18n/confirmation-bulk'
import type { Locale } from '#surveys/i18n/locales'
import { matrixText } from '#surveys/i18n/matrix'
import { call, server } from '../../shared/api.ts'
import { ErrorState, Loading } from '../../shared/components/states.tsx'
import { useResource } from '../../shared/use-resource.ts'
import './confirmation-draft.css'
import { formatDate } from '../../shared/dates.ts'
import { SealedTopics } from './sealed-topics.tsx'

/** A sealed version, read-only: who confirmed it and when, its hash, the order and the reasons. */
export function ConfirmedVersionView(props: {
  assessmentId: string
  version: number
  locale: Locale
  /** Shown after the material list (the approval panel): near the top, yet after the result. */
  children?: ComponentChildren
}) {
  const { locale } = props
  const t = confirmationPageText[locale]
  const common = commonText[locale]
  const loaded = useResource(
    () =>
      call(
        server.assessments[':id'].confirmations[':version'].$get({
          param: { id: props.assessmentId, version: String(props.version) },
        }),
      ),
    [props.assessmentId, props.version],
  )
  if (loaded.state === 'loading') return <Loading label={common.loading} />
  if (loaded.state === 'error') {
    return (
      <ErrorState message={t.versionLoadFailed} retryLabel={common.retry} onRetry={loaded.reload} />
    )
  }
  const { snapshot, hash, version } = loaded.data
  return (
    <section class="stack" aria-labelledby="confirmed-title" data-testid="confirmed-version">
      <div>
        <h3 id="confirmed-title">{t.confirmedTitle(version)}</h3>
        <p class="notice">{t.lockedNote}</p>
      </div>
      <dl class="version-facts card">
        <div>
          <dt>{t.version}</dt>
          <dd>{version}</dd>
        </div>
        <div>
          <dt>{t.confirmedBy}</dt>
          <dd>
            {snapshot.confirmedBy.name} <span class="hint">{snapshot.confirmedBy.email}</span>
          </dd>
        </div>
        <div>
          <dt>{t.confirmedAt}</dt>
          <dd>{formatDate(snapshot.confirmedAt, locale)}</dd>
        </div>
        <div class="version-hash">
          <dt>{t.hash}</dt>
          <dd>
            <HashCopy hash={hash} text={t} />
          </dd>
        </div>
      </dl>
      <FinalList snapshot={snapshot} locale={locale} />
      {props.children}
      <Judgements snapshot={snapshot} locale={locale} />
      <SealedTopics snapshot={snapshot} locale={locale} />
      <AllDecisions snapshot={snapshot} locale={locale} />
    </section>
  )
}

function HashCopy(props: { hash: string; text: ConfirmationPageText }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.hash)
      setCopied(true)
    } catch {
      // Without clipboard access the hash stays selectable text.
      setCopied(false)
    }
  }
  return (
    <span class="hash-copy">
      <code class="hash" data-testid="version-hash">
        {props.hash}
      </code>
      <button type="button" class="button button--secondary button--small" onClick={copy}>
        {props.text.copyHash}
      </button>
      <span role="status" class="saved-note">
        {copied ? props.text.copied : ''}
      </span>
    </span>
  )
}

function FinalList(props: { snapshot: Snapshot; locale: Locale }) {
  const t = confirmationPageText[props.locale]
  const m = matrixText[props.locale]
  const decided = new Map(props.snapshot.decisions.map((d) => [d.issueId, d]))
  return (
    <section class="card" aria-labelledby="final-list-title">
      <h3 id="final-list-title">{t.finalList}</h3>
      <ol class="final-list" data-testid="final-list">
        {materialIssues(props.snapshot).map((issue) => {
          const decision = decided.get(issue.id)
          // The decision's tier is the method's (a double-materiality topic's comes from its
          // I_t and F_t); the issue's own is the survey's, which Mode B does not decide by.
          const tier = decision?.computedTier ?? issue.tier
          const judged = decision?.override || tier === 'review'
          return (
            <li key={issue.id}>
              <span class="issue-no">{issue.code}</span> {issue.names[props.locale]}
              {judged && (
                <>
                  {' '}
                  <span class="badge badge--override">
                    {decision?.override ? t.override : t.reviewIssue}
                  </span>{' '}
                  <span class="hint">
                    {t.computedTier}: {m[`tier_${tier}`]}
                  </span>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function Judgements(props: { snapshot: Snapshot; locale: Locale }) {
  const t = confirmationPageText[props.locale]
  const m = matrixText[props.locale]
  const bulk = bulkText[props.locale]
  const judged = judgements(props.snapshot)
  const shared = judged.filter(({ decision }) => decision.shared).length
  return (
    <section class="card" aria-labelledby="judgements-title">
      <h3 id="judgements-title">{t.judgementsTitle}</h3>
      {shared > 0 && (
        <p class="hint" data-testid="shared-note">
          {bulk.sharedNote(shared)}
        </p>
      )}
      {judged.length === 0 ? (
        <p>{t.judgementsNone}</p>
      ) : (
        <ul class="judgements">
          {judged.map(({ issue, decision }) => (
            <li key={issue.id}>
              <p class="judgement-head">
                <strong>
                  <span class="issue-no">{issue.code}</span> {issue.names[props.locale]}
                </strong>{' '}
                <span class="judgement-change">
                  {m[`tier_${decision.computedTier}`]} →{' '}
                  {decision.material ? t.material : t.notMaterial}
                </span>{' '}
                <span class="badge badge--override">
                  {decision.override ? t.override : t.reviewIssue}
                </span>
                {decision.shared && <span class="badge badge--shared">{bulk.sharedReason}</span>}
              </p>
              {decision.rationale && <blockquote>{decision.rationale}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function AllDecisions(props: { snapshot: Snapshot; locale: Locale }) {
  const t = confirmationPageText[props.locale]
  const m = matrixText[props.locale]
  const byId = new Map(props.snapshot.issues.map((issue) => [issue.id, issue]))
  // Double materiality: the result's rank (METHOD-MODE-B.md §9), not the survey's.
  const double = props.snapshot.doubleMateriality
  const ranks = double ? sealedRanks(double) : null
  const rankOf = (id: string) => (ranks ? ranks.get(id) : byId.get(id)?.rank)
  return (
    <details class="all-decisions">
      <summary>{t.allDecisions(props.snapshot.decisions.length)}</summary>
      <div class="table-wrap">
        <table class="table table--compact">
          <thead>
            <tr>
              <th scope="col" class="number">
                {m.rank}
              </th>
              <th scope="col" class="number">
                {m.code}
              </th>
              <th scope="col">{m.issue}</th>
              <th scope="col">{t.computedTier}</th>
              <th scope="col">{t.decision}</th>
            </tr>
          </thead>
          <tbody>
            {props.snapshot.decisions.map((decision) => {
              const issue = byId.get(decision.issueId)
              return (
                <tr key={decision.issueId} class={decision.material ? 'row--material' : undefined}>
                  <td class="number">{rankOf(decision.issueId) ?? '—'}</td>
                  <td class="number">{issue?.code}</td>
                  <th scope="row">{issue?.names[props.locale]}</th>
                  <td>{m[`tier_${decision.computedTier}`]}</td>
                  <td>
                    {decision.material ? t.material : t.notMaterial}
                    {decision.override && <> · {t.override}</>}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </details>
  )
}
