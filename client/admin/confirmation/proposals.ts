import type { ExplainRules } from '#surveys/domain/confirmation'
import type { ProposedTopic } from '#surveys/schemas/confirmation-view'
import type { MatrixView } from '#surveys/schemas/matrix-view'

/**
 * The ranked list the decisions are made on. For double materiality (`proposals` given) each
 * topic's tier is its proposal from the double-materiality result and the survey's flags are
 * dropped, so drafts, bulk decisions and the checks work on topics unchanged.
 */
export function withProposals(
  matrix: MatrixView,
  proposals: readonly ProposedTopic[] | null,
): MatrixView {
  if (!proposals) return matrix
  const byId = new Map(proposals.map((topic) => [topic.issueId, topic]))
  return {
    ...matrix,
    issues: matrix.issues.map((issue) => ({
      ...issue,
      tier: byId.get(issue.id)?.tier ?? issue.tier,
      flags: [],
    })),
  }
}

/**
 * The topics whose decision asks for a reason beyond the tier's rules: the climate topic decided
 * not material, a topic whose stakeholder view is far from the experts' (issue 15.6).
 */
export function explainRules(
  proposals: readonly ExplainRulesOf[] | null,
): ReadonlyMap<string, ExplainRules> {
  return new Map(
    (proposals ?? [])
      .filter((topic) => topic.explainIfNotMaterial || topic.explainAlways)
      .map(({ issueId, explainIfNotMaterial, explainAlways }) => [
        issueId,
        { explainIfNotMaterial, explainAlways },
      ]),
  )
}

type ExplainRulesOf = ExplainRules & { issueId: string }
