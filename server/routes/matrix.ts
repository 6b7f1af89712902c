import { Hono } from 'hono'
import * as v from 'valibot'
import { MatrixQuery } from '#surveys/schemas/matrix'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { getMatrix } from '../services/matrix.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** GET /api/assessments/:id/matrix: the scored matrix, one group's view, or a what-if. */
export function matrixRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/matrix',
    params(AssessmentParams),
    query(MatrixQuery),
    async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getMatrix(deps, requireUser(c), id, c.req.valid('query')))
    },
  )
}
