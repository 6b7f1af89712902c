import { useState } from 'preact/hooks'
import { type ExplainRules, MIN_RATIONALE, rationaleLength } from '#surveys/domain/confirmation'
import { ASPECTS } from '#surveys/domain/model'
import { bulkText } from '#surveys/i18n/confirmation-bulk'
import type { Locale } from '#surveys/i18n/locales'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'
import type { IssueFlag } from '#surveys/scoring/score-matrix'
import { type BulkChoice, type BulkFilter, bulkNeedsReason, matchingIssues } from './bulk.ts'

export interface BulkDecideProps {
  issues: MatrixIssue[]
  selected: readonly string[]
  locale: Locale
  onSelect(issueIds: string[]): void
  onApply(choice: BulkChoice, reason: string): { decided: number; skipped: number }
  /** Topics whose decision asks for a reason beyond the tier's rules (double materiality). */
  explain?: ReadonlyMap<string, ExplainRules>
}

/**
 * Bulk decisions' state: the filter that selects issues, the answer and its one reason, and
 * applying them (a reason first where the rules ask for one), with what was done to announce.
 */
export function useBulkDecide(props: BulkDecideProps) {
  const { issues, selected, locale } = props
  const t = bulkText[locale]
  const [filter, setFilter] = useState<BulkFilter>({ tier: '', flag: '', aspect: '' })
  const [choice, setChoice] = useState<BulkChoice>('not-material')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [done, setDone] = useState('')
  const flags = [...new Set(issues.flatMap((issue) => issue.flags))] as IssueFlag[]
  const aspects = ASPECTS.filter((aspect) => issues.some((issue) => issue.aspect === aspect))
  const matching = matchingIssues(issues, filter)
  const tiers = new Map(issues.map((issue) => [issue.id, issue.tier]))
  const set = (part: Partial<BulkFilter>) => setFilter({ ...filter, ...part })

  const apply = () => {
    const needed = bulkNeedsReason(tiers, selected, choice, props.explain)
    if (needed && rationaleLength(reason) < MIN_RATIONALE) {
      setError(reason.trim() ? t.reasonTooShort(MIN_RATIONALE) : t.reasonNeeded)
      document.getElementById('bulk-reason')?.focus()
      return
    }
    setError(undefined)
    const { decided, skipped } = props.onApply(choice, reason)
    setDone([t.applied(decided), skipped > 0 ? t.skipped(skipped) : ''].join(' ').trim())
    props.onSelect([])
    setReason('')
  }

  return {
    filter,
    set,
    choice,
    setChoice,
    reason,
    setReason,
    error,
    done,
    flags,
    aspects,
    matching,
    apply,
  }
}
