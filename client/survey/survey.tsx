import { useMemo } from 'preact/hooks'
import type { Locale } from '#surveys/i18n/locales'
import type { ApiError } from '../shared/api.ts'
import { useLocale } from '../shared/locale.tsx'
import { Frame } from './components/frame.tsx'
import { Progress } from './components/progress.tsx'
import { SaveStatusLine } from './components/save-status.tsx'
import { isAnswered, itemsOf, type Questionnaire, sectionsOf } from './model.ts'
import { ReviewPage } from './pages/review.tsx'
import { SectionPage } from './pages/section.tsx'
import { WelcomePage } from './pages/welcome.tsx'
import type { LocalSurvey } from './storage.ts'
import { useNavigation } from './use-navigation.ts'
import { useSubmit } from './use-submit.ts'
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
  const sections = useMemo(() => sectionsOf(q), [q])
  const items = useMemo(() => itemsOf(q.issues), [q])
  const gone = (error: ApiError) => props.onFinished(error.code)
  const state = useSurveyState(token, props.initial, locale, gone)
  const { errors, sending, submit } = useSubmit({
    token,
    browserId: props.browserId,
    questionnaire: q,
    items,
    state,
    locale,
    onSent: () => props.onFinished('thanks'),
    onGone: gone,
  })
  const { answers } = state.survey
  const answered = items.filter((item) => isAnswered(answers, item.key)).length
  const { page, setPage, reviewPage, goTo, start } = useNavigation(sections, items, answers)

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
