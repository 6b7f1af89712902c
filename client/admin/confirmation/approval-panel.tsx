import { commonText } from '#surveys/i18n/common'
import { confirmationPageText, confirmationText } from '#surveys/i18n/confirmation'
import { dialogText } from '#surveys/i18n/dialogs'
import type { Locale } from '#surveys/i18n/locales'
import { MIN_RETURN_COMMENT } from '#surveys/schemas/confirmation'
import type { ConfirmationState, VersionSummary } from '#surveys/schemas/confirmation-view'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { formatDate } from '../../shared/dates.ts'
import { summarise } from '../../shared/form.ts'
import { Link } from '../../shared/router.tsx'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { Choice, ChoiceGroup, TextAreaField } from '../components/fields.tsx'
import { type Decision, useApproval } from './use-approval.ts'

/**
 * The board's part on a confirmed version: the form for someone who may decide, otherwise why
 * they may not (their own confirmation, or not an approver).
 */
export function ApprovalPanel(props: {
  assessmentId: string
  state: ConfirmationState
  /** The version on screen: the decision names its number and hash. */
  version: VersionSummary
  locale: Locale
  onDecided(): void
}) {
  const { can } = props.state
  const t = confirmationPageText[props.locale]
  const rules = confirmationText[props.locale]
  return (
    <section class="card approval-panel" aria-labelledby="approval-title">
      <h3 id="approval-title">{t.approvalTitle}</h3>
      {can.approve ? (
        <ApprovalForm {...props} />
      ) : (
        <>
          <p>{t.awaiting}</p>
          {can.approveBlocked === 'ownConfirmation' && (
            <p class="notice notice--warning">{rules.ownConfirmation}</p>
          )}
          {can.approveBlocked === 'notApprover' && <p class="notice">{rules.notApprover}</p>}
        </>
      )}
    </section>
  )
}

function ApprovalForm(props: {
  assessmentId: string
  state: ConfirmationState
  version: VersionSummary
  locale: Locale
  onDecided(): void
}) {
  const t = confirmationPageText[props.locale]
  const common = commonText[props.locale]
  const d = dialogText[props.locale]
  const { decision, comment, errors, busy, ...approval } = useApproval(props)
  const version = props.state.versions[0]?.version ?? 0
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        approval.ask()
      }}
    >
      {props.state.can.selfApproval && (
        <p class="notice notice--warning" data-testid="self-approval">
          {t.selfApproval}
        </p>
      )}
      {props.state.can.appointedByConfirmer && (
        <p class="notice notice--warning" data-testid="appointed-approval">
          {t.appointedApproval}
        </p>
      )}
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, ['comment'])} />
      <p class="approval-subject">
        {t.decidingOn(props.version.version)}{' '}
        <code class="hash" data-testid="approval-hash">
          {props.version.hash}
        </code>
      </p>
      <DecisionChoices decision={decision} locale={props.locale} onChange={approval.setDecision} />
      <TextAreaField
        id="comment"
        label={t.comment}
        hint={
          decision === 'return' ? t.commentHintReturn(MIN_RETURN_COMMENT) : t.commentHintApprove
        }
        value={comment}
        error={errors.comment}
        rows={3}
        onInput={approval.setComment}
      />
      <button type="submit" class="button" disabled={busy}>
        {busy ? t.submitting : decision === 'approve' ? t.submitApprove : t.submitReturn}
      </button>
      <ConfirmDialog
        open={approval.asking}
        title={decision === 'approve' ? d.approveTitle(version) : d.returnTitle(version)}
        confirmLabel={
          busy ? t.submitting : decision === 'approve' ? d.approveConfirm : d.returnConfirm
        }
        cancelLabel={common.cancel}
        busy={busy}
        onConfirm={approval.submit}
        onCancel={approval.cancel}
      >
        <p>{decision === 'approve' ? d.approveBody : d.returnBody}</p>
      </ConfirmDialog>
    </form>
  )
}

/** Approve or return, each with the hint that says what follows. */
function DecisionChoices(props: {
  decision: Decision
  locale: Locale
  onChange(decision: Decision): void
}) {
  const t = confirmationPageText[props.locale]
  return (
    <ChoiceGroup id="approval-decision" legend={t.yourDecision}>
      {(['approve', 'return'] as const).map((value) => (
        <div key={value} class="choice-with-hint">
          <Choice
            type="radio"
            name="approval-decision"
            value={value}
            checked={props.decision === value}
            label={value === 'approve' ? t.approve : t.returnIt}
            aria-describedby={`approval-${value}-hint`}
            onChange={() => props.onChange(value)}
          />
          <p id={`approval-${value}-hint`} class="hint">
            {value === 'approve' ? t.approveHint : t.returnHint}
          </p>
        </div>
      ))}
    </ChoiceGroup>
  )
}

/** The board's approval of the final version, with the way to the disclosure draft. */
export function ApprovedPanel(props: {
  assessmentId: string
  version: VersionSummary
  locale: Locale
}) {
  const t = confirmationPageText[props.locale]
  const approval = props.version.approval
  const independent = !approval?.selfApproved && !approval?.appointedByConfirmer
  return (
    <section class="card approval-panel approval-panel--approved" aria-labelledby="approved-title">
      <h3 id="approved-title">{independent ? t.approvedTitle : t.approvedTitleNotBoard}</h3>
      {approval && (
        <>
          <p>
            {t.approvedBy(approval.decidedBy.name, formatDate(approval.decidedAt, props.locale))}{' '}
            {t.approvedFinal}
          </p>
          {approval.selfApproved && <p class="notice notice--warning">{t.selfApproved}</p>}
          {approval.appointedByConfirmer && (
            <p class="notice notice--warning" data-testid="appointed-approved">
              {t.appointedApproved}
            </p>
          )}
          {approval.comment && <blockquote>{approval.comment}</blockquote>}
        </>
      )}
      <p>
        <Link class="button" href={`/assessments/${props.assessmentId}/disclosure`}>
          {t.openDisclosure}
        </Link>
      </p>
    </section>
  )
}
