import { useState } from 'preact/hooks'
import { commonText } from '#surveys/i18n/common'
import { surveyText } from '#surveys/i18n/survey'
import { ResumeCode } from '#surveys/schemas/survey'
import { ApiError } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { errorsFromApi, validateForm } from '../../shared/form.ts'
import { useText } from '../../shared/locale.tsx'
import { PageHeading } from '../components/frame.tsx'
import { estimatedMinutes, itemsOf, type Questionnaire } from '../model.ts'
import { fetchDraft } from '../remote.ts'

interface Props {
  token: string
  questionnaire: Questionnaire
  started: boolean
  onStart(): void
  onResume(draft: Awaited<ReturnType<typeof fetchDraft>>): void
}

/** Who asks, why, how answers are used, the privacy notice, and how long it takes. */
export function WelcomePage({ questionnaire: q, ...props }: Props) {
  const t = useText(surveyText)
  return (
    <>
      <PageHeading>{t.welcomeTitle(q.assessment.organisation)}</PageHeading>
      <p class="lead">{q.assessment.name}</p>
      <div class="card welcome">
        <p>
          <strong>{t.welcomeGroup(q.group.name)}</strong>
          <br />
          {t.questionCount(q.issues.length)} ·{' '}
          {t.estimatedTime(estimatedMinutes(itemsOf(q.issues).length))}
        </p>
        <h2>{t.purposeTitle}</h2>
        <p>{t.purpose}</p>
        <h2>{t.useTitle}</h2>
        <p>{t.use}</p>
        <h2>{t.privacyTitle}</h2>
        <p>{t.privacy}</p>
        <button type="button" class="button" onClick={props.onStart}>
          {props.started ? t.continueSurvey : t.start}
        </button>
      </div>
      {q.kind === 'open' && <ResumeForm token={props.token} onResume={props.onResume} />}
    </>
  )
}

function ResumeForm(props: { token: string; onResume: Props['onResume'] }) {
  const t = useText(surveyText)
  const common = useText(commonText)
  const [code, setCode] = useState('')
  const [error, setError] = useState<string>()
  const submit = async (event: Event) => {
    event.preventDefault()
    const checked = validateForm(ResumeCode, code)
    if (!checked.ok) return setError(t.resumeHint)
    try {
      props.onResume(await fetchDraft(props.token, checked.value))
    } catch (failure) {
      const notFound = failure instanceof ApiError && failure.status === 404
      setError(notFound ? t.resumeNotFound : (errorsFromApi(failure, t.resumeNotFound)._ ?? ''))
    }
  }
  return (
    <form class="card resume" onSubmit={submit} noValidate>
      <h2>{t.resumeTitle}</h2>
      <ErrorSummary
        title={common.errorSummaryTitle}
        errors={error ? [{ field: 'resume-code', message: error }] : []}
      />
      <Field
        id="resume-code"
        label={t.resumeLabel}
        hint={t.resumeHint}
        error={error}
        value={code}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        onInput={(event) => setCode(event.currentTarget.value)}
      />
      <button type="submit" class="button button--secondary">
        {t.resume}
      </button>
    </form>
  )
}
