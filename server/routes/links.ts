import { Hono } from 'hono'
import * as v from 'valibot'
import { CreateLinksBody, ListLinksQuery, UpdateLinkBody } from '#surveys/schemas/links'
import type { AppDeps, AppEnv } from '../context.ts'
import { linkOrigin } from '../link-origin.ts'
import { requireUser } from '../middleware/session.ts'
import { changeLink, createLinks, listAssessmentLinks, reissueLink } from '../services/links.ts'
import { Id, jsonBody, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })
const LinkParams = v.object({ id: Id, linkId: Id })

/**
 * /api/assessments/:id/links: survey links. A single-use token appears only in the answer that
 * made it; an open link's address is listed again (posters, group chats).
 */
export function linksRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/links', params(AssessmentParams), query(ListLinksQuery), async (c) => {
      const { id } = c.req.valid('param')
      const origin = linkOrigin(c, deps.config)
      const query = c.req.valid('query')
      return c.json(await listAssessmentLinks(deps, requireUser(c), id, query, origin))
    })
    .post('/links', params(AssessmentParams), jsonBody(CreateLinksBody), async (c) => {
      const { id } = c.req.valid('param')
      const origin = linkOrigin(c, deps.config)
      const links = await createLinks(deps, requireUser(c), id, c.req.valid('json'), origin)
      return c.json({ links }, 201)
    })
    .patch('/links/:linkId', params(LinkParams), jsonBody(UpdateLinkBody), async (c) => {
      const { id, linkId } = c.req.valid('param')
      return c.json(await changeLink(deps, requireUser(c), id, linkId, c.req.valid('json')))
    })
    .post('/links/:linkId/reissue', params(LinkParams), async (c) => {
      const { id, linkId } = c.req.valid('param')
      const origin = linkOrigin(c, deps.config)
      return c.json(await reissueLink(deps, requireUser(c), id, linkId, origin))
    })
}
