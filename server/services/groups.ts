import type { Executor } from '#db/client'
import { listGroups, type StakeholderGroup } from '#db/queries/assessments'
import { findGroup, insertGroup, updateGroup } from '#db/queries/groups'
import { AXES } from '#surveys/domain/model'
import {
  type CreateGroupBody,
  GROUP_SCORING_FIELDS,
  type UpdateGroupBody,
} from '#surveys/schemas/groups'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, DomainError, notFound } from '../errors.ts'
import { assessmentFor, CAN, withAssessment } from './access.ts'
import { presentGroup } from './assessments.ts'
import { assertReasonForLocked, auditDiff, changedKeys } from './locks.ts'

const SCORING_FIELDS: readonly string[] = GROUP_SCORING_FIELDS

/** The assessment's stakeholder groups in their order, for anyone who may read it. */
export async function listAssessmentGroups(deps: AppDeps, user: SessionUser, assessmentId: number) {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  return (await listGroups(deps.database.db, assessmentId)).map(presentGroup)
}

/** Adds a custom group (e.g. NGOs). After opening it changes the scores, so it needs a reason. */
export async function createGroup(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: CreateGroupBody,
) {
  const { reason, ...definition } = body
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertReasonForLocked(assessment, ['stakeholder groups'], reason)
    const groups = await listGroups(tx, assessmentId)
    if (groups.some((g) => g.key === definition.key)) {
      throw new DomainError(409, 'duplicate_key', 'Another group has this key.', {
        key: ['Another group in this assessment has this key.'],
      })
    }
    const axes = AXES.filter((axis) => definition.axes.includes(axis))
    const group = await insertGroup(tx, {
      ...definition,
      axes,
      assessmentId,
      position: groups.length,
    })
    await audit({
      action: 'create',
      entity: 'group',
      entityId: String(group.id),
      after: { ...definition, axes },
      reason: reason || null,
    })
    return presentGroup(group)
  })
}

/** Edits a group; its weight and axes lock when the assessment opens (409 without a reason). */
export async function editGroup(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  groupId: number,
  body: UpdateGroupBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    const group = await findGroup(tx, assessmentId, groupId)
    if (!group) throw notFound('The stakeholder group')
    const { reason, ...fields } = body
    const patch = {
      ...fields,
      ...(fields.axes && { axes: AXES.filter((a) => fields.axes?.includes(a)) }),
    }
    const keys = changedKeys(group, patch)
    assertReasonForLocked(
      assessment,
      keys.filter((key) => SCORING_FIELDS.includes(key)),
      reason,
    )
    if (keys.length === 0) return presentGroup(group)
    await assertStillScores(tx, assessmentId, { ...group, ...patch })
    const updated = await updateGroup(tx, groupId, patch)
    await audit({
      action: 'update',
      entity: 'group',
      entityId: String(groupId),
      ...auditDiff(group, patch, keys),
      reason: reason || null,
    })
    return presentGroup(updated)
  })
}

/** With the change, some group still has weight and every axis still has a group rating it. */
async function assertStillScores(tx: Executor, assessmentId: number, changed: StakeholderGroup) {
  const groups = (await listGroups(tx, assessmentId)).map((g) =>
    g.id === changed.id ? changed : g,
  )
  if (!groups.some((g) => g.weight > 0)) {
    throw badRequest('Some fields are not valid.', {
      weight: ['At least one group needs a weight above 0.'],
    })
  }
  const unrated = AXES.filter((axis) => !groups.some((g) => g.axes.includes(axis)))
  if (unrated.length > 0) {
    throw badRequest('Some fields are not valid.', {
      axes: [`No other group rates ${unrated.join(' or ')}; keep it here.`],
    })
  }
}
