import { Hono } from 'hono'
import * as v from 'valibot'
import { DmExportQuery, ImportIrosQuery } from '#surveys/schemas/iro-files'
import { CreateIroBody, IroExportQuery, IroScoresBody, UpdateIroBody } from '#surveys/schemas/iros'
import type { AppDeps, AppEnv } from '../context.ts'
import { sendDownload } from '../download.ts'
import { requireUser } from '../middleware/session.ts'
import { getDoubleMateriality } from '../services/double-materiality.ts'
import { exportDoubleMateriality, exportIroRegister } from '../services/iro-export.ts'
import { IRO_COLUMNS, importIros } from '../services/iro-import.ts'
import { createIro, editIro, listAssessmentIros, removeIro, scoreIro } from '../services/iros.ts'
import { rowsRefusedMessage, uploadedRows } from '../upload.ts'
import { Id, jsonBody, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })
const IroParams = v.object({ id: Id, iroId: Id })

/**
 * A double-materiality assessment's IRO register (/api/assessments/:id/iros), each assessor's
 * scores (…/iros/:iroId/scores) and the result (/api/assessments/:id/double-materiality).
 */
export function irosRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/iros', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await listAssessmentIros(deps, requireUser(c), id))
    })
    .get('/iros.csv', params(AssessmentParams), query(IroExportQuery), async (c) => {
      const { id } = c.req.valid('param')
      const user = requireUser(c)
      return sendDownload(c, await exportIroRegister(deps, user, id, c.req.valid('query'), 'csv'))
    })
    .get('/iros.xlsx', params(AssessmentParams), query(IroExportQuery), async (c) => {
      const { id } = c.req.valid('param')
      const user = requireUser(c)
      return sendDownload(c, await exportIroRegister(deps, user, id, c.req.valid('query'), 'xlsx'))
    })
    .post('/iros/import', params(AssessmentParams), query(ImportIrosQuery), async (c) => {
      const { id } = c.req.valid('param')
      const user = requireUser(c)
      const { rows, source } = await uploadedRows(c, IRO_COLUMNS)
      const skipInvalid = c.req.valid('query').skipInvalid === 'true'
      const { rejected, ...result } = await importIros(deps, user, id, {
        rows,
        source,
        skipInvalid,
      })
      if (!rejected) return c.json(result, result.created > 0 ? 201 : 200)
      const message = rowsRefusedMessage(result.errors, rows.length)
      return c.json({ error: { code: 'iros_invalid', message }, ...result }, 422)
    })
    .post('/iros', params(AssessmentParams), jsonBody(CreateIroBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await createIro(deps, requireUser(c), id, c.req.valid('json')), 201)
    })
    .patch('/iros/:iroId', params(IroParams), jsonBody(UpdateIroBody), async (c) => {
      const { id, iroId } = c.req.valid('param')
      return c.json(await editIro(deps, requireUser(c), id, iroId, c.req.valid('json')))
    })
    .delete('/iros/:iroId', params(IroParams), async (c) => {
      const { id, iroId } = c.req.valid('param')
      await removeIro(deps, requireUser(c), id, iroId)
      return c.body(null, 204)
    })
    .put('/iros/:iroId/scores', params(IroParams), jsonBody(IroScoresBody), async (c) => {
      const { id, iroId } = c.req.valid('param')
      return c.json(await scoreIro(deps, requireUser(c), id, iroId, c.req.valid('json')))
    })
    .get('/double-materiality', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getDoubleMateriality(deps, requireUser(c), id))
    })
    .get('/double-materiality.csv', params(AssessmentParams), query(DmExportQuery), async (c) => {
      const { id } = c.req.valid('param')
      const user = requireUser(c)
      const file = await exportDoubleMateriality(deps, user, id, c.req.valid('query'), 'csv')
      return sendDownload(c, file)
    })
    .get('/double-materiality.xlsx', params(AssessmentParams), query(DmExportQuery), async (c) => {
      const { id } = c.req.valid('param')
      const user = requireUser(c)
      const file = await exportDoubleMateriality(deps, user, id, c.req.valid('query'), 'xlsx')
      return sendDownload(c, file)
    })
}
