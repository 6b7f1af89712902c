import { surveyText } from '#surveys/i18n/survey'
import { useText } from '../../shared/locale.tsx'
import { PageHeading } from '../components/frame.tsx'
import { IssueCard } from '../components/issue-card.tsx'
import type { Answers, Questionnaire, sectionsOf } from '../model.ts'

interface Props {
  questionnaire: Questionnaire
  section: ReturnType<typeof sectionsOf>[number]
  number: number
  count: number
  answers: Answers
  showErrors: boolean
  onRate(key: string, score: number | null): void
  onComment(issueId: string, body: string): void
  onPrevious(): void
  onNext(): void
}

/** One aspect's issues, then Previous / Next (or Review on the last section). */
export function SectionPage(props: Props) {
  const t = useText(surveyText)
  const last = props.number === props.count
  return (
    <form
      class="section"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        props.onNext()
      }}
    >
      <p class="section-count">{t.sectionOf(props.number, props.count)}</p>
      <PageHeading>{props.section.name}</PageHeading>
      {props.section.issues.map((issue) => (
        <IssueCard
          key={issue.id}
          issue={issue}
          questionnaire={props.questionnaire}
          answers={props.answers}
          showErrors={props.showErrors}
          onRate={props.onRate}
          onComment={props.onComment}
        />
      ))}
      <div class="button-row page-nav">
        <button type="button" class="button button--secondary" onClick={props.onPrevious}>
          {t.previous}
        </button>
        <button type="submit" class="button">
          {last ? t.review : t.next}
        </button>
      </div>
    </form>
  )
}
