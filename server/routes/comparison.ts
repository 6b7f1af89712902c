import { Hono } from 'hono'
import * as v from 'valibot'
import { ComparisonQuery } from '#surveys/schemas/comparison'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { getComparison } from '../services/comparison.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** GET /api/assessments/:id/comparison: year over year against an earlier assessment. */
export function comparisonRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/comparison',
    params(AssessmentParams),
    query(ComparisonQuery),
    async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getComparison(deps, requireUser(c), id, c.req.valid('query')))
    },
  )
}
