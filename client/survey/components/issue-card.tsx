import { useState } from 'preact/hooks'
import { surveyText } from '#surveys/i18n/survey'
import { MAX_COMMENT_LENGTH } from '#surveys/schemas/survey'
import { useText } from '../../shared/locale.tsx'
import { type Answers, type Issue, itemKey, type Questionnaire } from '../model.ts'
import { AxisQuestion } from './axis-question.tsx'

interface Props {
  issue: Issue
  questionnaire: Questionnaire
  answers: Answers
  showErrors: boolean
  onRate(key: string, score: number | null): void
  onComment(issueId: string, body: string): void
}

/** An issue with its description, one question per axis and an optional comment. */
export function IssueCard({ issue, questionnaire, answers, showErrors, ...on }: Props) {
  const t = useText(surveyText)
  const comment = answers.comments[issue.id] ?? ''
  const [open, setOpen] = useState(comment !== '')
  const headingId = `issue-${issue.id}`
  const commentId = `comment-${issue.id}`
  return (
    <section class="issue card" aria-labelledby={headingId}>
      <h2 id={headingId}>{issue.name}</h2>
      <p class="issue-description">{issue.description}</p>
      {questionnaire.axes
        .filter((axis) => issue.axes.includes(axis.key))
        .map((axis) => {
          const key = itemKey(issue.id, axis.key)
          return (
            <AxisQuestion
              key={key}
              itemKey={key}
              issueName={issue.name}
              axis={axis}
              scale={questionnaire.scale}
              value={answers.ratings[key]}
              error={showErrors && !(key in answers.ratings) ? t.answerThis : undefined}
              onChange={(score) => on.onRate(key, score)}
            />
          )
        })}
      <button
        type="button"
        class="button button--quiet"
        aria-expanded={open}
        aria-controls={open ? `${commentId}-field` : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? t.hideComment : t.addComment}
      </button>
      {open && (
        <div class="field comment-field" id={`${commentId}-field`}>
          <label for={commentId}>{t.comment(issue.name)}</label>
          <p class="hint" id={`${commentId}-hint`}>
            {t.charactersLeft(MAX_COMMENT_LENGTH - comment.length)}
          </p>
          <textarea
            id={commentId}
            rows={3}
            maxLength={MAX_COMMENT_LENGTH}
            aria-describedby={`${commentId}-hint`}
            value={comment}
            onInput={(event) => on.onComment(issue.id, event.currentTarget.value)}
          />
        </div>
      )}
    </section>
  )
}
