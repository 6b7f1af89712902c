import { randomInt } from 'node:crypto'
import { findDraft, insertDraft, updateDraft, upsertDraft } from '#db/queries/drafts'
import type { SurveyLinkState } from '#db/queries/survey'
import { type DraftBody, RESUME_ALPHABET, RESUME_CODE_LENGTH } from '#surveys/schemas/survey'
import type { AppDeps } from '../context.ts'
import { badRequest, DomainError } from '../errors.ts'
import { countGuess, usableLink } from './survey-link.ts'
import { hashToken } from './tokens.ts'

/** A single-use link has one draft, under the empty key. */
export const SINGLE_USE_DRAFT = Buffer.alloc(0)

/** The draft key for a link: empty for single-use, the hash of the resume code for open links. */
export function draftKey(link: Pick<SurveyLinkState, 'kind'>, resumeCode: string | undefined) {
  if (link.kind === 'single-use') return SINGLE_USE_DRAFT
  return resumeCode ? hashToken(resumeCode) : undefined
}

/** e.g. K7QM3XHPR2TD9WNA: 16 characters, about 79 bits, from an alphabet without look-alikes. */
export function newResumeCode(): string {
  return Array.from(
    { length: RESUME_CODE_LENGTH },
    () => RESUME_ALPHABET[randomInt(RESUME_ALPHABET.length)],
  ).join('')
}

const draftNotFound = () => new DomainError(404, 'draft_not_found', 'No saved answers were found.')

/**
 * Saves the answers so far. A single-use link keeps one draft; an open link gets a resume code
 * on its first save (returned, stored only as a hash) and sends it back with every later save.
 * A resume code is a guess like any other: one the server did not issue (or whose draft is
 * gone) stores nothing, answers 404 and counts against the address.
 */
export async function saveDraft(deps: AppDeps, token: string, body: DraftBody, address: string) {
  const link = await usableLink(deps, token, address)
  const { db } = deps.database
  const values = { linkId: link.linkId, answers: body.answers, locale: body.locale }
  const now = deps.clock.now()
  if (link.kind === 'single-use') {
    const savedAt = await upsertDraft(db, { ...values, resumeKey: SINGLE_USE_DRAFT, now })
    return { savedAt: savedAt.toISOString(), resumeCode: null }
  }
  if (body.resumeCode) {
    const savedAt = await updateDraft(db, { ...values, resumeKey: hashToken(body.resumeCode), now })
    if (savedAt) return { savedAt: savedAt.toISOString(), resumeCode: body.resumeCode }
    await countGuess(deps, address)
    throw draftNotFound()
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const resumeCode = newResumeCode()
    if (await insertDraft(db, { ...values, resumeKey: hashToken(resumeCode), now })) {
      return { savedAt: now.toISOString(), resumeCode }
    }
  }
  throw new DomainError(409, 'draft_conflict', 'Could not save the draft. Try again.')
}

/** The saved answers of a single-use link, or of an open link's resume code. */
export async function loadDraft(
  deps: AppDeps,
  token: string,
  resumeCode: string | undefined,
  address: string,
) {
  const link = await usableLink(deps, token, address)
  const key = draftKey(link, resumeCode)
  if (!key) throw badRequest('Enter your resume code.', { resume: ['Enter your resume code.'] })
  const draft = await findDraft(deps.database.db, link.linkId, key)
  if (!draft) {
    // Resume codes are short: count misses as guesses, like unknown tokens.
    if (link.kind === 'open') await countGuess(deps, address)
    throw draftNotFound()
  }
  return {
    answers: draft.answers,
    locale: draft.locale,
    savedAt: draft.updatedAt.toISOString(),
    resumeCode: resumeCode ?? null,
  }
}
