import { findSurveyLink, type SurveyLinkState } from '#db/queries/survey'
import type { AppDeps } from '../context.ts'
import { conflict, DomainError, gone } from '../errors.ts'
import { addressHashFor } from './limit-keys.ts'
import { assertUnderLimit, type Limit, recordMiss } from './rate-limit.ts'
import { hashToken } from './tokens.ts'

/**
 * Unknown and revoked links answer the same 404 with the same body: an outsider must not learn
 * that a token once existed.
 */
export const linkNotFound = () =>
  new DomainError(404, 'link_not_found', 'This survey link is not valid.')

/**
 * Failed lookups (tokens, resume codes) allowed per address in any 15 minutes. While an address
 * is over it, every lookup answers 429, right or wrong, so guessing on learns nothing.
 */
export const GUESSES_PER_ADDRESS = { max: 100, windowSeconds: 15 * 60 }

/** The guess limit of an address, by the same keyed hash responses store. */
export const guessLimit = (addressHash: Buffer): Limit => ({
  key: `survey-guess:${addressHash.toString('hex')}`,
  ...GUESSES_PER_ADDRESS,
})

/** 429 while the address is over its guess limit; call before looking anything up. */
export async function assertNotGuessing(deps: AppDeps, address: string): Promise<void> {
  const limit = guessLimit(await addressHashFor(deps, address))
  await assertUnderLimit(deps.database.db, limit, deps.clock.now())
}

/** Counts a failed lookup (token or resume code) against the address. */
export async function countGuess(deps: AppDeps, address: string): Promise<void> {
  const limit = guessLimit(await addressHashFor(deps, address))
  await recordMiss(deps.database.db, limit, deps.clock.now())
}

/** Answers an unknown or revoked token: 404, counted as a guess. */
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
  await assertNotGuessing(deps, address)
  const link = await findSurveyLink(deps.database.db, hashToken(token), deps.clock.now(), browserId)
  if (!link || link.revoked) return rejectUnknownLink(deps, address)
  assertUsable(link)
  return link
}
