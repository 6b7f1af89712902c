import type { AppDeps } from '../context.ts'
import { clientSecret, limitKey } from './limit-keys.ts'
import { type Limit, takeTry } from './rate-limit.ts'
import { keyedHash } from './tokens.ts'

const FIFTEEN_MINUTES = 15 * 60

/** Password tries allowed in any 15 minutes (SECURITY.md, "Outsider without a link"). */
export const PASSWORD_TRIES = {
  /** One account from one address: a guesser's budget. */
  perAccountAndAddress: 10,
  /** One address across accounts: a guesser spraying many accounts. */
  perAddress: 50,
  /** One account from every address, except browsers it signed in from before. */
  perAccount: 100,
} as const

/** Browsers remembered per device cookie: a shared computer may hold several accounts. */
const DEVICES_PER_COOKIE = 5

export interface PasswordTry {
  email: string
  address: string
  /** The device cookie the browser sent, if any. */
  device?: string | undefined
}

/**
 * Takes one password try for the account from this address, before the password is checked,
 * or throws 429. A browser that signed in to the account before skips the account-wide limit,
 * so a stranger on many addresses can slow down new browsers but never lock the owner out of
 * their own. Give the try back once the password proves right.
 */
export async function takePasswordTry(deps: AppDeps, attempt: PasswordTry) {
  const { email, address } = attempt
  const window = { windowSeconds: FIFTEEN_MINUTES }
  const limits: Limit[] = [
    {
      key: await limitKey(deps, 'login:account-address', email, address),
      max: PASSWORD_TRIES.perAccountAndAddress,
      ...window,
    },
    {
      key: await limitKey(deps, 'login:address', address),
      max: PASSWORD_TRIES.perAddress,
      ...window,
    },
  ]
  if (!(await isKnownDevice(deps, attempt.device, email))) {
    limits.push({
      key: await limitKey(deps, 'login:account', email),
      max: PASSWORD_TRIES.perAccount,
      ...window,
    })
  }
  return takeTry(deps.database.db, limits, deps.clock.now())
}

/** The mark a browser keeps for an account it signed in to: a keyed hash, no account id. */
async function deviceMark(deps: AppDeps, email: string): Promise<string> {
  return keyedHash(await clientSecret(deps), `device\n${email}`).toString('base64url')
}

async function isKnownDevice(deps: AppDeps, cookie: string | undefined, email: string) {
  return !!cookie && cookie.split('.').includes(await deviceMark(deps, email))
}

/** The device cookie after a sign-in to `email`: its mark first, then up to four others. */
export async function rememberDevice(deps: AppDeps, cookie: string | undefined, email: string) {
  const mark = await deviceMark(deps, email)
  const others = (cookie ?? '').split('.').filter((m) => /^[\w-]{22}$/.test(m) && m !== mark)
  return [mark, ...others].slice(0, DEVICES_PER_COOKIE).join('.')
}
