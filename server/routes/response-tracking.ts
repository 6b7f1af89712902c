import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { trackResponses } from '../services/response-tracking.ts'
import { Id, params } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** /api/assessments/:id/responses: survey progress per stakeholder group. */
export function responseTrackingRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/', params(AssessmentParams), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await trackResponses(deps, requireUser(c), id))
  })
}
