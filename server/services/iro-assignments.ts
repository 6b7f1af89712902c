import type { Executor } from '#db/client'
import {
  deleteAssignments,
  insertAssignments,
  insertReminder,
  listAssignments,
  listReminders,
} from '#db/queries/iro-assignments'
import { listIroScores, listIros } from '#db/queries/iros'
import { listMembers, type Member } from '#db/queries/members'
import { can } from '#surveys/domain/permissions'
import type {
  AssignIrosBody,
  IroAssessorsBody,
  RemindAssessorBody,
} from '#surveys/schemas/iro-assignments'
import { assessorProgress } from '#surveys/scoring/assessor-progress'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, conflict, DomainError, notFound } from '../errors.ts'
import { assessmentFor, CAN, withAssessment } from './access.ts'
import { assertDoubleMateriality, assertRegisterOpen } from './iros.ts'
import { takeTry } from './rate-limit.ts'

/** At most one reminder per assessor per assessment in this long. */
const REMINDER_GAP_SECONDS = 24 * 3600

/** When the next reminder to an assessor may be recorded, after one at `last`. */
const nextReminder = (last: Date) => new Date(last.getTime() + REMINDER_GAP_SECONDS * 1000)

function reminderTooSoon(next: Date, now: Date) {
  return new DomainError(
    429,
    'reminder_too_soon',
    `This assessor was reminded less than 24 hours ago; the next reminder can be recorded from ${next.toISOString()}.`,
    undefined,
    { 'Retry-After': String(Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000))) },
    { nextAt: next.toISOString() },
  )
}

/** Active members whose role may score (surveys/domain/permissions.ts `score`). */
async function scorers(db: Executor, organisationId: number): Promise<Member[]> {
  return (await listMembers(db, organisationId)).filter(
    (member) => member.active && can(member.role, 'score'),
  )
}

async function assertScorers(
  db: Executor,
  organisationId: number,
  ids: readonly string[],
): Promise<number[]> {
  const known = new Set((await scorers(db, organisationId)).map((member) => String(member.userId)))
  const unknown = ids.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw badRequest('Some fields are not valid.', {
      assessorIds: [`Not a member who may score: ${unknown.join(', ')}.`],
    })
  }
  return ids.map(Number)
}

/**
 * POST …/iro-assignments: assigns members to IROs chosen by hand or by topic (every IRO under
 * each topic named). Pairs already assigned stay; the answer says how many were added.
 */
export async function assignIros(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: AssignIrosBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Impacts, risks and opportunities can be assigned')
    const assessorIds = await assertScorers(tx, assessment.organisationId, body.assessorIds)
    const register = await listIros(tx, assessmentId)
    const ids = new Set(register.map((iro) => String(iro.id)))
    const unknown = body.iroIds.filter((id) => !ids.has(id))
    if (unknown.length > 0) {
      throw badRequest('Some fields are not valid.', {
        iroIds: [`Not an impact, risk or opportunity of this assessment: ${unknown.join(', ')}.`],
      })
    }
    const topics = new Set(body.issueIds)
    const chosen = register.filter(
      (iro) => body.iroIds.includes(String(iro.id)) || topics.has(String(iro.issueId)),
    )
    const added = await insertAssignments(
      tx,
      chosen.flatMap((iro) =>
        assessorIds.map((assessorId) => ({ iroId: iro.id, assessorId, assignedBy: user.id })),
      ),
    )
    if (added.length > 0) {
      await audit({
        action: 'assign',
        entity: 'iros',
        entityId: String(assessmentId),
        after: { assessorIds: body.assessorIds, iroIds: body.iroIds, issueIds: body.issueIds },
      })
    }
    return { added: added.length, iros: chosen.length }
  })
}

/** PUT …/iros/:iroId/assessors: who scores one IRO, replacing the list. Their scores stay. */
export async function setIroAssessors(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  iroId: number,
  body: IroAssessorsBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Impacts, risks and opportunities can be assigned')
    const register = await listIros(tx, assessmentId)
    if (!register.some((iro) => iro.id === iroId)) {
      throw notFound('The impact, risk or opportunity')
    }
    const wanted = await assertScorers(tx, assessment.organisationId, body.assessorIds)
    const before = (await listAssignments(tx, assessmentId))
      .filter((row) => row.iroId === iroId)
      .map((row) => row.assessorId)
    await deleteAssignments(
      tx,
      iroId,
      before.filter((id) => !wanted.includes(id)),
    )
    await insertAssignments(
      tx,
      wanted.map((assessorId) => ({ iroId, assessorId, assignedBy: user.id })),
    )
    await audit({
      action: 'assign',
      entity: 'iro',
      entityId: String(iroId),
      before: { assessorIds: before.map(String) },
      after: { assessorIds: body.assessorIds },
    })
    return { iroId: String(iroId), assessorIds: wanted.map(String) }
  })
}

