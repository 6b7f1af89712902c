import { type Context, Hono } from 'hono'
import { permissionsOf } from '#surveys/domain/permissions'
import { ChangePasswordBody, LoginBody, SetupBody } from '#surveys/schemas/auth'
import type { AppDeps, AppEnv, SessionUser } from '../context.ts'
import { clientAddress } from '../middleware/client-address.ts'
import {
  clearSessionCookie,
  deviceCookie,
  requireUser,
  sessionToken,
  setDeviceCookie,
  setSessionCookie,
} from '../middleware/session.ts'
import { changePassword, login, logout } from '../services/auth.ts'
import { completeSetup } from '../services/first-run.ts'
import { jsonBody } from '../validate.ts'

const publicUser = (user: SessionUser) => ({
  id: String(user.id),
  email: user.email,
  name: user.name,
  mustChangePassword: user.mustChangePassword,
  organisations: user.memberships.map((m) => ({
    id: String(m.organisationId),
    name: m.organisationName,
    role: m.role,
    permissions: permissionsOf(m.role),
  })),
})

export function authRoutes(deps: AppDeps) {
  const tryOrigin = (c: Context<AppEnv>) => ({
    address: clientAddress(c, deps.config),
    device: deviceCookie(c),
  })
  return new Hono<AppEnv>()
    .post('/login', jsonBody(LoginBody), async (c) => {
      const session = await login(deps, { ...c.req.valid('json'), ...tryOrigin(c) })
      setSessionCookie(c, deps, session.token, session.expiresAt)
      setDeviceCookie(c, deps, session.device)
      return c.json({ ok: true })
    })
    .post('/logout', async (c) => {
      const token = sessionToken(c)
      if (token) await logout(deps, token)
      clearSessionCookie(c)
      return c.json({ ok: true })
    })
    .get('/me', (c) => c.json(publicUser(requireUser(c))))
    .post('/password', jsonBody(ChangePasswordBody), async (c) => {
      const body = { ...c.req.valid('json'), ...tryOrigin(c) }
      const session = await changePassword(deps, requireUser(c), body)
      setSessionCookie(c, deps, session.token, session.expiresAt)
      return c.json({ ok: true })
    })
    .post('/setup', jsonBody(SetupBody), async (c) => {
      const session = await completeSetup(deps, c.req.valid('json'))
      setSessionCookie(c, deps, session.token, session.expiresAt)
      return c.json({ ok: true }, 201)
    })
}
