import type { Executor } from '#db/client'
import { type AssessmentIssue, listIssues } from '#db/queries/assessments'
import {
  deleteIssue,
  findIssue,
  findIssueByCode,
  insertIssue,
  setIssueOrder,
  updateIssue,
} from '#db/queries/issues'
import {
  type CreateIssueBody,
  ISSUE_FIELDS_EDITABLE_WHEN_OPEN,
  type UpdateIssueBody,
} from '#surveys/schemas/issues'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict, DomainError, notFound } from '../errors.ts'
import { assessmentFor, CAN, withAssessment } from './access.ts'
import { presentIssue } from './assessments.ts'
import { assertDraft, assertNotFinal, auditDiff, changedKeys } from './locks.ts'

const EDITABLE_WHEN_OPEN: readonly string[] = ISSUE_FIELDS_EDITABLE_WHEN_OPEN

/** The assessment's issues in their order, for anyone who may read it. */
export async function listAssessmentIssues(deps: AppDeps, user: SessionUser, assessmentId: number) {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  return (await listIssues(deps.database.db, assessmentId)).map(presentIssue)
}

/** Adds an issue while the assessment is a draft; it goes last unless a position is given. */
export async function createIssue(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: CreateIssueBody,
) {
  const { position, ...definition } = body
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertDraft(assessment, 'Issues can be added')
    await assertCodeFree(tx, assessmentId, definition.code)
    const existing = await listIssues(tx, assessmentId)
    const issue = await insertIssue(tx, { ...definition, assessmentId, position: existing.length })
    if (position !== undefined && position < existing.length) {
      await moveIssue(tx, assessmentId, [...existing, issue], issue.id, position)
    }
    await audit({
      action: 'create',
      entity: 'issue',
      entityId: String(issue.id),
      after: definition,
    })
    return presentIssue((await findIssue(tx, assessmentId, issue.id)) ?? issue)
  })
}

/**
 * Edits an issue. While a draft anything may change, `position` reorders; once open only the
 * wording and mappings may (corrections, audited), and the rest is 409.
 */
export async function editIssue(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  issueId: number,
  body: UpdateIssueBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertNotFinal(assessment)
    const issue = await findIssue(tx, assessmentId, issueId)
    if (!issue) throw notFound('The issue')
    const { reason, ...patch } = body
    const keys = changedKeys(issue, patch)
    const frozen = keys.filter((key) => !EDITABLE_WHEN_OPEN.includes(key))
    if (assessment.status !== 'draft' && frozen.length > 0) {
      throw conflict(
        'issue_locked',
        `Once the assessment opens only an issue's wording and mappings can change, not: ${frozen.join(', ')}.`,
      )
    }
    if (keys.length === 0) return presentIssue(issue)
    if (keys.includes('code') && patch.code) await assertCodeFree(tx, assessmentId, patch.code)
    const { position, ...fields } = patch
    if (Object.keys(fields).length > 0) await updateIssue(tx, issueId, fields)
    if (keys.includes('position') && position !== undefined) {
      await moveIssue(tx, assessmentId, await listIssues(tx, assessmentId), issueId, position)
    }
    await audit({
      action: 'update',
      entity: 'issue',
      entityId: String(issueId),
      ...auditDiff(issue, patch, keys),
      reason: reason || null,
    })
    return presentIssue((await findIssue(tx, assessmentId, issueId)) ?? issue)
  })
}

/** Removes an issue while the assessment is a draft. */
export async function removeIssue(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  issueId: number,
) {
  await withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertDraft(assessment, 'Issues can be removed')
    const issue = await findIssue(tx, assessmentId, issueId)
    if (!issue) throw notFound('The issue')
    await deleteIssue(tx, issueId)
    const rest = await listIssues(tx, assessmentId)
    await setIssueOrder(
      tx,
      assessmentId,
      rest.map((other) => other.id),
    )
    await audit({
      action: 'delete',
      entity: 'issue',
      entityId: String(issueId),
      before: presentIssue(issue),
    })
  })
}

async function assertCodeFree(tx: Executor, assessmentId: number, code: string) {
  if (await findIssueByCode(tx, assessmentId, code)) {
    throw new DomainError(409, 'duplicate_code', 'Another issue has this code.', {
      code: ['Another issue in this assessment has this code.'],
    })
  }
}

/** Puts one issue at `position` (0 = first) and renumbers the rest around it. */
async function moveIssue(
  tx: Executor,
  assessmentId: number,
  issues: AssessmentIssue[],
  issueId: number,
  position: number,
) {
  const ids = issues.map((issue) => issue.id).filter((id) => id !== issueId)
  ids.splice(Math.min(position, ids.length), 0, issueId)
  await setIssueOrder(tx, assessmentId, ids)
}
