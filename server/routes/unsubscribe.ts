import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppDeps, AppEnv } from '../context.ts'
import { unsubscribe } from '../services/unsubscribe.ts'
import { params } from '../validate.ts'

const TokenParams = v.object({ token: v.pipe(v.string(), v.regex(/^\d{1,15}\.[\w-]{16,64}$/)) })

/**
 * One-click unsubscribe (RFC 8058): a mail client POSTs `List-Unsubscribe=One-Click` to the
 * address in the List-Unsubscribe header, with no cookie and no Origin. Public: the token is the
 * credential. GET only says what POST does, so a link scanner that follows links unsubscribes
 * nobody.
 */
export function unsubscribeRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/unsubscribe/:token', params(TokenParams), async (c) => {
      await unsubscribe(deps, c.req.valid('param').token)
      return c.json({ unsubscribed: true })
    })
    .get('/unsubscribe/:token', params(TokenParams), (c) =>
      c.json({
        unsubscribe: 'POST to this address (List-Unsubscribe=One-Click) to stop these emails.',
      }),
    )
}
