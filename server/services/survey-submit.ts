import { type AssessmentIssue, listIssues } from '#db/queries/assessments'
import { FIRST_INVITATION_LINK_ID } from '#db/queries/invitations'
import {
  countRecentSubmits,
  findSubmission,
  findSurveyLink,
  insertSubmission,
  type SurveyLinkState,
} from '#db/queries/survey'
import { flagResponse, REPEAT_WINDOW_HOURS } from '#surveys/domain/quality'
import type { SubmitBody } from '#surveys/schemas/survey'
import type { AppDeps } from '../context.ts'
import { badRequest, conflict, type FieldErrors, tooManyRequests } from '../errors.ts'
import { noteLinkUsed } from './invitations.ts'
import { addressHashFor } from './limit-keys.ts'
import { SINGLE_USE_DRAFT } from './survey-drafts.ts'
import {
  assertNotGuessing,
  assertUsable,
  GUESSES_PER_ADDRESS,
  guessLimit,
  rejectUnknownLink,
} from './survey-link.ts'
import { hashToken } from './tokens.ts'

export interface SubmitResult {
  responseId: string
  /** false when this submissionId was stored before: a retry after a lost answer. */
  created: boolean
}

/**
 * Stores a response exactly once. The hot path is one SQL statement that validates and writes
 * everything (db/queries/survey.ts); only when it stores nothing do we look up why.
 */
export async function submitResponse(
  deps: AppDeps,
  token: string,
  body: SubmitBody,
  address: string,
): Promise<SubmitResult> {
  const now = deps.clock.now()
  const addressHash = await addressHashFor(deps, address)
  const startedAt = body.startedAt ? new Date(Math.min(Date.parse(body.startedAt), +now)) : null
  const flags = flagResponse({
    scores: body.ratings.map((r) => r.score),
    startedAt: startedAt ?? now,
    submittedAt: now,
  }).filter((flag) => startedAt || flag !== 'speeding')
  const comments = body.comments.filter((c) => c.body !== '')
  const draft = body.resumeCode ? hashToken(body.resumeCode) : SINGLE_USE_DRAFT
  try {
    const stored = await insertSubmission(deps.database.db, {
      tokenHash: hashToken(token),
      submissionId: body.submissionId,
      browserId: body.browserId ?? null,
      locale: body.locale,
      startedAt,
      submittedAt: now,
      flags,
      addressHash,
      suggestedIssues: body.suggestedIssues || null,
      ratings: body.ratings.map((r) => ({ ...r, issueId: Number(r.issueId) })),
      comments: comments.map((c) => ({ ...c, issueId: Number(c.issueId) })),
      draftKey: draft,
      addressLimit: addressLimit(deps.config.submitsPerAddressPerMinute),
      repeatSince: new Date(now.getTime() - REPEAT_WINDOW_HOURS * 3600_000),
      guessLimit: {
        key: guessLimit(addressHash).key,
        max: GUESSES_PER_ADDRESS.max,
        since: new Date(now.getTime() - GUESSES_PER_ADDRESS.windowSeconds * 1000),
      },
    })
    if (stored !== undefined) {
      // After the response committed, in a statement of its own: an invitation never shares a
      // transaction with a response. Should this fail (or the process die here), a retry of
      // the submit marks it (below); if none comes, the next reminder, listing or rate does
      // (markAnsweredInvitations), and no message is sent through a link that took a response.
      // Only invitation links have an invitation to mark; skipping the rest keeps the second
      // round trip off every other submit (it halved throughput, BENCHMARKS.md "Submit").
      if (stored.linkId >= FIRST_INVITATION_LINK_ID) await noteLinkUsed(deps, token)
      return { responseId: String(stored.id), created: true }
    }
  } catch (error) {
    if (violates(error, 'survey_links_response_count_check')) throw linkFull()
    throw error
  }
  return explainNothingStored(deps, token, { ...body, comments }, address, addressHash)
}

/**
 * The per-address check counts up to `limit` recent responses on every submit; a limit no office
 * reaches (a benchmark from one address) switches it off rather than count a whole minute's
 * traffic each time.
 */
export const NO_ADDRESS_LIMIT = 100_000
const addressLimit = (perMinute: number) => (perMinute >= NO_ADDRESS_LIMIT ? null : perMinute)

const linkFull = () => conflict('link_full', 'This link has taken all the responses it allows.')

/** The slow path: guessing, a replay, a link that cannot answer, the address limit, bad answers. */
async function explainNothingStored(
  deps: AppDeps,
  token: string,
  body: SubmitBody,
  address: string,
  addressHash: Buffer,
): Promise<SubmitResult> {
  const { db } = deps.database
  const now = deps.clock.now()
  await assertNotGuessing(deps, address)
  const link = await findSurveyLink(db, hashToken(token), now, body.browserId)
  if (!link || link.revoked) return rejectUnknownLink(deps, address)
  const existing = await findSubmission(db, link.linkId, body.submissionId)
  if (existing !== undefined) {
    await noteLinkUsed(deps, token)
    return { responseId: String(existing), created: false }
  }
  assertUsable(link)
  const limit = addressLimit(deps.config.submitsPerAddressPerMinute)
  if (limit !== null && (await countRecentSubmits(db, addressHash, now)) >= limit) {
    throw tooManyRequests(60)
  }
  const fields = answerErrors(body, link, await listIssues(db, link.assessmentId))
  if (Object.keys(fields).length > 0) throw badRequest('Some answers are not valid.', fields)
  throw conflict('submission_conflict', 'This submission id was used for another response.')
}

/** Names every rating and comment the questionnaire does not have, and what is missing. */
export function answerErrors(
  body: Pick<SubmitBody, 'ratings' | 'comments'>,
  link: Pick<SurveyLinkState, 'groupAxes' | 'settings'>,
  issues: Pick<AssessmentIssue, 'id'>[],
): FieldErrors {
  const known = new Set(issues.map((issue) => String(issue.id)))
  const fields: FieldErrors = {}
  const max = link.settings.scaleMax
  body.ratings.forEach((rating, index) => {
    if (!known.has(rating.issueId)) {
      fields[`ratings.${index}.issueId`] = ['This issue is not in the survey.']
    } else if (!link.groupAxes.includes(rating.axis)) {
      fields[`ratings.${index}.axis`] = ['Your group does not rate this axis.']
    } else if (rating.score !== null && rating.score > max) {
      fields[`ratings.${index}.score`] = [`The highest score is ${max}.`]
    }
  })
  body.comments.forEach((comment, index) => {
    if (!known.has(comment.issueId)) {
      fields[`comments.${index}.issueId`] = ['This issue is not in the survey.']
    }
  })
  const missing = issues.length * link.groupAxes.length - body.ratings.length
  if (Object.keys(fields).length === 0 && missing > 0) {
    fields.ratings = [`${missing} questions are not answered.`]
  }
  return fields
}

/** Whether a database error (possibly wrapped by drizzle) names this constraint. */
function violates(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Object; e = (e as { cause?: unknown }).cause) {
    const fields = e as { constraint_name?: unknown; constraint?: unknown; message?: unknown }
    if ([fields.constraint_name, fields.constraint].includes(constraint)) return true
    if (typeof fields.message === 'string' && fields.message.includes(constraint)) return true
  }
  return false
}
