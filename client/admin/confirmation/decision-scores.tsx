import { ASPECT_NAMES } from '#surveys/domain/model'
import { doubleText } from '#surveys/i18n/double-materiality'
import type { Locale } from '#surveys/i18n/locales'
import { matrixText } from '#surveys/i18n/matrix'
import { formatScore } from '#surveys/reports/matrix-footnote'
import type { ProposedTopic } from '#surveys/schemas/confirmation-view'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'

/**
 * The scores beside a decision: the survey's two axes for the stakeholder matrix, or the topic's
 * impact and financial materiality for double materiality (its proposal's scores).
 */
export function DecisionScores(props: {
  issue: MatrixIssue
  proposal: ProposedTopic | undefined
  locale: Locale
}) {
  const { issue, proposal, locale } = props
  const m = matrixText[locale]
  const d = doubleText[locale]
  const scores: [string, number | null][] = proposal
    ? [
        [d.axisImpact, proposal.impact],
        [d.axisFinancial, proposal.financial],
      ]
    : [
        [m.impact, issue.impact],
        [m.stakeholder, issue.stakeholder],
      ]
  return (
    <p class="decision-meta">
      <span>{ASPECT_NAMES[issue.aspect][locale]}</span>
      {scores.map(([label, value]) => (
        <span key={label}>
          {label} <strong>{formatScore(value)}</strong>
        </span>
      ))}
    </p>
  )
}
