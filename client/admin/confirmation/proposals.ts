import type { ExplainRules } from '#surveys/domain/confirmation'
import type { ProposedTopic } from '#surveys/schemas/confirmation-view'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { compareCodes } from '#surveys/scoring/ranking'

/**
 * The ranked list the decisions are made on. For double materiality (`proposals` given) each
 * topic's tier is its proposal from the double-materiality result, its rank the result's
 * (surveys/METHOD-MODE-B.md §9; the list in that order, unranked topics last by code) and the
 * survey's flags are dropped, so drafts, bulk decisions and the checks work on topics unchanged.
 */
export function withProposals(
  matrix: MatrixView,
  proposals: readonly ProposedTopic[] | null,
): MatrixView {
  if (!proposals) return matrix
  const byId = new Map(proposals.map((topic) => [topic.issueId, topic]))
  const issues = matrix.issues.map((issue) => ({
    ...issue,
    tier: byId.get(issue.id)?.tier ?? issue.tier,
    rank: byId.get(issue.id)?.rank ?? null,
    flags: [],
  }))
  const place = (rank: number | null) => rank ?? Number.POSITIVE_INFINITY
  issues.sort((a, b) => place(a.rank) - place(b.rank) || compareCodes(a.code, b.code))
  return { ...matrix, issues }
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
