import type { Locale } from '#surveys/i18n/locales'
import type { DraftBody, SubmitBody } from '#surveys/schemas/survey'
import { ApiError, call, server } from '../shared/api.ts'

/** The respondent's routes; a token is base64url, encoded anyway as the path segment it is. */
const survey = (token: string) => ({ param: { token: encodeURIComponent(token) } })
const route = server.survey[':token']

export function fetchQuestionnaire(token: string, locale: Locale | undefined, browser: string) {
  return call(route.$get({ ...survey(token), query: { browser, ...(locale ? { locale } : {}) } }))
}

export function saveDraft(token: string, body: DraftBody) {
  return call(route.draft.$put({ ...survey(token), json: body }))
}

export function fetchDraft(token: string, resume: string) {
  return call(route.draft.$get({ ...survey(token), query: { resume } }))
}

export type SendState = { offline: boolean; retryIn: number }

const MAX_DELAY_MS = 30_000

/** Worth trying again: no answer at all, our server failing, or told to slow down. */
const retryable = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500 || error.status === 429)

/**
 * Submits until the server answers, backing off 1 s, 2 s, 4 s… up to 30 s, and at once when the
 * browser comes back online. The same submissionId makes every retry safe: a response that
 * arrived but whose answer was lost comes back as 200 with the same id.
 */
export async function submitWithRetry(
  token: string,
  body: SubmitBody,
  onWait: (state: SendState) => void,
): Promise<{ responseId: string }> {
  for (let delay = 1000; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    try {
      return await call(route.submit.$post({ ...survey(token), json: body }))
    } catch (error) {
      if (!retryable(error)) throw error
      await waitOrOnline(delay, onWait)
    }
  }
}

function waitOrOnline(ms: number, onWait: (state: SendState) => void): Promise<void> {
  return new Promise((resolve) => {
    const until = Date.now() + ms
    const tick = () =>
      onWait({ offline: !navigator.onLine, retryIn: Math.ceil((until - Date.now()) / 1000) })
    const done = () => {
      clearInterval(timer)
      clearTimeout(timeout)
      window.removeEventListener('online', done)
      resolve()
    }
    const timer = setInterval(tick, 1000)
    const timeout = setTimeout(done, ms)
    window.addEventListener('online', done)
    tick()
  })
}
