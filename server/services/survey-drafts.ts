import { randomInt } from 'node:crypto'
import {
  deleteExpiredDrafts,
  findDraft,
  insertOpenDraft,
  updateDraft,
  upsertDraft,
} from '#db/queries/drafts'
import type { SurveyLinkState } from '#db/queries/survey'
import { type DraftBody, RESUME_ALPHABET, RESUME_CODE_LENGTH } from '#surveys/schemas/survey'
import type { AppDeps } from '../context.ts'
import { badRequest, DomainError } from '../errors.ts'
import { addressHashFor } from './limit-keys.ts'
import { countGuess, usableLink } from './survey-link.ts'
import { hashToken } from './tokens.ts'

/** A single-use link has one draft, under the empty key. */
export const SINGLE_USE_DRAFT = Buffer.alloc(0)

/** A draft expires this long after its last save (README, SECURITY.md). */
export const DRAFT_TTL_DAYS = 30

/** Live drafts one open link holds, from all addresses together (README: growth cap). */
export const DRAFTS_PER_LINK = 1000

/** The instant before which a draft's last save means it has expired. */
export const draftsLiveAfter = (now: Date) => new Date(now.getTime() - DRAFT_TTL_DAYS * 86_400_000)

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

/** 429: the quota frees up as drafts are submitted or expire; the answers stay in the browser. */
const tooManyDrafts = (message: string) =>
  new DomainError(429, 'too_many_drafts', message, undefined, { 'Retry-After': '3600' })

/**
 * Saves the answers so far. A single-use link keeps one draft; an open link gets a resume code
 * on its first save (returned, stored only as a hash) and sends it back with every later save.
 * A resume code is a guess like any other: one the server did not issue (or whose draft is
 * gone) stores nothing, answers 404 and counts against the address. New open-link drafts are
 * capped per link and per address.
 */
export async function saveDraft(deps: AppDeps, token: string, body: DraftBody, address: string) {
  const link = await usableLink(deps, token, address)
  const { db } = deps.database
  const now = deps.clock.now()
  const liveAfter = draftsLiveAfter(now)
  const values = { linkId: link.linkId, answers: body.answers, locale: body.locale, now, liveAfter }
  await deleteExpiredDrafts(db, liveAfter)
  if (link.kind === 'single-use') {
    const savedAt = await upsertDraft(db, { ...values, resumeKey: SINGLE_USE_DRAFT })
    return { savedAt: savedAt.toISOString(), resumeCode: null }
  }
  if (body.resumeCode) {
    const savedAt = await updateDraft(db, { ...values, resumeKey: hashToken(body.resumeCode) })
    if (savedAt) return { savedAt: savedAt.toISOString(), resumeCode: body.resumeCode }
    await countGuess(deps, address)
    throw draftNotFound()
  }
  const addressHash = await addressHashFor(deps, address)
  const quotas = { perLink: DRAFTS_PER_LINK, perAddress: deps.config.draftsPerAddress }
  for (let attempt = 0; attempt < 5; attempt++) {
    const resumeCode = newResumeCode()
    const resumeKey = hashToken(resumeCode)
    const outcome = await insertOpenDraft(db, { ...values, resumeKey, addressHash, quotas })
    if (outcome === 'saved') return { savedAt: now.toISOString(), resumeCode }
    if (outcome === 'address_full') {
      throw tooManyDrafts('Too many unfinished surveys from your network. Your answers stay here.')
    }
    if (outcome === 'link_full') {
      throw tooManyDrafts('This link holds all the saved answers it can. Your answers stay here.')
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
  const draft = await findDraft(
    deps.database.db,
    link.linkId,
    key,
    draftsLiveAfter(deps.clock.now()),
  )
  if (!draft) {
    // Resume codes are guesses: count misses, like unknown tokens.
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
