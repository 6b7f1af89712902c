import { findLinkByToken, type LinkWithState } from '#db/queries/links'
import type { LinkState } from '#surveys/schemas/links'
import type { AppDeps } from '../context.ts'
import { hashToken } from './tokens.ts'

/** Tokens are 22 characters; anything much longer is not one of ours and is not hashed. */
const MAX_TOKEN_LENGTH = 100

/**
 * The survey link a token opens, with its state (unused, started, completed, revoked, expired)
 * at the app clock's now; undefined for a token we never issued or one that was re-issued.
 */
export async function findSurveyLink(
  deps: AppDeps,
  token: string,
): Promise<LinkWithState | undefined> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined
  return findLinkByToken(deps.database.db, hashToken(token), deps.clock.now())
}

const OPEN_STATES: readonly LinkState[] = ['unused', 'started']

/** Whether a link in this state still opens the survey and takes answers. */
export function linkOpens(link: Pick<LinkWithState, 'state'>): boolean {
  return OPEN_STATES.includes(link.state)
}
