import { Hono } from 'hono'
import * as v from 'valibot'
import { MatrixQuery } from '#surveys/schemas/matrix'
import type { AppDeps, AppEnv } from '../context.ts'
import { sendDownload } from '../download.ts'
import { requireUser } from '../middleware/session.ts'
import { exportRankedTable } from '../services/exports.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** GET /api/assessments/:id/export.csv and .xlsx: the ranked table to download. */
export function exportsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/export.csv', params(AssessmentParams), query(MatrixQuery), async (c) => {
      const { id } = c.req.valid('param')
      const file = await exportRankedTable(deps, requireUser(c), id, c.req.valid('query'), 'csv')
      return sendDownload(c, file)
    })
    .get('/export.xlsx', params(AssessmentParams), query(MatrixQuery), async (c) => {
      const { id } = c.req.valid('param')
      const file = await exportRankedTable(deps, requireUser(c), id, c.req.valid('query'), 'xlsx')
      return sendDownload(c, file)
    })
}
