import '../shared/styles.css'
import './survey.css'
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import type { Locale } from '#surveys/i18n/locales'
import { surveyText } from '#surveys/i18n/survey'
import { ApiError, isNetworkError } from '../shared/api.ts'
import { Loading } from '../shared/components/states.tsx'
import { chosenLocale, LocaleProvider, useLocale } from '../shared/locale.tsx'
import { Frame } from './components/frame.tsx'
import { emptyAnswers, type Questionnaire } from './model.ts'
import { StatusPage } from './pages/status.tsx'
import { fetchQuestionnaire } from './remote.ts'
import { browserId, type LocalSurvey, loadLocal, uuid } from './storage.ts'
import { Survey } from './survey.tsx'

const token = decodeURIComponent(location.pathname.split('/')[2] ?? '')
const browser = browserId()
// Asked for before the first render, not from an effect: preact runs effects only after a frame
// has been painted, and the questionnaire is what the phone waits for.
const firstQuestionnaire = fetchQuestionnaire(token, chosenLocale(), browser)
firstQuestionnaire.catch(() => {}) // handled when App takes it; not an unhandled rejection

/** This browser's answers, or the server's draft when it is newer (another device saved it). */
function startingPoint(q: Questionnaire): LocalSurvey {
  const local = loadLocal(token) ?? {
    answers: emptyAnswers(),
    submissionId: uuid(),
    changedAt: '',
  }
  if (q.draft && q.draft.savedAt > local.changedAt) {
    return {
      ...local,
      answers: q.draft.answers,
      savedAt: q.draft.savedAt,
      changedAt: q.draft.savedAt,
    }
  }
  return local
}

function App() {
  const { locale, setLocale } = useLocale()
  const [questionnaire, setQuestionnaire] = useState<Questionnaire>()
  const [initial, setInitial] = useState<LocalSurvey>()
  const [finished, setFinished] = useState<string>()

  const load = async (request: Promise<Questionnaire>) => {
    setFinished(undefined)
    try {
      const q = await request
      setInitial((current) => current ?? startingPoint(q))
      setQuestionnaire(q)
      if (q.locale !== locale) setLocale(q.locale)
    } catch (error) {
      // A language switch that cannot reach the server keeps the survey (and its answers) on screen.
      if (questionnaire && isNetworkError(error)) return
      setFinished(error instanceof ApiError ? error.code : 'network')
    }
  }

  const fetchIn = (wanted: Locale) => load(fetchQuestionnaire(token, wanted, browser))
  useEffect(() => {
    load(firstQuestionnaire)
  }, [])
  useEffect(() => {
    document.title = surveyText[locale].pageTitle
  }, [locale])

  const switchLocale = (next: Locale) => {
    const url = new URL(location.href)
    url.searchParams.set('locale', next)
    history.replaceState(null, '', url)
    fetchIn(next)
  }

  if (finished) {
    return (
      <Frame organisation={questionnaire?.assessment.organisation}>
        <StatusPage code={finished} onRetry={() => fetchIn(locale)} />
      </Frame>
    )
  }
  if (!questionnaire || !initial) {
    return <Loading label={commonText[locale].loading} />
  }
  return (
    <Survey
      token={token}
      browserId={browser}
      questionnaire={questionnaire}
      initial={initial}
      onLocale={switchLocale}
      onFinished={setFinished}
    />
  )
}

render(
  <LocaleProvider>
    <App />
  </LocaleProvider>,
  document.getElementById('app')!,
)
