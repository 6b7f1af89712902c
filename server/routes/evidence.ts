import { Hono } from 'hono'
import * as v from 'valibot'
import { EvidencePackQuery } from '#surveys/schemas/evidence-pack'
import type { AppDeps, AppEnv } from '../context.ts'
import { sendDownload } from '../download.ts'
import { requireUser } from '../middleware/session.ts'
import { buildEvidencePack } from '../services/evidence-pack.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** GET /api/assessments/:id/evidence-pack: the zip for an assurance provider. */
export function evidenceRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/evidence-pack',
    params(AssessmentParams),
    query(EvidencePackQuery),
    async (c) => {
      const { id } = c.req.valid('param')
      const { version } = c.req.valid('query')
      const file = await buildEvidencePack(deps, requireUser(c), id, version)
      return sendDownload(c, file)
    },
  )
}
