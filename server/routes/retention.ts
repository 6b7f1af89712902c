import { Hono } from 'hono'
import * as v from 'valibot'
import { EraseBody } from '#surveys/schemas/retention'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { erasePersonalDataOf } from '../services/retention.ts'
import { Id, jsonBody, params } from '../validate.ts'

/** Data retention: erase an assessment's personal data, keep its anonymised answers. */
export function retentionRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post(
    '/personal-data/erase',
    params(v.object({ id: Id })),
    jsonBody(EraseBody),
    async (c) => {
      const { id } = c.req.valid('param')
      const erased = await erasePersonalDataOf(deps, requireUser(c), id, c.req.valid('json'))
      return c.json({ erased })
    },
  )
}
