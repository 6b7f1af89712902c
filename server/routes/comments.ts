import { Hono } from 'hono'
import * as v from 'valibot'
import { CommentsQuery } from '#surveys/schemas/comments'
import type { AppDeps, AppEnv } from '../context.ts'
import { sendDownload } from '../download.ts'
import { requireUser } from '../middleware/session.ts'
import { listRespondentComments, respondentCommentsCsv } from '../services/comments.ts'
import { Id, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/** Respondents' comments and suggested issues: as JSON for the Comments tab, and as a CSV. */
export function commentsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/comments', params(AssessmentParams), query(CommentsQuery), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await listRespondentComments(deps, requireUser(c), id, c.req.valid('query')))
    })
    .get('/comments.csv', params(AssessmentParams), query(CommentsQuery), async (c) => {
      const { id } = c.req.valid('param')
      return sendDownload(
        c,
        await respondentCommentsCsv(deps, requireUser(c), id, c.req.valid('query')),
      )
    })
}
