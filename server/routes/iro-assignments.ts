import { Hono } from 'hono'
import * as v from 'valibot'
import {
  AssignIrosBody,
  IroAssessorsBody,
  RemindAssessorBody,
} from '#surveys/schemas/iro-assignments'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import {
  assignIros,
  getAssessorProgress,
  remindAssessor,
  setIroAssessors,
} from '../services/iro-assignments.ts'
import { Id, jsonBody, params } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })
const IroParams = v.object({ id: Id, iroId: Id })

/**
 * Who scores which IRO of a double-materiality assessment (…/iro-assignments, by hand or by
 * topic; …/iros/:iroId/assessors), each assessor's progress (…/assessor-progress) and the
 * reminders recorded in the product (…/assessor-reminders).
 */
export function iroAssignmentsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/iro-assignments', params(AssessmentParams), jsonBody(AssignIrosBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await assignIros(deps, requireUser(c), id, c.req.valid('json')))
    })
    .put('/iros/:iroId/assessors', params(IroParams), jsonBody(IroAssessorsBody), async (c) => {
      const { id, iroId } = c.req.valid('param')
      return c.json(await setIroAssessors(deps, requireUser(c), id, iroId, c.req.valid('json')))
    })
    .get('/assessor-progress', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getAssessorProgress(deps, requireUser(c), id))
    })
    .post(
      '/assessor-reminders',
      params(AssessmentParams),
      jsonBody(RemindAssessorBody),
      async (c) => {
        const { id } = c.req.valid('param')
        return c.json(await remindAssessor(deps, requireUser(c), id, c.req.valid('json')), 201)
      },
    )
}
