import { timingSafeEqual } from 'node:crypto'
import { markContactUnsubscribed } from '#db/queries/messages'
import type { AppDeps } from '../context.ts'
import { DomainError } from '../errors.ts'
import { clientSecret } from './limit-keys.ts'
import { keyedHash } from './tokens.ts'

/**
 * The token in a contact's unsubscribe link: the contact id and a keyed hash of it. It works for
 * as long as the contact exists, whatever became of the survey link, and stores nothing.
 * @example await unsubscribeToken(deps, 12) // '12.Xq3…'
 */
export async function unsubscribeToken(deps: AppDeps, contactId: number): Promise<string> {
  const mac = keyedHash(await clientSecret(deps), `unsubscribe\n${contactId}`)
  return `${contactId}.${mac.toString('base64url')}`
}

const invalid = () => new DomainError(404, 'not_found', 'This unsubscribe link is not valid.')

/** Unsubscribes the contact a token names (RFC 8058 one-click, or the page's button). */
export async function unsubscribe(deps: AppDeps, token: string): Promise<void> {
  const [id = '', given = ''] = token.split('.')
  const contactId = Number(id)
  if (!/^[1-9]\d{0,14}$/.test(id)) throw invalid()
  const expected = Buffer.from((await unsubscribeToken(deps, contactId)).split('.')[1] ?? '')
  const actual = Buffer.from(given)
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw invalid()
  if (!(await markContactUnsubscribed(deps.database.db, contactId, deps.clock.now()))) {
    throw invalid()
  }
}
