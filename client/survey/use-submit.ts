import { useState } from 'preact/hooks'
import type { Locale } from '#surveys/i18n/locales'
import { surveyText } from '#surveys/i18n/survey'
import { ApiError } from '../shared/api.ts'
import type { SummaryError } from '../shared/components/error-summary.tsx'
import { axisShortName, firstRadioId } from './components/axis-question.tsx'
import { buildSubmission, type Item, isAnswered, type Questionnaire } from './model.ts'
import { type SendState, submitWithRetry } from './remote.ts'
import { clearLocal } from './storage.ts'
import type { useSurveyState } from './use-survey-state.ts'

interface Submit {
  token: string
  browserId: string
  questionnaire: Questionnaire
  items: Item[]
  state: ReturnType<typeof useSurveyState>
  locale: Locale
  onSent(): void
  /** The link stopped taking answers (used elsewhere, closed…). */
  onGone(error: ApiError): void
}

/**
 * Sending the response: the open questions listed first, draft saves paused while it is on its
 * way, retried until the server answers; refused fields come back as the summary's errors.
 */
export function useSubmit({ token, questionnaire, items, state, locale, ...on }: Submit) {
  const t = surveyText[locale]
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [sending, setSending] = useState<SendState | 'sending'>()

  const submit = async () => {
    const { answers } = state.survey
    const missing = items.filter((item) => !isAnswered(answers, item.key))
    if (missing.length > 0) return setErrors(missingErrors(missing, t))
    const survey = { ...state.survey, browserId: on.browserId }
    const body = buildSubmission(questionnaire, answers, survey, locale)
    setErrors([])
    setSending('sending')
    state.pause(true)
    try {
      await submitWithRetry(token, body, setSending)
      clearLocal(token)
      on.onSent()
    } catch (error) {
      setSending(undefined)
      state.pause(false)
      if (error instanceof ApiError && error.status !== 400) return on.onGone(error)
      const fields = error instanceof ApiError ? Object.values(error.fields).flat() : []
      setErrors((fields.length ? fields : [t.notSaved]).map((message) => ({ message })))
    }
  }

  return { errors, sending, submit }
}

const SUMMARY_LIMIT = 8

/** One error per issue with open questions, the first few linked, then how many more. */
function missingErrors(missing: Item[], t: (typeof surveyText)['en']): SummaryError[] {
  const byIssue = new Map<string, Item[]>()
  for (const item of missing)
    byIssue.set(item.issue.id, [...(byIssue.get(item.issue.id) ?? []), item])
  const errors = [...byIssue.values()].map((open) => ({
    field: firstRadioId(open[0]!.key),
    message: t.unanswered(
      open[0]!.issue.name,
      open.map((i) => axisShortName(i.axis, t)).join(t.listSeparator),
    ),
  }))
  if (errors.length <= SUMMARY_LIMIT) return errors
  const shown = errors.slice(0, SUMMARY_LIMIT)
  return [...shown, { message: t.moreMissing(errors.length - SUMMARY_LIMIT) }]
}
