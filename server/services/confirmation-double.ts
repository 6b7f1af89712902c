import type { Executor } from '#db/client'
import type { Assessment } from '#db/queries/assessments'
import { listMembers } from '#db/queries/members'
import { doubleMaterialityComputed } from '#surveys/domain/confirmation-double'
import type { SnapshotDoubleMateriality, SnapshotTopic } from '#surveys/domain/snapshot-double'
import { rankTopics } from '#surveys/scoring/double-materiality-rank'
import type { MatrixScores } from '#surveys/scoring/score-matrix'
import { viewsBesideScores } from '#surveys/scoring/stakeholder-views'
import { readDoubleMateriality, topicViews } from './double-materiality.ts'
import type { MatrixSources } from './matrix-scores.ts'

/**
 * A double-materiality assessment's part of the confirmation: the computed tiers from the
 * double-materiality result (in the scores' order) and the register, every assessor's scores, the
 * result with each topic's rank and stakeholder views to seal, all read with `db` (the confirmation's transaction
 * when confirming) — the views sealed are the ones the reasons were checked against.
 */
export async function doubleMaterialityForConfirmation(
  db: Executor,
  assessment: Pick<Assessment, 'id' | 'settings' | 'organisationId'>,
  sources: MatrixSources,
  scores: MatrixScores,
) {
  const [read, members] = await Promise.all([
    readDoubleMateriality(db, assessment),
    listMembers(db, assessment.organisationId),
  ])
  const meta = new Map(sources.issues.map((issue) => [String(issue.id), issue]))
  const ordered = scores.issues.flatMap((issue) => {
    const found = meta.get(issue.id)
    return found ? [{ id: issue.id, code: found.code, hkex: found.hkex }] : []
  })
  // The stakeholder views beside each topic's scores: checked here (a topic 1.0 or more apart
  // needs a reason, issue 15.6) and sealed as checked, from the sums of the same transaction.
  const views = topicViews(read.issues, sources.groups, sources.sums, assessment.settings)
  const ranks = rankTopics(read.result.topics)
  const topics = read.result.topics.map((topic, index): SnapshotTopic => {
    const view = views[index]
    const rank = ranks.get(topic.issueId) ?? null
    return view
      ? { ...topic, rank, stakeholderViews: viewsBesideScores(topic, view) }
      : { ...topic, rank }
  })
  const people = new Map(members.map((member) => [member.userId, member]))
  const sealed: SnapshotDoubleMateriality = {
    settings: read.settings,
    iros: read.iros.map((iro) => ({
      id: String(iro.id),
      issueId: String(iro.issueId),
      type: iro.type,
      actual: iro.actual,
      humanRights: iro.humanRights,
      valueChain: [...iro.valueChain],
      horizons: [...iro.horizons],
      description: iro.description,
      affectedStakeholders: [...iro.affectedStakeholders],
      evidence: iro.evidence.map((entry) => ({ ...entry })),
      owner: iro.owner,
    })),
    scores: read.scores.map((row) => {
      const person = people.get(row.assessorId)
      return {
        iroId: String(row.iroId),
        assessor: {
          id: String(row.assessorId),
          name: person?.name ?? '',
          email: person?.email ?? '',
        },
        scores: row.scores,
        updatedAt: row.updatedAt.toISOString(),
      }
    }),
    topics,
  }
  const gaps = new Set(
    topics.flatMap((topic) => (topic.stakeholderViews?.rationaleRequired ? [topic.issueId] : [])),
  )
  return { computed: doubleMaterialityComputed(ordered, read.result.topics, gaps), sealed }
}
