import { Hono } from 'hono'
import * as v from 'valibot'
import { ResponsesQuery } from '#surveys/schemas/response-tracking'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { trackResponses } from '../services/response-tracking.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** /api/assessments/:id/responses: survey progress per stakeholder group. */
export function responseTrackingRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/responses',
    params(AssessmentParams),
    query(ResponsesQuery),
    async (c) => {
      const { id } = c.req.valid('param')
      const { tz } = c.req.valid('query')
      return c.json(await trackResponses(deps, requireUser(c), id, tz))
    },
  )
}
