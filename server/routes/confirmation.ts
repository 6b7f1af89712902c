import { Hono } from 'hono'
import * as v from 'valibot'
import { ApprovalBody, ConfirmationBody, DisclosureQuery } from '#surveys/schemas/confirmation'
import { ConfirmationDraftBody } from '#surveys/schemas/confirmation-draft'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { decideApproval } from '../services/approval.ts'
import {
  confirmAssessment,
  getConfirmationState,
  getConfirmedVersion,
} from '../services/confirmation.ts'
import { getConfirmationDraft, putConfirmationDraft } from '../services/confirmation-draft.ts'
import { getDisclosure } from '../services/disclosure.ts'
import { Id, jsonBody, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })
const VersionParams = v.object({ id: Id, version: Id })

/** Step 3: management's confirmation, the board's approval, and the disclosure built from them. */
export function confirmationRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/confirmation', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getConfirmationState(deps, requireUser(c), id))
    })
    .post('/confirmation', params(AssessmentParams), jsonBody(ConfirmationBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await confirmAssessment(deps, requireUser(c), id, c.req.valid('json')), 201)
    })
    .get('/confirmation/draft', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getConfirmationDraft(deps, requireUser(c), id))
    })
    .put(
      '/confirmation/draft',
      params(AssessmentParams),
      jsonBody(ConfirmationDraftBody),
      async (c) => {
        const { id } = c.req.valid('param')
        return c.json(await putConfirmationDraft(deps, requireUser(c), id, c.req.valid('json')))
      },
    )
    .get('/confirmations/:version', params(VersionParams), async (c) => {
      const { id, version } = c.req.valid('param')
      return c.json(await getConfirmedVersion(deps, requireUser(c), id, version))
    })
    .post('/approval', params(AssessmentParams), jsonBody(ApprovalBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await decideApproval(deps, requireUser(c), id, c.req.valid('json')), 201)
    })
    .get('/disclosure', params(AssessmentParams), query(DisclosureQuery), async (c) => {
      const { id } = c.req.valid('param')
      const { locale } = c.req.valid('query')
      return c.json(await getDisclosure(deps, requireUser(c), id, locale))
    })
}
