import { Hono } from 'hono'
import * as v from 'valibot'
import { AddMemberBody, ChangeRoleBody } from '#surveys/schemas/members'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { removeMember, setAccountActive } from '../services/member-removal.ts'
import { addMember, changeMemberRole, listOrganisationMembers } from '../services/members.ts'
import { Id, jsonBody, params } from '../validate.ts'

const OrganisationParams = v.object({ id: Id })
const MemberParams = v.object({ id: Id, userId: Id })

/** An organisation's members and their roles; changes are admins' and audited. */
export function membersRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/members', params(OrganisationParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await listOrganisationMembers(deps, requireUser(c), id))
    })
    .post('/members', params(OrganisationParams), jsonBody(AddMemberBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await addMember(deps, requireUser(c), id, c.req.valid('json')), 201)
    })
    .patch('/members/:userId', params(MemberParams), jsonBody(ChangeRoleBody), async (c) => {
      const { id, userId } = c.req.valid('param')
      const member = await changeMemberRole(deps, requireUser(c), id, userId, c.req.valid('json'))
      return c.json({ member })
    })
    .delete('/members/:userId', params(MemberParams), async (c) => {
      const { id, userId } = c.req.valid('param')
      return c.json({ member: await removeMember(deps, requireUser(c), id, userId) })
    })
    .post('/members/:userId/deactivate', params(MemberParams), async (c) => {
      const { id, userId } = c.req.valid('param')
      const member = await setAccountActive(deps, requireUser(c), id, userId, false)
      return c.json({ member })
    })
    .post('/members/:userId/reactivate', params(MemberParams), async (c) => {
      const { id, userId } = c.req.valid('param')
      const member = await setAccountActive(deps, requireUser(c), id, userId, true)
      return c.json({ member })
    })
}
