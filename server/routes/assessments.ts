import { Hono } from 'hono'
import * as v from 'valibot'
import { CreateAssessmentBody, CreateLinksBody, StatusChange } from '#surveys/schemas/assessments'
import type { AppDeps, AppEnv } from '../context.ts'
import { ownOrigin } from '../middleware/client-address.ts'
import { requireUser } from '../middleware/session.ts'
import { assessmentFor, CAN } from '../services/access.ts'
import { changeStatus } from '../services/assessment-status.ts'
import {
  createAssessment,
  listAssessmentGroups,
  listAssessmentIssues,
  listAssessmentsFor,
  presentAssessment,
} from '../services/assessments.ts'
import { createLinks } from '../services/links.ts'
import { Id, jsonBody, params } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

export function assessmentsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ assessments: await listAssessmentsFor(deps, requireUser(c)) }))
    .post('/', jsonBody(CreateAssessmentBody), async (c) => {
      return c.json(await createAssessment(deps, requireUser(c), c.req.valid('json')), 201)
    })
    .get('/:id', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(presentAssessment(await assessmentFor(deps, requireUser(c), id, CAN.read)))
    })
    .patch('/:id', params(AssessmentParams), jsonBody(StatusChange), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await changeStatus(deps, requireUser(c), id, c.req.valid('json')))
    })
    .get('/:id/issues', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      await assessmentFor(deps, requireUser(c), id, CAN.read)
      return c.json({ issues: await listAssessmentIssues(deps, id) })
    })
    .get('/:id/groups', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      await assessmentFor(deps, requireUser(c), id, CAN.read)
      return c.json({ groups: await listAssessmentGroups(deps, id) })
    })
    .post('/:id/links', params(AssessmentParams), jsonBody(CreateLinksBody), async (c) => {
      const { id } = c.req.valid('param')
      const origin = ownOrigin(c, deps.config)
      const links = await createLinks(deps, requireUser(c), id, c.req.valid('json'), origin)
      return c.json({ links }, 201)
    })
}
