import { useMemo, useState } from 'preact/hooks'
import type { ComputedIssue } from '#surveys/domain/confirmation'
import { commonText } from '#surveys/i18n/common'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { ConfirmationState } from '#surveys/schemas/confirmation-view'
import type { MatrixIssue, MatrixView } from '#surveys/schemas/matrix-view'
import { ApiError, call, server } from '../../shared/api.ts'
import { ErrorSummary, type SummaryError } from '../../shared/components/error-summary.tsx'
import { errorsFromApi } from '../../shared/form.ts'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { applyBulk, type BulkChoice } from './bulk.ts'
import { BulkDecide } from './bulk-decide.tsx'
import './confirmation-draft.css'
import { DecisionList, isOverride } from './decision-list.tsx'
import {
  checkDraft,
  type Draft,
  type DraftErrors,
  decisionId,
  draftBody,
  moveTo,
  placeErrors,
  rationaleId,
  setMaterial,
  setRationale,
} from './draft.ts'
import { DraftStatus } from './draft-status.tsx'
import type { DraftSync } from './draft-sync.ts'
import { MaterialOrder } from './material-order.tsx'

/**
 * Management's decisions: material or not per issue (starting from the computed tiers, or the
 * returned version's decisions), rationales where the rules ask, the final order, then confirm.
 * Checked live with the rules the server applies; the server's answer is shown the same way.
 */
export function DecisionForm(props: {
  assessmentId: string
  state: ConfirmationState
  sync: DraftSync
  matrix: MatrixView
  locale: Locale
  onConfirmed(): void
}) {
  const { matrix, locale } = props
  const t = confirmationPageText[locale]
  const common = commonText[locale]
  const { sync } = props
  const { draft } = sync
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [attempted, setAttempted] = useState(false)
  // The summary is what the last attempt found; it stays put while the fields update live.
  const [problems, setProblems] = useState<SummaryError[]>([])
  const [serverErrors, setServerErrors] = useState<DraftErrors>({})
  const [dialog, setDialog] = useState(false)
  const [busy, setBusy] = useState(false)
  const [selected, setSelected] = useState<string[]>([])

  const computed = useMemo<ComputedIssue[]>(
    () => matrix.issues.map((i) => ({ issueId: i.id, code: i.code, tier: i.tier })),
    [matrix],
  )
  const issues = useMemo(() => new Map(matrix.issues.map((i) => [i.id, i])), [matrix])
  const decisions = new Map(draft.decisions.map((d) => [d.issueId, d]))
  const live = checkDraft(draft, computed, locale, t.undecided)
  const errors = { ...live, ...serverErrors }
  const shown = attempted ? errors : visibleFor(errors, touched)
  const material = draft.decisions.filter((d) => d.material === true).length
  const undecided = draft.decisions.filter((d) => d.material === null).length
  const overrides = draft.decisions.filter((d) =>
    isOverride(issues.get(d.issueId)?.tier ?? 'review', d.material),
  ).length
  const returned =
    props.state.versions[0]?.approval?.decision === 'return' && props.state.versions[0]

  const change = (issueIds: string | readonly string[], next: Draft) => {
    sync.update(next)
    setServerErrors({})
    setTouched((before) => new Set([...before, ...[issueIds].flat()]))
  }

  const applyChoice = (choice: BulkChoice, reason: string) => {
    const tiers = new Map(computed.map((issue) => [issue.issueId, issue.tier]))
    const applied = applyBulk(draft, tiers, selected, choice, reason)
    change(selected, applied.draft)
    return applied
  }

  const confirm = async () => {
    setBusy(true)
    sync.cancel()
    const tiers = new Map(computed.map((issue) => [issue.issueId, issue.tier]))
    const { body, issueIds } = draftBody(draft, tiers)
    try {
      // The page's language tells the server which Chinese a rationale is in, where the text cannot.
      const json = { ...body, locale }
      await call(
        server.assessments[':id'].confirmation.$post({ param: { id: props.assessmentId }, json }),
      )
      setDialog(false)
      props.onConfirmed()
    } catch (error) {
      setDialog(false)
      setAttempted(true)
      const refused =
        error instanceof ApiError && error.status === 400 && Object.keys(error.fields).length > 0
          ? placeErrors(error.fields, issueIds, [], t.undecided)
          : errorsFromApi(error, common.networkError)
      setServerErrors(refused)
      setProblems(summary(refused, draft, issues))
    } finally {
      setBusy(false)
    }
  }

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
      {returned && (
        <div class="notice notice--warning">
          <p>{t.startsFromPrevious(returned.version)}</p>
          {returned.approval?.comment && (
            <p>
              <strong>{t.returnComment}:</strong> {returned.approval.comment}
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
        selected={selected}
        locale={locale}
        onSelect={setSelected}
        onApply={applyChoice}
      />
      <div class="confirm-layout">
        <DecisionList
          issues={matrix.issues}
          decisions={decisions}
          errors={shown}
          locale={locale}
          selected={new Set(selected)}
          onSelect={(issueId, on) =>
            setSelected(on ? [...selected, issueId] : selected.filter((id) => id !== issueId))
          }
          onMaterial={(issueId, value) => change(issueId, setMaterial(draft, issueId, value))}
          onRationale={(issueId, text) => change(issueId, setRationale(draft, issueId, text))}
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
              <li>{t.summaryMaterial(material)}</li>
              <li>{t.summaryOverrides(overrides)}</li>
              {undecided > 0 && <li>{t.summaryUndecided(undecided)}</li>}
            </ul>
            <button
              type="button"
              class="button"
              onClick={() => {
                // The server's last answer is retried, not held against the draft.
                setServerErrors({})
                const found = summary(live, draft, issues)
                setProblems(found)
                if (found.length > 0) setAttempted(true)
                else setDialog(true)
              }}
            >
              {t.confirm}
            </button>
          </section>
        </aside>
      </div>
      <ConfirmDialog
        open={dialog}
        title={t.dialogTitle}
        confirmLabel={busy ? t.confirming : t.dialogConfirm}
        cancelLabel={common.cancel}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setDialog(false)}
      >
        <p>{t.dialogBody(material, overrides)}</p>
      </ConfirmDialog>
    </div>
  )
}

const NONE: SummaryError[] = []

/** Before the first attempt to confirm, messages show only on the issues someone has changed. */
function visibleFor(errors: DraftErrors, touched: ReadonlySet<string>): DraftErrors {
  return Object.fromEntries(
    [...touched].flatMap((issueId) =>
      [decisionId(issueId), rationaleId(issueId)].flatMap((key) =>
        errors[key] ? [[key, errors[key]]] : [],
      ),
    ),
  )
}

/**
 * The summary at the top, in page order: each issue's decision and rationale (named, since the
 * messages are the same on every row), then the order.
 */
function summary(
  errors: DraftErrors,
  draft: Draft,
  issues: ReadonlyMap<string, MatrixIssue>,
): SummaryError[] {
  const named = (issueId: string, message: string) => {
    const issue = issues.get(issueId)
    return issue ? `${issue.code} ${issue.name}: ${message}` : message
  }
  const placed = draft.decisions.flatMap((d) =>
    [decisionId(d.issueId), rationaleId(d.issueId)].flatMap((field) =>
      errors[field] ? [{ field, message: named(d.issueId, errors[field]) }] : [],
    ),
  )
  if (errors.order) placed.push({ field: 'order', message: errors.order })
  const fields = new Set(placed.map((entry) => entry.field))
  const other = Object.entries(errors)
    .filter(([field]) => !fields.has(field) && field !== 'order')
    .map(([, message]) => ({ message }))
  return [...placed, ...other]
}
