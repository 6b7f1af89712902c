import * as v from 'valibot'
import type { Executor } from '#db/client'
import {
  type Assessment,
  listGroups,
  listIssues,
  type StakeholderGroup,
  updateAssessment,
} from '#db/queries/assessments'
import { updateGroup } from '#db/queries/groups'
import { AXES, type Axis } from '#surveys/domain/model'
import { type AssessmentSettings, ScoringSettings } from '#surveys/domain/settings'
import {
  type AxisSources,
  CheckedSettings,
  periodInOrder,
  type SettingsPatch,
  type UpdateAssessmentBody,
} from '#surveys/schemas/assessments'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, conflict, fieldErrors } from '../errors.ts'
import { type AuditOf, withAssessment } from './access.ts'
import { applyStatusChange, checkStatusChange } from './assessment-status.ts'
import { axisSources, presentAssessment } from './assessments.ts'
import { assertNotFinal, assertReasonForLocked, auditDiff, changedKeys } from './locks.ts'

const SCORING_KEYS: readonly string[] = Object.keys(ScoringSettings.entries)

/**
 * PATCH /api/assessments/:id: details, settings, who rates which axis, and a status move, in
 * one transaction under the assessment's row lock. Scoring settings changed after opening need
 * a reason (409 without one).
 */
export async function changeAssessment(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: UpdateAssessmentBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertNotFinal(assessment)
    const groups = await listGroups(tx, assessmentId)
    const plan = planChange(assessment, groups, body)
    assertFormulaChangeable(assessment, plan.settingKeys)
    assertReasonForLocked(assessment, plan.locked, body.reason)
    const statusChange = body.status && { status: body.status, reason: body.reason }
    if (statusChange) {
      checkStatusChange(assessment, statusChange, (await listIssues(tx, assessmentId)).length)
    }
    let current: Assessment = assessment
    if (plan.changed) current = await applyChange(tx, audit, assessment, groups, plan, body.reason)
    if (statusChange) {
      current = await applyStatusChange(tx, audit, current, statusChange, deps.clock.now())
    }
    return {
      ...presentAssessment(current),
      role: assessment.role,
      axisSources: axisSources(withAxes(groups, plan.axisChanges)),
    }
  })
}

/**
 * The double-materiality formula and thresholds are chosen while the assessment is a draft and
 * locked when it opens, with or without a reason (issue 15); a matrix assessment has none.
 */
function assertFormulaChangeable(assessment: Assessment, settingKeys: readonly string[]) {
  if (!settingKeys.includes('doubleMateriality')) return
  if (assessment.method !== 'double') {
    throw badRequest('This assessment uses the stakeholder matrix.', {
      'settings.doubleMateriality': ['Only double-materiality assessments have a formula.'],
    })
  }
  if (assessment.status !== 'draft') {
    throw conflict(
      'formula_locked',
      'The formula and thresholds locked when the assessment opened; they can no longer change.',
    )
  }
}

type Plan = ReturnType<typeof planChange>

/** What the body changes, checked before anything is written. */
function planChange(
  assessment: Assessment,
  groups: StakeholderGroup[],
  body: UpdateAssessmentBody,
) {
  const settingsPatch = definedOnly(body.settings ?? {})
  const settings = mergeSettings(assessment.settings, settingsPatch)
  const settingKeys = changedKeys(assessment.settings, settingsPatch)
  const axisChanges = body.axisSources ? groupAxisChanges(groups, body.axisSources) : []
  const details = definedOnly({
    name: body.name,
    periodStart: body.periodStart,
    periodEnd: body.periodEnd,
  })
  if (!periodInOrder({ ...assessment, ...details })) {
    throw badRequest('Some fields are not valid.', {
      periodEnd: ['The period ends before it starts.'],
    })
  }
  const detailKeys = changedKeys(assessment, details)
  return {
    settings,
    settingKeys,
    axisChanges,
    details,
    detailKeys,
    locked: [
      ...settingKeys.filter((key) => SCORING_KEYS.includes(key)),
      ...(axisChanges.length > 0 ? ['axisSources'] : []),
    ],
    changed: detailKeys.length + settingKeys.length + axisChanges.length > 0,
  }
}

/** Writes the details, settings and group axes, and one audit entry with before and after. */
async function applyChange(
  tx: Executor,
  audit: AuditOf,
  assessment: Assessment,
  groups: StakeholderGroup[],
  plan: Plan,
  reason: string | undefined,
) {
  const updated = await updateAssessment(tx, assessment.id, {
    ...plan.details,
    settings: plan.settings,
  })
  for (const change of plan.axisChanges) await updateGroup(tx, change.id, { axes: change.axes })
  const details = auditDiff(assessment, plan.details, plan.detailKeys)
  const settings = auditDiff(assessment.settings, plan.settings, plan.settingKeys)
  const axes = plan.axisChanges.length > 0
  await audit({
    action: 'update',
    entity: 'assessment',
    entityId: String(assessment.id),
    before: {
      ...details.before,
      settings: settings.before,
      ...(axes ? { axisSources: axisSources(groups) } : {}),
    },
    after: {
      ...details.after,
      settings: settings.after,
      ...(axes ? { axisSources: axisSources(withAxes(groups, plan.axisChanges)) } : {}),
    },
    reason: reason || null,
  })
  return updated
}

function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

/** The stored settings with the patch applied, checked as a whole (400 names `settings.*`). */
function mergeSettings(stored: AssessmentSettings, patch: SettingsPatch): AssessmentSettings {
  const result = v.safeParse(CheckedSettings, { ...stored, ...patch })
  if (result.success) return result.output
  const fields = Object.fromEntries(
    Object.entries(fieldErrors(result.issues)).map(([key, messages]) => [
      `settings.${key}`,
      messages,
    ]),
  )
  throw badRequest('Some settings are not valid.', fields)
}

interface AxisChange {
  id: number
  axes: Axis[]
}

/** The groups whose axes change for these axisSources; every key must exist, every group rate. */
function groupAxisChanges(groups: StakeholderGroup[], sources: AxisSources): AxisChange[] {
  const keys = new Set(groups.map((g) => g.key))
  const fields: Record<string, string[]> = {}
  for (const axis of AXES) {
    const unknown = sources[axis].filter((key) => !keys.has(key))
    if (unknown.length > 0)
      fields[`axisSources.${axis}`] = [`Unknown groups: ${unknown.join(', ')}.`]
  }
  const silent = groups.filter((g) => AXES.every((axis) => !sources[axis].includes(g.key)))
  if (silent.length > 0) {
    fields.axisSources = [
      `Every group rates at least one axis: ${silent.map((g) => g.key).join(', ')}.`,
    ]
  }
  if (Object.keys(fields).length > 0) throw badRequest('Some fields are not valid.', fields)
  return groups
    .map((g) => ({ id: g.id, axes: AXES.filter((axis) => sources[axis].includes(g.key)) }))
    .filter((change, i) => change.axes.join() !== groups[i]?.axes.join())
}

function withAxes(groups: StakeholderGroup[], changes: AxisChange[]): StakeholderGroup[] {
  return groups.map((g) => ({ ...g, axes: changes.find((c) => c.id === g.id)?.axes ?? g.axes }))
}
