import type { Executor } from '#db/client'
import {
  type Assessment,
  type AssessmentIssue,
  insertAssessment,
  insertGroups,
  insertIssues,
  listAssessments,
  listGroups,
  listIssues,
  type StakeholderGroup,
} from '#db/queries/assessments'
import { insertAudit } from '#db/queries/audit'
import { ISSUE_LIBRARIES } from '#surveys/libraries/index'
import type { CreateAssessmentBody } from '#surveys/schemas/assessments'
import { DEFAULT_SETTINGS } from '#surveys/settings'
import { DEFAULT_STAKEHOLDER_GROUPS } from '#surveys/stakeholders'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest } from '../errors.ts'
import { authorize, CAN } from './access.ts'

/** Every assessment of the organisations the user belongs to, newest first. */
export async function listAssessmentsFor({ database: { db } }: AppDeps, user: SessionUser) {
  const rows = await listAssessments(
    db,
    user.memberships.map((m) => m.organisationId),
  )
  return rows.map(presentAssessment)
}

/** A new draft assessment with a copy of the issue library and the six default groups. */
export async function createAssessment(
  { database: { db } }: AppDeps,
  user: SessionUser,
  body: CreateAssessmentBody,
) {
  const organisationId = owningOrganisation(user, body.organisation)
  authorize(user, organisationId, CAN.edit)
  return db.transaction(async (tx) => {
    const assessment = await insertAssessment(tx, {
      organisationId,
      name: body.name,
      periodStart: body.periodStart ?? null,
      periodEnd: body.periodEnd ?? null,
      settings: DEFAULT_SETTINGS,
      createdBy: user.id,
    })
    await copyDefaults(tx, assessment.id, body.library)
    await insertAudit(tx, {
      organisationId,
      assessmentId: assessment.id,
      actorId: user.id,
      action: 'create',
      entity: 'assessment',
      entityId: String(assessment.id),
      after: { name: body.name, library: body.library },
    })
    return presentAssessment(assessment)
  })
}

async function copyDefaults(
  tx: Executor,
  assessmentId: number,
  library: CreateAssessmentBody['library'],
) {
  await insertIssues(
    tx,
    ISSUE_LIBRARIES[library].map((issue, position) => ({ ...issue, assessmentId, position })),
  )
  await insertGroups(
    tx,
    DEFAULT_STAKEHOLDER_GROUPS.map((group, position) => ({ ...group, assessmentId, position })),
  )
}

function owningOrganisation(user: SessionUser, requested: string | undefined): number {
  if (requested) return Number(requested)
  const [only, ...others] = user.memberships
  if (!only) throw badRequest('You are not a member of any organisation.')
  if (others.length > 0) {
    throw badRequest('Choose the organisation.', {
      organisation: ['Choose which organisation this assessment is for.'],
    })
  }
  return only.organisationId
}

export async function listAssessmentIssues({ database: { db } }: AppDeps, assessmentId: number) {
  return (await listIssues(db, assessmentId)).map(presentIssue)
}

export async function listAssessmentGroups({ database: { db } }: AppDeps, assessmentId: number) {
  return (await listGroups(db, assessmentId)).map(presentGroup)
}

export function presentAssessment(a: Assessment) {
  return {
    id: String(a.id),
    organisationId: String(a.organisationId),
    name: a.name,
    status: a.status,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    settings: a.settings,
    previousId: a.previousId === null ? null : String(a.previousId),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    openedAt: a.openedAt?.toISOString() ?? null,
    closedAt: a.closedAt?.toISOString() ?? null,
  }
}

export function presentIssue(issue: AssessmentIssue) {
  return {
    id: String(issue.id),
    code: issue.code,
    aspect: issue.aspect,
    names: issue.names,
    descriptions: issue.descriptions,
    hkex: issue.hkex,
    gri: issue.gri,
    position: issue.position,
  }
}

export function presentGroup(group: StakeholderGroup) {
  return {
    id: String(group.id),
    key: group.key,
    names: group.names,
    weight: group.weight,
    axes: group.axes,
    expectations: group.expectations,
    channels: group.channels,
    position: group.position,
  }
}
