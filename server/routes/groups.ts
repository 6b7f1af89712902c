import { Hono } from 'hono'
import * as v from 'valibot'
import { CreateGroupBody, UpdateGroupBody } from '#surveys/schemas/groups'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { createGroup, editGroup, listAssessmentGroups } from '../services/groups.ts'
import { Id, jsonBody, params } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })
const GroupParams = v.object({ id: Id, groupId: Id })

/** /api/assessments/:id/groups: the stakeholder groups, their weights and axes. */
export function groupsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/groups', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json({ groups: await listAssessmentGroups(deps, requireUser(c), id) })
    })
    .post('/groups', params(AssessmentParams), jsonBody(CreateGroupBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await createGroup(deps, requireUser(c), id, c.req.valid('json')), 201)
    })
    .patch('/groups/:groupId', params(GroupParams), jsonBody(UpdateGroupBody), async (c) => {
      const { id, groupId } = c.req.valid('param')
      return c.json(await editGroup(deps, requireUser(c), id, groupId, c.req.valid('json')))
    })
}
