import { Hono } from 'hono'
import * as v from 'valibot'
import { CSV_CONTENT_TYPE } from '#surveys/reports/csv'
import { AuditQuery } from '#surveys/schemas/audit'
import type { AppDeps, AppEnv } from '../context.ts'
import { sendDownload } from '../download.ts'
import { requireUser } from '../middleware/session.ts'
import { assessmentAuditCsv, listAssessmentAudit } from '../services/audit.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** The audit trail of one assessment: a paged timeline and a CSV of all of it. */
export function auditRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/audit', params(AssessmentParams), query(AuditQuery), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await listAssessmentAudit(deps, requireUser(c), id, c.req.valid('query')))
    })
    .get('/audit.csv', params(AssessmentParams), query(AuditQuery), async (c) => {
      const { id } = c.req.valid('param')
      const csv = await assessmentAuditCsv(deps, requireUser(c), id, c.req.valid('query'))
      return sendDownload(c, {
        body: csv,
        contentType: CSV_CONTENT_TYPE,
        filename: `assessment-${id}-audit.csv`,
      })
    })
}
