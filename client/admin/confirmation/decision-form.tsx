import { commonText } from '#surveys/i18n/common'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { BulkDecide } from './bulk-decide.tsx'
import './confirmation-draft.css'
import { DecisionList } from './decision-list.tsx'
import { moveTo, setMaterial, setRationale } from './draft.ts'
import { DraftStatus } from './draft-status.tsx'
import { MaterialOrder } from './material-order.tsx'
import { type DecisionFormProps, NONE, useDecisionForm } from './use-decision-form.ts'

/**
 * Management's decisions: material or not per issue (starting from the computed tiers, or the
 * returned version's decisions), rationales where the rules ask, the final order, then confirm.
 * Checked live with the rules the server applies; the server's answer is shown the same way.
 */
export function DecisionForm(props: DecisionFormProps) {
  const { locale, matrix, sync } = props
  const t = confirmationPageText[locale]
  const common = commonText[locale]
  const form = useDecisionForm(props)
  const { draft, decisions, issues, errors, shown, attempted, problems, selected } = form
  return (
    <div class="stack">
      <div>
        <h3>{t.decideTitle}</h3>
        <p class="hint">{t.decideLead}</p>
        <DraftStatus
          status={sync.status}
          meta={sync.meta}
          theirs={sync.theirs}
          locale={locale}
          onRetry={() => void sync.save()}
          onTakeTheirs={sync.takeTheirs}
          onKeepMine={sync.keepMine}
        />
      </div>
      {form.returned && (
        <div class="notice notice--warning">
          <p>{t.startsFromPrevious(form.returned.version)}</p>
          {form.returned.approval?.comment && (
            <p>
              <strong>{t.returnComment}:</strong> {form.returned.approval.comment}
            </p>
          )}
        </div>
      )}
      <ErrorSummary
        title={common.errorSummaryTitle}
        errors={Object.keys(errors).length === 0 ? NONE : problems}
      />
      <BulkDecide
        issues={matrix.issues}
        explain={form.explain}
        selected={selected}
        locale={locale}
        onSelect={form.setSelected}
        onApply={form.applyChoice}
      />
      <div class="confirm-layout">
        <DecisionList
          issues={matrix.issues}
          proposals={props.state.computed}
          explain={form.explain}
          decisions={decisions}
          errors={shown}
          locale={locale}
          selected={new Set(selected)}
          onSelect={(issueId, on) =>
            form.setSelected(on ? [...selected, issueId] : selected.filter((id) => id !== issueId))
          }
          onMaterial={(issueId, value) => form.change(issueId, setMaterial(draft, issueId, value))}
          onRationale={(issueId, text) => form.change(issueId, setRationale(draft, issueId, text))}
        />
        <aside class="confirm-side">
          <MaterialOrder
            order={draft.order}
            issues={issues}
            error={attempted ? errors.order : undefined}
            locale={locale}
            onMove={(issueId, to) =>
              sync.update({ ...draft, order: moveTo(draft.order, issueId, to) })
            }
          />
          <section class="card confirm-summary" aria-labelledby="summary-title">
            <h3 id="summary-title">{t.summaryTitle}</h3>
            <ul class="summary-counts" data-testid="confirm-summary">
              <li>{t.summaryMaterial(form.material)}</li>
              <li>{t.summaryOverrides(form.overrides)}</li>
              {form.undecided > 0 && <li>{t.summaryUndecided(form.undecided)}</li>}
            </ul>
            <button type="button" class="button" onClick={form.tryConfirm}>
              {t.confirm}
            </button>
          </section>
        </aside>
      </div>
      <ConfirmDialog
        open={form.dialog}
        title={t.dialogTitle}
        confirmLabel={form.busy ? t.confirming : t.dialogConfirm}
        cancelLabel={common.cancel}
        busy={form.busy}
        onConfirm={form.confirm}
        onCancel={() => form.setDialog(false)}
      >
        <p>{t.dialogBody(form.material, form.overrides)}</p>
      </ConfirmDialog>
    </div>
  )
}