async function progressOf(db: Executor, assessmentId: number) {
  const [register, scores, assignments] = await Promise.all([
    listIros(db, assessmentId),
    listIroScores(db, assessmentId),
    listAssignments(db, assessmentId),
  ])
  return assessorProgress({
    iros: register.map((iro) => ({
      id: String(iro.id),
      type: iro.type,
      actual: iro.actual,
      horizons: iro.horizons,
      scores: scores
        .filter((row) => row.iroId === iro.id)
        .map((row) => ({ assessor: String(row.assessorId), scores: row.scores })),
    })),
    assignments: assignments.map((row) => ({
      iroId: String(row.iroId),
      assessorId: String(row.assessorId),
    })),
  })
}

/** When the next reminder may be recorded after the latest one, or null: it may be now. */
function nextReminderAt(latest: { createdAt: Date } | undefined, now: Date): string | null {
  const next = latest && nextReminder(latest.createdAt)
  return next && next > now ? next.toISOString() : null
}

/**
 * GET …/assessor-progress: for the whole team, each assessor's scored / assigned, what is left,
 * the reminders sent to them and `nextReminderAt` (null: one may be sent now); `candidates` are
 * the members who may be assigned.
 */
export async function getAssessorProgress(deps: AppDeps, user: SessionUser, assessmentId: number) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  assertDoubleMateriality(assessment)
  const { db } = deps.database
  const [progress, members, reminders] = await Promise.all([
    progressOf(db, assessmentId),
    listMembers(db, assessment.organisationId),
    listReminders(db, assessmentId),
  ])
  const nameOf = new Map(members.map((member) => [member.userId, member.name]))
  const now = deps.clock.now()
  return {
    candidates: members
      .filter((member) => member.active && can(member.role, 'score'))
      .map((member) => ({ id: String(member.userId), name: member.name, role: member.role })),
    assessors: progress.map((entry) => ({
      ...entry,
      name: nameOf.get(Number(entry.assessorId)) ?? null,
      me: entry.assessorId === String(user.id),
      nextReminderAt: nextReminderAt(
        reminders.find((reminder) => String(reminder.assessorId) === entry.assessorId),
        now,
      ),
      reminders: reminders
        .filter((reminder) => String(reminder.assessorId) === entry.assessorId)
        .map((reminder) => ({
          id: String(reminder.id),
          at: reminder.createdAt.toISOString(),
          by: reminder.sentBy === null ? null : (nameOf.get(reminder.sentBy) ?? null),
          note: reminder.note,
          remaining: reminder.remaining,
        })),
    })),
  }
}

/**
 * POST …/assessor-reminders: records a reminder in the product for an assessor who has assigned
 * IROs left to score; they see it above their list. No email is sent. 409 when nothing is left;
 * 429 `reminder_too_soon` (with `nextAt`) within 24 hours of the last reminder to this assessor
 * here. The cap is one statement on `rate_limits` in PostgreSQL (server/services/rate-limit.ts),
 * so of reminders sent at once, from any number of server processes, one is recorded.
 */
export async function remindAssessor(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: RemindAssessorBody,
) {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertRegisterOpen(assessment, 'Assessors can be reminded')
    const progress = (await progressOf(tx, assessmentId)).find(
      (entry) => entry.assessorId === body.assessorId,
    )
    if (!progress || progress.assigned === 0) {
      throw badRequest('Some fields are not valid.', {
        assessorId: ['Nothing is assigned to this person here.'],
      })
    }
    if (progress.remaining.length === 0) {
      throw conflict('nothing_to_score', 'This assessor has scored everything assigned to them.')
    }
    const now = deps.clock.now()
    const limit = {
      key: `assessor-reminder:${assessmentId}:${body.assessorId}`,
      max: 1,
      windowSeconds: REMINDER_GAP_SECONDS,
    }
    await takeTry(tx, [limit], now, (seconds) =>
      reminderTooSoon(new Date(now.getTime() + Math.round(seconds * 1000)), now),
    )
    const reminder = await insertReminder(tx, {
      assessmentId,
      assessorId: Number(body.assessorId),
      sentBy: user.id,
      note: body.note || null,
      remaining: progress.remaining.length,
      createdAt: now,
    })
    await audit({
      action: 'remind',
      entity: 'assessor',
      entityId: body.assessorId,
      after: { remaining: reminder.remaining, note: reminder.note },
    })
    return {
      id: String(reminder.id),
      assessorId: body.assessorId,
      at: reminder.createdAt.toISOString(),
      note: reminder.note,
      remaining: reminder.remaining,
    }
  })
}
