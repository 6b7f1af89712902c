import { type Context, Hono } from 'hono'
import * as v from 'valibot'
import { MatrixQuery } from '#surveys/schemas/matrix'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { exportRankedTable } from '../services/exports.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

type ExportFile = Awaited<ReturnType<typeof exportRankedTable>>

/** GET /api/assessments/:id/export.csv and .xlsx: the ranked table to download. */
export function exportsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/:id/export.csv', params(AssessmentParams), query(MatrixQuery), async (c) => {
      const { id } = c.req.valid('param')
      return send(c, await exportRankedTable(deps, requireUser(c), id, c.req.valid('query'), 'csv'))
    })
    .get('/:id/export.xlsx', params(AssessmentParams), query(MatrixQuery), async (c) => {
      const { id } = c.req.valid('param')
      const file = await exportRankedTable(deps, requireUser(c), id, c.req.valid('query'), 'xlsx')
      return send(c, file)
    })
}

function send(c: Context<AppEnv>, file: ExportFile) {
  // filename= for old clients (ASCII only); filename*= carries the real, possibly Chinese, name.
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replaceAll('"', "'")
  const encoded = encodeURIComponent(file.filename)
  return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`,
  })
}
