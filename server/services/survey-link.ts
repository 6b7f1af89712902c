import type { Database } from '#db/client'
import { findOrCreateSecret } from '#db/queries/secrets'
import { findSurveyLink, type SurveyLinkState } from '#db/queries/survey'
import type { AppDeps } from '../context.ts'
import { conflict, DomainError, gone } from '../errors.ts'
import { assertUnderLimits, countHit } from './rate-limit.ts'
import { hashAddress, hashToken } from './tokens.ts'

/**
 * Unknown and revoked links answer the same 404 with the same body: an outsider must not learn
 * that a token once existed.
 */
export const linkNotFound = () =>
  new DomainError(404, 'link_not_found', 'This survey link is not valid.')

/** Failed token lookups per address; only guessing reaches this, so it costs valid links nothing. */
const GUESSES_PER_ADDRESS = { max: 100, windowSeconds: 15 * 60 }

// The address secret never changes once created, so each process reads it once per database.
const secrets = new WeakMap<Database, Promise<Buffer>>()

/** The keyed hash we store and count instead of a client address. */
export async function addressHashFor(deps: AppDeps, address: string): Promise<Buffer> {
  let secret = secrets.get(deps.database)
  if (!secret) {
    secret = findOrCreateSecret(deps.database.db, 'address')
    secret.catch(() => secrets.delete(deps.database))
    secrets.set(deps.database, secret)
  }
  return hashAddress(await secret, address)
}

/** Counts a failed lookup (token or resume code) against the address; 429 once guessing. */
export async function countGuess(deps: AppDeps, address: string): Promise<void> {
  const { db } = deps.database
  const now = deps.clock.now()
  const key = `survey-guess:${(await addressHashFor(deps, address)).toString('hex')}`
  const limits = [{ key, ...GUESSES_PER_ADDRESS }]
  await countHit(db, limits, now)
  await assertUnderLimits(db, limits, now)
}

/** Answers an unknown or revoked token: 404, or 429 once the address keeps guessing. */
export async function rejectUnknownLink(deps: AppDeps, address: string): Promise<never> {
  await countGuess(deps, address)
  throw linkNotFound()
}

/** Throws the error a respondent should see for a link that cannot take answers now. */
export function assertUsable(link: SurveyLinkState): void {
  if (link.status === 'draft') {
    throw gone('assessment_not_open', 'This survey is not open yet.')
  }
  if (link.status !== 'open') throw gone('assessment_closed', 'This survey is closed.')
  if (link.expired) throw gone('link_expired', 'This survey link has expired.')
  if (link.used) throw conflict('link_used', 'This link has been used to answer already.')
  if (link.full) throw conflict('link_full', 'This link has taken all the responses it allows.')
}

/** The link behind a token, usable for answering, or the error that explains why not. */
export async function usableLink(
  deps: AppDeps,
  token: string,
  address: string,
  browserId?: string,
): Promise<SurveyLinkState> {
  const link = await findSurveyLink(deps.database.db, hashToken(token), deps.clock.now(), browserId)
  if (!link || link.revoked) return rejectUnknownLink(deps, address)
  assertUsable(link)
  return link
}
