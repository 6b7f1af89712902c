import type { DraftDecision, ExplainRules } from '#surveys/domain/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { ProposedTopic } from '#surveys/schemas/confirmation-view'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'
import { DecisionRow } from './decision-row.tsx'
import type { DraftErrors } from './draft.ts'

/** The ranked issues, each with its scores, its tier and management's decision on it. */
export function DecisionList(props: {
  issues: MatrixIssue[]
  decisions: ReadonlyMap<string, DraftDecision>
  errors: DraftErrors
  locale: Locale
  selected: ReadonlySet<string>
  /** Double materiality: each topic's proposal with its impact and financial scores. */
  proposals?: readonly ProposedTopic[] | null
  /** Topics whose decision asks for a reason beyond the tier's rules (double materiality). */
  explain?: ReadonlyMap<string, ExplainRules>
  onSelect(issueId: string, selected: boolean): void
  onMaterial(issueId: string, material: boolean): void
  onRationale(issueId: string, text: string): void
}) {
  const proposals = new Map((props.proposals ?? []).map((topic) => [topic.issueId, topic]))
  return (
    <ol class="decision-list">
      {props.issues.map((issue) => {
        const decision = props.decisions.get(issue.id)
        return (
          decision && (
            <DecisionRow
              key={issue.id}
              issue={issue}
              decision={decision}
              errors={props.errors}
              locale={props.locale}
              selected={props.selected.has(issue.id)}
              proposal={proposals.get(issue.id)}
              explain={props.explain?.get(issue.id)}
              onSelect={(selected) => props.onSelect(issue.id, selected)}
              onMaterial={(material) => props.onMaterial(issue.id, material)}
              onRationale={(text) => props.onRationale(issue.id, text)}
            />
          )
        )
      })}
    </ol>
  )
}
