import type { Executor } from '#db/client'
import { type Assessment, updateAssessment } from '#db/queries/assessments'
import { deleteConfirmationDraft } from '#db/queries/confirmation-drafts'
import {
  findConfirmation,
  findLatestConfirmation,
  insertConfirmation,
  listVersions,
  type VersionRow,
} from '#db/queries/confirmations'
import { listLinkIssues } from '#db/queries/evidence'
import { findOrganisation } from '#db/queries/members'
import { countResponsesByGroup } from '#db/queries/response-tracking'
import {
  type ComputedIssue,
  checkDecisions,
  type DecisionProblem,
  decisionMessages,
  type PreviousDecisions,
  startingDecisions,
} from '#surveys/domain/confirmation'
import { fieldedQuestionnaire } from '#surveys/domain/questionnaire'
import { buildSnapshot, type Snapshot, type SnapshotGroup } from '#surveys/domain/snapshot'
import type { SnapshotDoubleMateriality } from '#surveys/domain/snapshot-double'
import type { ConfirmationBody } from '#surveys/schemas/confirmation'
import type {
  ConfirmationCreated,
  ConfirmationState,
  ConfirmedVersion,
  ProposedTopic,
  VersionSummary,
} from '#surveys/schemas/confirmation-view'
import type { MatrixScores } from '#surveys/scoring/score-matrix'
import { type AppDeps, nameIn, type SessionUser } from '../context.ts'
import { badRequest, conflict, DomainError, notFound } from '../errors.ts'
import { type AuditOf, assessmentFor, CAN, withAssessment } from './access.ts'
import { approvalBlock } from './approval.ts'
import { doubleMaterialityForConfirmation } from './confirmation-double.ts'
import { loadMatrixSources, readMatrixSources } from './matrix.ts'
import { computeMatrix, type MatrixSources } from './matrix-scores.ts'
import { assertSealCovers, sealResponses } from './response-seal.ts'
import { openSnapshot, sealSnapshot } from './snapshots.ts'
import { draftsLiveAfter } from './survey-drafts.ts'

/** GET /api/assessments/:id/confirmation: what the confirmation page shows this user. */
export async function getConfirmationState(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
): Promise<ConfirmationState> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const { db } = deps.database
  const rows = await listVersions(db, assessmentId)
  const confirm = (CAN.confirm as readonly string[]).includes(assessment.role)
  const block = await approvalBlock(deps, user, assessment, rows[0])
  const closed = assessment.status === 'closed'
  const scored = closed ? await scoredNow(deps, user, assessment) : null
  return {
    status: assessment.status,
    can: {
      confirm: confirm && assessment.status === 'closed',
      approve: block.blocked === null,
      approveBlocked: block.blocked,
      selfApproval: block.selfApproval,
      appointedByConfirmer: block.appointedByConfirmer,
    },
    starting: scored ? await startingFrom(deps, assessment, scored.computed) : null,
    computed: scored?.double ? proposedTopics(scored.computed, scored.double) : null,
    versions: rows.map(versionSummary),
  }
}

/** The computed tiers, and the previous version's decisions when the board returned it. */
export async function startingPoint(deps: AppDeps, user: SessionUser, assessment: Assessment) {
  const { computed } = await scoredNow(deps, user, assessment)
  return startingFrom(deps, assessment, computed)
}

async function scoredNow(deps: AppDeps, user: SessionUser, assessment: Assessment) {
  const sources = await loadMatrixSources(deps, user, assessment.id)
  return scoreForConfirmation(deps.database.db, assessment, sources)
}

async function startingFrom(
  deps: AppDeps,
  assessment: Assessment,
  computed: readonly ComputedIssue[],
) {
  const latest = await findLatestConfirmation(deps.database.db, assessment.id)
  return startingDecisions(computed, latest ? previousDecisions(openSnapshot(latest)) : undefined)
}

function previousDecisions(snapshot: Snapshot): PreviousDecisions {
  return { decisions: snapshot.decisions, order: snapshot.order }
}

