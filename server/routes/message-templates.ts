import { Hono } from 'hono'
import * as v from 'valibot'
import {
  MessageTemplateBody,
  TemplateKind,
  TemplateLanguage,
  TemplateTrial,
} from '#surveys/schemas/message-templates'
import type { AppDeps, AppEnv } from '../context.ts'
import { linkOrigin } from '../link-origin.ts'
import { requireUser } from '../middleware/session.ts'
import {
  getTemplates,
  previewTemplate,
  resetTemplate,
  saveTemplate,
  sendTestMessage,
} from '../services/message-templates.ts'
import { Id, jsonBody, params } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })
const TemplateParams = v.object({ id: Id, kind: TemplateKind, language: TemplateLanguage })

/** An assessment's message templates per kind and language: read, edit, reset, preview, try. */
export function messageTemplatesRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/templates', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getTemplates(deps, requireUser(c), id))
    })
    .put(
      '/templates/:kind/:language',
      params(TemplateParams),
      jsonBody(MessageTemplateBody),
      async (c) => {
        const { id, ...key } = c.req.valid('param')
        return c.json(await saveTemplate(deps, requireUser(c), id, key, c.req.valid('json')))
      },
    )
    .delete('/templates/:kind/:language', params(TemplateParams), async (c) => {
      const { id, ...key } = c.req.valid('param')
      return c.json(await resetTemplate(deps, requireUser(c), id, key))
    })
    .post('/templates/preview', params(AssessmentParams), jsonBody(TemplateTrial), async (c) => {
      const { id } = c.req.valid('param')
      const origin = linkOrigin(c, deps.config)
      return c.json(await previewTemplate(deps, requireUser(c), id, c.req.valid('json'), origin))
    })
    .post('/templates/test', params(AssessmentParams), jsonBody(TemplateTrial), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await sendTestMessage(deps, requireUser(c), id, c.req.valid('json')), 201)
    })
}
