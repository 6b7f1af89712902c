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
import { DEFAULT_DOUBLE_MATERIALITY } from '#surveys/domain/double-materiality'
import type { Axis } from '#surveys/domain/model'
import { type AssessmentSettings, DEFAULT_SETTINGS } from '#surveys/domain/settings'
import { DEFAULT_STAKEHOLDER_GROUPS } from '#surveys/domain/stakeholders'
import { ISSUE_LIBRARIES } from '#surveys/libraries/index'
import type { CreateAssessmentBody } from '#surveys/schemas/assessments'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest } from '../errors.ts'
import { assessmentFor, authorize, CAN } from './access.ts'

/** Every assessment of the organisations the user belongs to, newest first. */
export async function listAssessmentsFor({ database: { db } }: AppDeps, user: SessionUser) {
  const rows = await listAssessments(
    db,
    user.memberships.map((m) => m.organisationId),
  )
  return rows.map(presentAssessment)
}

/**
 * A new draft assessment with a copy of the issue library and the six default groups, or with
 * the issues, groups and settings of an earlier one (`copyFrom`: same codes, so years compare).
 */
export async function createAssessment(
  deps: AppDeps,
  user: SessionUser,
  body: CreateAssessmentBody,
) {
  const source = body.copyFrom
    ? await assessmentFor(deps, user, Number(body.copyFrom), CAN.read)
    : undefined
  const organisationId = body.organisation
    ? Number(body.organisation)
    : (source?.organisationId ?? onlyOrganisation(user))
  authorize(user, organisationId, CAN.edit)
  return deps.database.db.transaction(async (tx) => {
    const assessment = await insertAssessment(tx, {
      organisationId,
      name: body.name,
      periodStart: body.periodStart ?? null,
      periodEnd: body.periodEnd ?? null,
      method: source?.method ?? body.method,
      // A copy is another period: last year's names per language would misname it.
      settings: source ? { ...source.settings, names: {} } : initialSettings(body),
      previousId: source?.id ?? null,
      createdBy: user.id,
    })
    if (source) await copyAssessment(tx, source.id, assessment.id)
    else await copyDefaults(tx, assessment.id, body.library)
    await insertAudit(tx, {
      organisationId,
      assessmentId: assessment.id,
      actorId: user.id,
      action: 'create',
      entity: 'assessment',
      entityId: String(assessment.id),
      after: source
        ? { name: body.name, copiedFrom: String(source.id) }
        : { name: body.name, library: body.library, method: body.method },
    })
    return presentAssessment(assessment)
  })
}

/** The default settings, with the double-materiality formula when that is the method. */
function initialSettings(body: CreateAssessmentBody): AssessmentSettings {
  if (body.method !== 'double') return DEFAULT_SETTINGS
  return {
    ...DEFAULT_SETTINGS,
    doubleMateriality: body.doubleMateriality ?? DEFAULT_DOUBLE_MATERIALITY,
  }
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

async function copyAssessment(tx: Executor, fromId: number, assessmentId: number) {
  const issues = await listIssues(tx, fromId)
  await insertIssues(
    tx,
    issues.map(({ id: _id, ...issue }) => ({ ...issue, assessmentId })),
  )
  const groups = await listGroups(tx, fromId)
  await insertGroups(
    tx,
    groups.map(({ id: _id, ...group }) => ({ ...group, assessmentId })),
  )
}

function onlyOrganisation(user: SessionUser): number {
  const [only, ...others] = user.memberships
  if (!only) throw badRequest('You are not a member of any organisation.')
  if (others.length > 0) {
    throw badRequest('Choose the organisation.', {
      organisation: ['Choose which organisation this assessment is for.'],
    })
  }
  return only.organisationId
}

/** One assessment as its pages need it: with the caller's role and who rates which axis. */
export async function getAssessment(deps: AppDeps, user: SessionUser, assessmentId: number) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const groups = await listGroups(deps.database.db, assessmentId)
  return {
    ...presentAssessment(assessment),
    role: assessment.role,
    axisSources: axisSources(groups),
  }
}

/** axisSources, derived from the groups' own axes (one source of truth). */
export function axisSources(groups: Pick<StakeholderGroup, 'key' | 'axes'>[]) {
  const sources = (axis: Axis) => groups.filter((g) => g.axes.includes(axis)).map((g) => g.key)
  return { impact: sources('impact'), stakeholder: sources('stakeholder') }
}

export function presentAssessment(a: Assessment) {
  return {
    id: String(a.id),
    organisationId: String(a.organisationId),
    name: a.name,
    status: a.status,
    method: a.method,
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
