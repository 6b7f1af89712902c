import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppDeps, AppEnv, SessionUser } from '../context.ts'
import { unauthorized } from '../errors.ts'
import { sessionUser } from '../services/auth.ts'
import { isHttps } from './client-address.ts'

export const SESSION_COOKIE = 'materiality_session'

/** Loads the signed-in user, if any, into `c.var.user`. */
export function loadSession(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    c.set('user', token ? await sessionUser(deps, token) : undefined)
    await next()
  }
}

/** The signed-in user, or a 401. */
export function requireUser(c: Context<AppEnv>): SessionUser {
  const user = c.get('user')
  if (!user) throw unauthorized()
  return user
}

export function setSessionCookie(c: Context<AppEnv>, deps: AppDeps, token: string, expires: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, deps.config),
    path: '/',
    expires,
  })
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}

export const sessionToken = (c: Context<AppEnv>) => getCookie(c, SESSION_COOKIE)

/** Marks of the accounts this browser signed in to (server/services/password-tries.ts). */
export const DEVICE_COOKIE = 'materiality_device'
const DEVICE_COOKIE_DAYS = 365

export const deviceCookie = (c: Context<AppEnv>) => getCookie(c, DEVICE_COOKIE)

/** Sent only to the sign-in and password routes, the only ones that read it. */
export function setDeviceCookie(c: Context<AppEnv>, deps: AppDeps, value: string) {
  setCookie(c, DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, deps.config),
    path: '/api/auth',
    maxAge: DEVICE_COOKIE_DAYS * 24 * 3600,
  })
}
