import type { Executor } from '#db/client'
import type { Assessment } from '#db/queries/assessments'
import { isAssigned, listAssignments } from '#db/queries/iro-assignments'
import {
  deleteIro,
  findIro,
  type Iro,
  type IroScoreRow,
  insertIro,
  listIroScores,
  listIros,
  updateIro,
  upsertIroScore,
} from '#db/queries/iros'
import { findIssue } from '#db/queries/issues'
import type { IroScores } from '#surveys/domain/iros'
import { mayScoreIro } from '#surveys/domain/permissions'
import {
  type CreateIroBody,
  type IroScoresBody,
  misplacedScores,
  type UpdateIroBody,
} from '#surveys/schemas/iros'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, conflict, DomainError, notFound } from '../errors.ts'
import { assessmentFor, CAN, withAssessment } from './access.ts'
import { assertNotFinal, auditDiff, changedKeys } from './locks.ts'

/** IRO verbs belong to double-materiality assessments that are a draft or open. */
export function assertDoubleMateriality(assessment: Pick<Assessment, 'method'>): void {
  if (assessment.method !== 'double') {
    throw conflict(
      'not_double_materiality',
      'This assessment uses the stakeholder matrix; it has no impacts, risks or opportunities.',
    )
  }
}

/** IRO changes, scores and assignments: a double-materiality assessment, draft or open. */
export function assertRegisterOpen(assessment: Assessment, what: string): void {
  assertDoubleMateriality(assessment)
  assertNotFinal(assessment)
  if (assessment.status === 'closed') {
    throw conflict('assessment_closed', `${what} only while the assessment is a draft or open.`)
  }
}

async function assertTopic(tx: Executor, assessmentId: number, issueId: string): Promise<number> {
  const id = Number(issueId)
  if (Number.isSafeInteger(id) && id > 0 && (await findIssue(tx, assessmentId, id))) return id
  throw badRequest('Some fields are not valid.', {
    issueId: ['Choose a topic of this assessment.'],
  })
}

/**
 * An IRO as the API shows it; `myScores` are the caller's, `assessors` how many scored it,
 * `assignees` who is assigned to score it and `assignedToMe` whether the caller is.
 */
export function presentIro(
  iro: Iro,
  scores: readonly IroScoreRow[] = [],
  userId?: number,
  assignments: readonly { iroId: number; assessorId: number }[] = [],
) {
  const own = scores.filter((row) => row.iroId === iro.id)
  const assignees = assignments.filter((row) => row.iroId === iro.id).map((row) => row.assessorId)
  return {
    id: String(iro.id),
    issueId: String(iro.issueId),
    type: iro.type,
    actual: iro.actual,
    humanRights: iro.humanRights,
    valueChain: iro.valueChain,
    horizons: iro.horizons,
    description: iro.description,
    affectedStakeholders: iro.affectedStakeholders,
    evidence: iro.evidence,
    owner: iro.owner,
    createdAt: iro.createdAt.toISOString(),
    assessors: own.length,
    myScores: own.find((row) => row.assessorId === userId)?.scores ?? null,
    assignees: assignees.map(String),
    assignedToMe: userId !== undefined && assignees.includes(userId),
  }
}

/** GET …/iros: the register, with the caller's own scores beside each IRO. */
export async function listAssessmentIros(deps: AppDeps, user: SessionUser, assessmentId: number) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  assertDoubleMateriality(assessment)
  const { db } = deps.database
  const [rows, scores, assignments] = await Promise.all([
    listIros(db, assessmentId),
    listIroScores(db, assessmentId),
    listAssignments(db, assessmentId),
  ])
  return { iros: rows.map((iro) => presentIro(iro, scores, user.id, assignments)) }
}

/** POST …/iros: a new IRO under one of the assessment's topics. */
export async function createIro(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: CreateIroBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Impacts, risks and opportunities can be added')
    const issueId = await assertTopic(tx, assessmentId, body.issueId)
    const iro = await insertIro(tx, { ...body, issueId, assessmentId, createdBy: user.id })
    await audit({ action: 'create', entity: 'iro', entityId: String(iro.id), after: body })
    return presentIro(iro)
  })
}

/** PATCH …/iros/:iroId: the fields given change, audited with before and after. */
export async function editIro(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  iroId: number,
  body: UpdateIroBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Impacts, risks and opportunities can be changed')
    const iro = await findIro(tx, assessmentId, iroId)
    if (!iro) throw notFound('The impact, risk or opportunity')
    const { issueId: topic, ...rest } = body
    const patch = {
      ...rest,
      ...(topic === undefined ? {} : { issueId: await assertTopic(tx, assessmentId, topic) }),
    }
    const keys = changedKeys(iro, patch)
    if (keys.length === 0) return presentIro(iro)
    const updated = await updateIro(tx, iroId, patch)
    await audit({
      action: 'update',
      entity: 'iro',
      entityId: String(iroId),
      ...auditDiff(iro, patch, keys),
    })
    return presentIro(updated)
  })
}

/** DELETE …/iros/:iroId: the IRO and every score of it. */
export async function removeIro(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  iroId: number,
) {
  await withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Impacts, risks and opportunities can be removed')
    const iro = await findIro(tx, assessmentId, iroId)
    if (!iro) throw notFound('The impact, risk or opportunity')
    await deleteIro(tx, iroId)
    await audit({
      action: 'delete',
      entity: 'iro',
      entityId: String(iroId),
      before: presentIro(iro),
    })
  })
}

/**
 * PUT …/iros/:iroId/scores: the signed-in assessor's scores of one IRO, replacing theirs. An
 * assessor scores only the IROs assigned to them (403 `not_assigned`, `mayScoreIro`); the
 * assessment's row lock orders this against an assignment being removed, so a score is stored
 * only while its assessor is assigned. Scores the IRO does not take (a likelihood on an actual
 * impact, a horizon it was not assessed over) are 400; a null or left-out score is "not scored",
 * never 0.
 */
export async function scoreIro(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  iroId: number,
  body: IroScoresBody,
) {
  return withAssessment(deps, user, assessmentId, 'score', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Scores can be saved')
    const iro = await findIro(tx, assessmentId, iroId)
    if (!iro) throw notFound('The impact, risk or opportunity')
    if (!mayScoreIro(assessment.role, await isAssigned(tx, iroId, user.id))) {
      throw new DomainError(
        403,
        'not_assigned',
        'You may score only the impacts, risks and opportunities assigned to you.',
      )
    }
    const misplaced = misplacedScores(iro, body)
    if (Object.keys(misplaced).length > 0) {
      const fields = Object.fromEntries(Object.entries(misplaced).map(([k, m]) => [k, [m]]))
      throw badRequest('Some scores do not fit this impact, risk or opportunity.', fields)
    }
    const scores: IroScores = body
    const row = await upsertIroScore(tx, {
      iroId,
      assessorId: user.id,
      scores,
      updatedAt: deps.clock.now(),
    })
    await audit({ action: 'score', entity: 'iro', entityId: String(iroId), after: scores })
    return { iroId: String(iroId), scores: row.scores, updatedAt: row.updatedAt.toISOString() }
  })
}
