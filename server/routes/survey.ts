import { Hono } from 'hono'
import * as v from 'valibot'
import { DraftBody, DraftQuery, SubmitBody, SurveyQuery } from '#surveys/schemas/survey'
import type { AppDeps, AppEnv } from '../context.ts'
import { DomainError } from '../errors.ts'
import { limitBody } from '../middleware/body-limit.ts'
import { clientAddress } from '../middleware/client-address.ts'
import { getQuestionnaire } from '../services/survey.ts'
import { loadDraft, saveDraft } from '../services/survey-drafts.ts'
import { submitResponse } from '../services/survey-submit.ts'
import { jsonBody, params, query } from '../validate.ts'

// 16 random bytes in base64url; anything else cannot be a token, so it is the same 404.
const TokenParams = v.object({ token: v.pipe(v.string(), v.regex(/^[\w-]{16,64}$/)) })

/** A draft of 33 issues with long comments is ~80 KB; far more is not a survey. */
const DRAFT_MAX_BYTES = 256 * 1024

/** The respondent's API: questionnaire, draft, submit. Public: the token is the credential. */
export function surveyRoutes(deps: AppDeps) {
  const address = (c: Parameters<typeof clientAddress>[0]) => clientAddress(c, deps.config)
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      // The token is in the page's URL: never send it on as a referrer. (Set before the handler
      // runs, so the answer is built once with it rather than copied to add a header.)
      c.header('Referrer-Policy', 'no-referrer')
      await next()
    })
    .get('/:token', params(TokenParams), query(SurveyQuery), async (c) => {
      const { locale, browser } = c.req.valid('query')
      const questionnaire = await getQuestionnaire(deps, c.req.valid('param').token, {
        locale,
        browserId: browser,
        acceptLanguage: c.req.header('accept-language'),
        address: address(c),
      })
      return c.json(questionnaire)
    })
    .get('/:token/draft', params(TokenParams), query(DraftQuery), async (c) => {
      const { token } = c.req.valid('param')
      return c.json(await loadDraft(deps, token, c.req.valid('query').resume, address(c)))
    })
    .put(
      '/:token/draft',
      limitBody(DRAFT_MAX_BYTES, draftTooLarge),
      params(TokenParams),
      jsonBody(DraftBody),
      async (c) => {
        const { token } = c.req.valid('param')
        return c.json(await saveDraft(deps, token, c.req.valid('json'), address(c)))
      },
    )
    .post('/:token/submit', params(TokenParams), jsonBody(SubmitBody), async (c) => {
      const { token } = c.req.valid('param')
      const result = await submitResponse(deps, token, c.req.valid('json'), address(c))
      return c.json({ responseId: result.responseId }, result.created ? 201 : 200)
    })
}

function draftTooLarge(): never {
  throw new DomainError(413, 'payload_too_large', 'The draft is larger than 256 KB.')
}
