import { useMemo, useState } from 'preact/hooks'
import type { ComputedIssue } from '#surveys/domain/confirmation'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { ConfirmationState } from '#surveys/schemas/confirmation-view'
import type { MatrixIssue, MatrixView } from '#surveys/schemas/matrix-view'
import { ApiError, call, server } from '../../shared/api.ts'
import type { SummaryError } from '../../shared/components/error-summary.tsx'
import { useChange } from '../../shared/use-change.ts'
import { applyBulk, type BulkChoice } from './bulk.ts'
import { isOverride } from './decision-row.tsx'
import {
  checkDraft,
  type Draft,
  type DraftErrors,
  decisionId,
  draftBody,
  placeErrors,
  rationaleId,
} from './draft.ts'
import type { DraftSync } from './draft-sync.ts'
import { explainRules } from './proposals.ts'

export interface DecisionFormProps {
  assessmentId: string
  state: ConfirmationState
  sync: DraftSync
  matrix: MatrixView
  locale: Locale
  onConfirmed(): void
}

/**
 * The decisions' state: the draft (synced), which issues were touched, the live check and the
 * server's refusal, the counts, the selection for bulk decisions, and the confirm itself.
 */
export function useDecisionForm(props: DecisionFormProps) {
  const { matrix, locale } = props
  const t = confirmationPageText[locale]
  const { sync } = props
  const { draft } = sync
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [attempted, setAttempted] = useState(false)
  // The summary is what the last attempt found; it stays put while the fields update live.
  const [problems, setProblems] = useState<SummaryError[]>([])
  const [dialog, setDialog] = useState(false)
  const [selected, setSelected] = useState<string[]>([])

  const proposals = props.state.computed
  const computed = useMemo<ComputedIssue[]>(
    () => proposals ?? matrix.issues.map((i) => ({ issueId: i.id, code: i.code, tier: i.tier })),
    [matrix, proposals],
  )
  const explain = useMemo(() => explainRules(proposals), [proposals])
  const issues = useMemo(() => new Map(matrix.issues.map((i) => [i.id, i])), [matrix])
  const decisions = new Map(draft.decisions.map((d) => [d.issueId, d]))
  const tiers = new Map(computed.map((issue) => [issue.issueId, issue.tier]))
  const { body, issueIds } = draftBody(draft, tiers, explain)
  // The server's refusal, placed on the issues it names; its summary stays until the next try.
  const refusal = useChange((error, fallback) => {
    const refused =
      error instanceof ApiError && error.status === 400 && Object.keys(error.fields).length > 0
        ? placeErrors(error.fields, issueIds, [], t.undecided)
        : fallback
    setAttempted(true)
    setProblems(summary(refused, draft, issues))
    return refused
  })
  const serverErrors: DraftErrors = refusal.errors
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
    refusal.setErrors({})
    setTouched((before) => new Set([...before, ...[issueIds].flat()]))
  }

  const applyChoice = (choice: BulkChoice, reason: string) => {
    const applied = applyBulk(draft, tiers, selected, choice, reason)
    change(selected, applied.draft)
    return applied
  }

  const confirm = async () => {
    sync.cancel()
    // The page's language tells the server which Chinese a rationale is in, where the text cannot.
    const json = { ...body, locale }
    const param = { id: props.assessmentId }
    const confirmed = await refusal.run(() =>
      call(server.assessments[':id'].confirmation.$post({ param, json })),
    )
    setDialog(false)
    if (confirmed) props.onConfirmed()
  }
  /** Confirm: the draft is checked first; the dialog asks only when nothing is missing. */
  const tryConfirm = () => {
    // The server's last answer is retried, not held against the draft.
    refusal.setErrors({})
    const found = summary(live, draft, issues)
    setProblems(found)
    if (found.length > 0) setAttempted(true)
    else setDialog(true)
  }
  return {
    draft,
    explain,
    decisions,
    issues,
    errors,
    shown,
    attempted,
    problems,
    material,
    undecided,
    overrides,
    returned,
    selected,
    setSelected,
    change,
    applyChoice,
    dialog,
    setDialog,
    busy: refusal.busy,
    confirm,
    tryConfirm,
  }
}

export const NONE: SummaryError[] = []

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
