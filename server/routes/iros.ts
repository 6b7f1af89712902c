import { Hono } from 'hono'
import * as v from 'valibot'
import { CreateIroBody, IroExportQuery, IroScoresBody, UpdateIroBody } from '#surveys/schemas/iros'
import type { AppDeps, AppEnv } from '../context.ts'
import { sendDownload } from '../download.ts'
import { requireUser } from '../middleware/session.ts'
import { getDoubleMateriality } from '../services/double-materiality.ts'
import { iroRegisterCsv } from '../services/iro-export.ts'
import { createIro, editIro, listAssessmentIros, removeIro, scoreIro } from '../services/iros.ts'
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
      return sendDownload(c, await iroRegisterCsv(deps, requireUser(c), id, c.req.valid('query')))
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
}
