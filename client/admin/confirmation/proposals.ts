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

/** The topics that must be explained when decided not material (climate). */
export function mustExplain(proposals: readonly ProposedTopic[] | null): ReadonlySet<string> {
  return new Set(
    (proposals ?? []).filter((topic) => topic.explainIfNotMaterial).map((topic) => topic.issueId),
  )
}
