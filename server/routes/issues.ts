import { Hono } from 'hono'
import * as v from 'valibot'
import { CreateIssueBody, UpdateIssueBody } from '#surveys/schemas/issues'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { createIssue, editIssue, listAssessmentIssues, removeIssue } from '../services/issues.ts'
import { Id, jsonBody, params } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })
const IssueParams = v.object({ id: Id, issueId: Id })

/** /api/assessments/:id/issues: the assessment's issue library. */
export function issuesRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/issues', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json({ issues: await listAssessmentIssues(deps, requireUser(c), id) })
    })
    .post('/issues', params(AssessmentParams), jsonBody(CreateIssueBody), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await createIssue(deps, requireUser(c), id, c.req.valid('json')), 201)
    })
    .patch('/issues/:issueId', params(IssueParams), jsonBody(UpdateIssueBody), async (c) => {
      const { id, issueId } = c.req.valid('param')
      return c.json(await editIssue(deps, requireUser(c), id, issueId, c.req.valid('json')))
    })
    .delete('/issues/:issueId', params(IssueParams), async (c) => {
      const { id, issueId } = c.req.valid('param')
      await removeIssue(deps, requireUser(c), id, issueId)
      return c.body(null, 204)
    })
}