function versionSummary(row: VersionRow): VersionSummary {
  const { decisions } = openSnapshot(row)
  return {
    version: row.version,
    hash: row.hash,
    confirmedAt: row.confirmedAt.toISOString(),
    confirmedBy: { name: row.confirmedByName, email: row.confirmedByEmail },
    material: decisions.filter((d) => d.material).length,
    overrides: decisions.filter((d) => d.override).length,
    approval:
      row.decision && row.decidedAt && row.decidedByName !== null
        ? {
            decision: row.decision,
            comment: row.comment ?? '',
            decidedAt: row.decidedAt.toISOString(),
            decidedBy: { name: row.decidedByName, email: row.decidedByEmail ?? '' },
            selfApproved: row.decidedById === row.confirmedById,
            appointedByConfirmer: row.appointedByConfirmer ?? false,
          }
        : null,
  }
}

/** GET /api/assessments/:id/confirmations/:version: one sealed version, checked against its hash. */
export async function getConfirmedVersion(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  version: number,
): Promise<ConfirmedVersion> {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  const stored = await findConfirmation(deps.database.db, assessmentId, version)
  if (!stored) throw notFound('That version')
  return { version: stored.version, hash: stored.hash, snapshot: openSnapshot(stored) }
}

/**
 * POST /api/assessments/:id/confirmation. Folds every stored response into the running sums, then
 * under the assessment's row lock checks the decisions against the scores as they stand, seals
 * the snapshot as the next version, locks the assessment as `confirmed` and writes the audit
 * entry. Nothing that changes the scores (settings, groups, a reopening) can come between.
 */
export async function confirmAssessment(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: ConfirmationBody,
): Promise<ConfirmationCreated> {
  assertConfirmable((await assessmentFor(deps, user, assessmentId, CAN.confirm)).status)
  // Every stored response folded into the sums first, so the scores below are of all of them.
  const responses = await sealResponses(deps, assessmentId)
  return withAssessment(deps, user, assessmentId, 'confirm', async (tx, assessment, audit) => {
    assertConfirmable(assessment.status)
    const { sources, scores, computed, double } = await scoreForConfirmation(
      tx,
      assessment,
      await readMatrixSources(tx, assessment),
    )
    const checked = checkDecisions(computed, body)
    if (!checked.ok) throw refused(checked.problems)
    await assertSealCovers(tx, assessmentId, responses, scoredResponses(sources))
    const now = deps.clock.now()
    const invited = await countResponsesByGroup(tx, assessmentId, draftsLiveAfter(now))
    const organisation = await findOrganisation(tx, assessment.organisationId)
    const previous = await findLatestConfirmation(tx, assessmentId)
    const version = (previous?.version ?? 0) + 1
    const links = await listLinkIssues(tx, assessmentId)
    const snapshot = buildSnapshot({
      assessment: {
        id: String(assessment.id),
        name: assessment.name,
        organisation: { id: String(assessment.organisationId), name: organisation?.name ?? '' },
        periodStart: assessment.periodStart,
        periodEnd: assessment.periodEnd,
      },
      identification: { library: double ? libraryOf(sources) : 'hkex-33' },
      survey: {
        openedAt: assessment.openedAt?.toISOString() ?? null,
        closedAt: assessment.closedAt?.toISOString() ?? null,
      },
      settings: assessment.settings,
      responses,
      questionnaire: fieldedQuestionnaire({
        scaleMax: assessment.settings.scaleMax,
        groups: sources.groups,
        issues: sources.issues,
      }),
      links,
      ...(double ? { doubleMateriality: double } : {}),
      scores,
      issues: sources.issues.map((issue) => ({ ...issue, id: String(issue.id) })),
      groups: snapshotGroups(sources, invited),
      decisions: checked.decisions,
      order: checked.order,
      version,
      previousHash: previous?.hash ?? null,
      confirmedBy: {
        id: String(user.id),
        name: nameIn(user, assessment.organisationId),
        email: user.email,
      },
      confirmedAt: now.toISOString(),
    })
    const sealed = sealSnapshot(snapshot)
    await insertConfirmation(tx, {
      assessmentId,
      version,
      snapshot: sealed.text,
      hash: sealed.hash,
      confirmedBy: user.id,
      createdAt: now,
    })
    await updateAssessment(tx, assessmentId, { status: 'confirmed' })
    await deleteConfirmationDraft(tx, assessmentId)
    await auditConfirmation(audit, assessment, snapshot, sealed.hash)
    return { version, hash: sealed.hash }
  })
}

/** 409 unless the survey is closed and the result not yet confirmed. */
export function assertConfirmable(status: Assessment['status'] | undefined): void {
  if (status === 'confirmed' || status === 'approved') {
    throw conflict('assessment_locked', `This assessment is ${status} already.`)
  }
  if (status !== 'closed') {
    throw conflict('not_closed', 'Close the survey before management confirms the result.')
  }
}

