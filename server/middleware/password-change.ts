import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context.ts'
import { DomainError } from '../errors.ts'

/** What a user with a temporary password may still call: who am I, sign out, change it. */
const ALLOWED = new Set([
  '/api/auth/me',
  '/api/auth/logout',
  '/api/auth/password',
  '/api/auth/login',
])

/**
 * A password an admin chose for someone is known to two people; until its owner replaces it,
 * every other API call answers 403 `password_change_required` (the client shows the
 * change-password page). Signing in again is allowed: it is how another account takes over.
 */
export function requirePasswordChange(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('user')?.mustChangePassword && !ALLOWED.has(c.req.path)) {
      throw new DomainError(
        403,
        'password_change_required',
        'Choose your own password before going on: the one you were given was temporary.',
      )
    }
    await next()
  }
}
