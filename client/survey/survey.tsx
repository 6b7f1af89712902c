import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Locale } from '#surveys/i18n/locales'
import { surveyText } from '#surveys/i18n/survey'
import { ApiError } from '../shared/api.ts'
import type { SummaryError } from '../shared/components/error-summary.tsx'
import { useLocale } from '../shared/locale.tsx'
import { axisShortName, firstRadioId } from './components/axis-question.tsx'
import { Frame } from './components/frame.tsx'
import { Progress } from './components/progress.tsx'
import { SaveStatusLine } from './components/save-status.tsx'
import {
  buildSubmission,
  type Item,
  isAnswered,
  itemsOf,
  type Questionnaire,
  sectionsOf,
} from './model.ts'
import { usePageInUrl } from './page-in-url.ts'
import { ReviewPage } from './pages/review.tsx'
import { SectionPage } from './pages/section.tsx'
import { WelcomePage } from './pages/welcome.tsx'
import { type SendState, submitWithRetry } from './remote.ts'
import { clearLocal, type LocalSurvey } from './storage.ts'
import { useSurveyState } from './use-survey-state.ts'

interface Props {
  token: string
  browserId: string
  questionnaire: Questionnaire
  initial: LocalSurvey
  onLocale(locale: Locale): void
  /** The link stopped taking answers (used elsewhere, closed…) or the response is in. */
  onFinished(code: string): void
}

/** The survey itself: welcome, one page per aspect, review and submit. */
export function Survey({ token, questionnaire: q, ...props }: Props) {
  const { locale } = useLocale()
  const t = surveyText[locale]
  const sections = useMemo(() => sectionsOf(q), [q])
  const items = useMemo(() => itemsOf(q.issues), [q])
  const reviewPage = sections.length + 1
  const [page, setPage] = usePageInUrl(reviewPage)
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [sending, setSending] = useState<SendState | 'sending'>()
  const [focusTarget, setFocusTarget] = useState<string>()
  const gone = (error: ApiError) => props.onFinished(error.code)
  const state = useSurveyState(token, props.initial, locale, gone)
  const { answers } = state.survey
  const answered = items.filter((item) => isAnswered(answers, item.key)).length

  useEffect(() => {
    if (!focusTarget) return
    const target = document.getElementById(focusTarget)
    target?.focus()
    target?.scrollIntoView({ block: 'center' })
    setFocusTarget(undefined)
  }, [focusTarget])

  const goTo = (field: string) => {
    const index = sections.findIndex((s) => s.issues.some((i) => field.startsWith(`q-${i.id}-`)))
    if (index >= 0) setPage(index + 1)
    setFocusTarget(field)
  }

  const start = () => {
    const firstOpen = items.find((item) => !isAnswered(answers, item.key))
    const index = firstOpen ? sections.findIndex((s) => s.key === firstOpen.issue.aspect) : -1
    setPage(index >= 0 ? index + 1 : reviewPage)
  }

  const submit = async () => {
    const missing = items.filter((item) => !isAnswered(answers, item.key))
    if (missing.length > 0) return setErrors(missingErrors(missing, t))
    const body = buildSubmission(
      q,
      answers,
      { ...state.survey, browserId: props.browserId },
      locale,
    )
    setErrors([])
    setSending('sending')
    state.pause(true)
    try {
      await submitWithRetry(token, body, setSending)
      clearLocal(token)
      props.onFinished('thanks')
    } catch (error) {
      setSending(undefined)
      state.pause(false)
      if (error instanceof ApiError && error.status !== 400) return gone(error)
      const fields = error instanceof ApiError ? Object.values(error.fields).flat() : []
      setErrors((fields.length ? fields : [t.notSaved]).map((message) => ({ message })))
    }
  }

  const rate = (key: string, score: number | null) =>
    state.update((a) => ({ ...a, ratings: { ...a.ratings, [key]: score } }))
  const comment = (issueId: string, body: string) =>
    state.update((a) => ({ ...a, comments: { ...a.comments, [issueId]: body } }))
  const section = sections[page - 1]

  return (
    <Frame organisation={q.assessment.organisation} onLocale={props.onLocale}>
      {page === 0 && (
        <WelcomePage
          token={token}
          questionnaire={q}
          started={answered > 0}
          onStart={start}
          onResume={(draft) => {
            state.adopt(draft.answers, draft.resumeCode ?? '', draft.savedAt)
            setPage(1)
          }}
        />
      )}
      {page > 0 && <Progress answered={answered} total={items.length} />}
      {section && (
        <SectionPage
          key={section.key}
          questionnaire={q}
          section={section}
          number={page}
          count={sections.length}
          answers={answers}
          showErrors={errors.length > 0}
          onRate={rate}
          onComment={comment}
          onPrevious={() => setPage(page - 1)}
          onNext={() => setPage(page + 1)}
        />
      )}
      {page === reviewPage && (
        <ReviewPage
          items={items}
          sections={sections.map((s) => ({ ...s, items: itemsOf(s.issues) }))}
          answers={answers}
          errors={errors}
          sending={sending}
          onSuggested={(text) => state.update((a) => ({ ...a, suggestedIssues: text }))}
          onGoTo={goTo}
          onSubmit={submit}
        />
      )}
      {page > 0 && (
        <SaveStatusLine
          status={state.status}
          savedAt={state.survey.savedAt}
          resumeCode={state.survey.resumeCode}
        />
      )}
    </Frame>
  )
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
