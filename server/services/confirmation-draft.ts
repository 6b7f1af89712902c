import { listIssues } from '#db/queries/assessments'
import {
  findConfirmationDraft,
  saveConfirmationDraft,
  shareLockAssessment,
} from '#db/queries/confirmation-drafts'
import type { DraftDecision } from '#surveys/domain/confirmation'
import type { ConfirmationDraftBody } from '#surveys/schemas/confirmation-draft'
import type { ConfirmationDraft } from '#surveys/schemas/confirmation-view'
import { type AppDeps, nameIn, type SessionUser } from '../context.ts'
import { badRequest, conflict, type FieldErrors } from '../errors.ts'
import { assessmentFor, CAN } from './access.ts'
import { assertConfirmable, startingPoint } from './confirmation.ts'

/**
 * GET /api/assessments/:id/confirmation/draft: the saved working copy, or (version 0) where a
 * confirmation starts — the computed tiers, or after a return the previous version's decisions.
 */
export async function getConfirmationDraft(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
): Promise<ConfirmationDraft> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const row = await findConfirmationDraft(deps.database.db, assessmentId)
  if (row) {
    return {
      decisions: await withEveryIssue(deps, user, assessment, row.decisions),
      order: row.order,
      version: row.version,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy:
        row.updatedByName === null
          ? null
          : { name: row.updatedByName, email: row.updatedByEmail ?? '' },
    }
  }
  const starting =
    assessment.status === 'closed'
      ? await startingPoint(deps, user, assessment)
      : { decisions: [], order: [] }
  return { ...starting, version: 0, updatedAt: null, updatedBy: null }
}

/**
 * A saved draft that leaves issues out (an API client may save only what it changed) gets them
 * back where a confirmation starts, so the draft always covers every issue.
 */
async function withEveryIssue(
  deps: AppDeps,
  user: SessionUser,
  assessment: Parameters<typeof startingPoint>[2],
  decisions: DraftDecision[],
): Promise<DraftDecision[]> {
  const issues = await listIssues(deps.database.db, assessment.id)
  const saved = new Set(decisions.map((d) => d.issueId))
  if (issues.every((issue) => saved.has(String(issue.id)))) return decisions
  const starting = await startingPoint(deps, user, assessment)
  return [...decisions, ...starting.decisions.filter((d) => !saved.has(d.issueId))]
}

/**
 * PUT /api/assessments/:id/confirmation/draft. Saves over the version the edit started from;
 * if anyone saved since, answers 409 and writes nothing. Only while the survey is closed and
 * not yet confirmed.
 */
export async function putConfirmationDraft(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: ConfirmationDraftBody,
): Promise<ConfirmationDraft> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.confirm)
  assertConfirmable(assessment.status)
  const known = new Set((await listIssues(deps.database.db, assessmentId)).map((i) => String(i.id)))
  const problems = draftProblems(body, known)
  if (Object.keys(problems).length > 0) throw badRequest('Some decisions are not valid.', problems)
  const now = deps.clock.now()
  const { decisions, order, version } = body
  return deps.database.db.transaction(async (tx) => {
    assertConfirmable((await shareLockAssessment(tx, assessmentId))?.status)
    const input = { assessmentId, from: version, userId: user.id, now, decisions, order }
    if (!(await saveConfirmationDraft(tx, input))) {
      const current = await findConfirmationDraft(tx, assessmentId)
      const who = current?.updatedByName ?? 'Someone'
      throw conflict(
        'draft_conflict',
        `${who} saved the draft since you loaded it (version ${current?.version ?? 0}). Load it again before saving.`,
      )
    }
    return {
      decisions,
      order,
      version: version + 1,
      updatedAt: now.toISOString(),
      updatedBy: { name: nameIn(user, assessment.organisationId), email: user.email },
    }
  })
}

/** Unknown or repeated issues, in decisions and in the order. */
function draftProblems(body: ConfirmationDraftBody, known: ReadonlySet<string>): FieldErrors {
  const fields: FieldErrors = {}
  const check = (ids: readonly string[], prefix: string) => {
    const seen = new Set<string>()
    ids.forEach((issueId, i) => {
      if (!known.has(issueId)) fields[`${prefix}.${i}`] = ['This issue is not in the assessment.']
      else if (seen.has(issueId)) fields[`${prefix}.${i}`] = ['This issue is listed twice.']
      seen.add(issueId)
    })
  }
  check(
    body.decisions.map((d) => d.issueId),
    'decisions',
  )
  check(body.order, 'order')
  return fields
}
