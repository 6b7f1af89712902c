import type { Database } from '#db/client'
import { findOrCreateSecret } from '#db/queries/secrets'
import type { AppDeps } from '../context.ts'
import { keyedHash } from './tokens.ts'

// The secret never changes once created, so each process reads it once per database.
const secrets = new WeakMap<Database, Promise<Buffer>>()

/** The server-wide secret behind every keyed hash of a client address or an email. */
export function clientSecret(deps: AppDeps): Promise<Buffer> {
  let secret = secrets.get(deps.database)
  if (!secret) {
    secret = findOrCreateSecret(deps.database.db, 'address')
    secret.catch(() => secrets.delete(deps.database))
    secrets.set(deps.database, secret)
  }
  return secret
}

/** The keyed hash we store and count instead of a client address. */
export async function addressHashFor(deps: AppDeps, address: string): Promise<Buffer> {
  return keyedHash(await clientSecret(deps), address)
}

/**
 * A rate-limit key: the purpose in clear (so an operator can tell limits apart), then a keyed
 * hash of what is limited, so `rate_limits` never holds an address or an email.
 * @example await limitKey(deps, 'login:account-address', email, address) // 'login:account-address:9f…'
 */
export async function limitKey(deps: AppDeps, purpose: string, ...parts: string[]) {
  const hash = keyedHash(await clientSecret(deps), parts.join('\n'))
  return `${purpose}:${hash.toString('hex')}`
}
