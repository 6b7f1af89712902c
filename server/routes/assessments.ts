import { Hono } from 'hono'
import * as v from 'valibot'
import { CreateAssessmentBody, UpdateAssessmentBody } from '#surveys/schemas/assessments'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { changeAssessment } from '../services/assessment-update.ts'
import { createAssessment, getAssessment, listAssessmentsFor } from '../services/assessments.ts'
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
      return c.json(await getAssessment(deps, requireUser(c), id))
    })
    .patch('/:id', params(AssessmentParams), jsonBody(UpdateAssessmentBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await changeAssessment(deps, requireUser(c), id, c.req.valid('json')))
    })
}