/**
 * 400 with a message per field; 422 `climate_explanation_required` when the climate topic is set
 * not material without an explanation (HKEX Part D, ESRS 2 IRO-2), naming its rationale field.
 */
function refused(problems: readonly DecisionProblem[]) {
  const fields = decisionMessages(problems)
  if (problems.some((problem) => problem.code === 'rationaleForClimate')) {
    return new DomainError(
      422,
      'climate_explanation_required',
      'The climate topic is decided not material without an explanation; HKEX Part D and ESRS 2 IRO-2 require one.',
      fields,
    )
  }
  return badRequest('Some decisions need attention.', fields)
}

/**
 * The saved-settings scores and each issue's computed tier, the baseline decisions depart from:
 * the survey's tiers for the stakeholder matrix; for double materiality each topic's `material`
 * in its result, with the register and scores to seal (`double`).
 */
async function scoreForConfirmation(db: Executor, assessment: Assessment, sources: MatrixSources) {
  const scores: MatrixScores = computeMatrix(sources, {})
  if (assessment.method === 'double') {
    const found = await doubleMaterialityForConfirmation(db, assessment, sources, scores)
    return { sources, scores, computed: found.computed, double: found.sealed }
  }
  const computed: ComputedIssue[] = scores.issues.map((issue) => ({
    issueId: issue.id,
    code: issue.code,
    tier: issue.tier,
  }))
  return { sources, scores, computed, double: undefined }
}

/** The library a double-materiality assessment's topics came from: ESRS codes (E1.1), else the 33. */
function libraryOf(sources: MatrixSources): string {
  return sources.issues.some((issue) => /^[ESG]\d\.\d/.test(issue.code)) ? 'esrs-2023' : 'hkex-33'
}

/** The proposals with each topic's impact and financial score and its rank, for the confirmation page. */
function proposedTopics(
  computed: readonly ComputedIssue[],
  double: SnapshotDoubleMateriality,
): ProposedTopic[] {
  const topics = new Map(double.topics.map((topic) => [topic.issueId, topic]))
  return computed.map((issue) => ({
    ...issue,
    impact: topics.get(issue.issueId)?.impact ?? null,
    financial: topics.get(issue.issueId)?.financial ?? null,
    rank: topics.get(issue.issueId)?.rank ?? null,
  }))
}

/** Responses in the running sums the scores were computed from, flagged ones included. */
function scoredResponses(sources: MatrixSources): number {
  return sources.counts.reduce((total, row) => total + row.responses, 0)
}

function snapshotGroups(
  sources: MatrixSources,
  progress: Awaited<ReturnType<typeof countResponsesByGroup>>,
): SnapshotGroup[] {
  const invited = new Map(progress.map((group) => [group.id, group.invited]))
  const counts = new Map(sources.counts.map((row) => [row.groupId, row]))
  const { excludeFlagged } = sources.assessment.settings
  return sources.groups.map((group) => {
    const count = counts.get(group.id)
    const responded = count ? count.responses - (excludeFlagged ? count.flagged : 0) : 0
    return {
      key: group.key,
      names: group.names,
      channels: group.channels,
      weight: group.weight,
      axes: [...group.axes],
      invited: invited.get(group.id) || null,
      responded,
    }
  })
}

async function auditConfirmation(
  audit: AuditOf,
  assessment: Assessment,
  snapshot: Snapshot,
  hash: string,
) {
  const codes = new Map(snapshot.issues.map((issue) => [issue.id, issue.code]))
  const codeOf = (id: string) => codes.get(id) ?? id
  await audit({
    action: 'confirm',
    entity: 'confirmation',
    entityId: String(snapshot.version),
    before: { status: assessment.status },
    after: {
      status: 'confirmed',
      version: snapshot.version,
      hash,
      material: snapshot.order.map(codeOf),
      overrides: snapshot.decisions
        .filter((d) => d.override)
        .map((d) => ({ code: codeOf(d.issueId), material: d.material, rationale: d.rationale })),
      ...sharedReasons(snapshot.decisions.filter((d) => d.shared).map((d) => codeOf(d.issueId))),
    },
  })
}

/** The issues whose reason was written once for several (a bulk decision); none: no field. */
function sharedReasons(codes: string[]): { sharedReason?: string[] } {
  return codes.length > 0 ? { sharedReason: codes } : {}
}
