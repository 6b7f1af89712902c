import { commonText } from '#surveys/i18n/common'
import { surveyText } from '#surveys/i18n/survey'
import { MAX_COMMENT_LENGTH } from '#surveys/schemas/survey'
import { ErrorSummary, type SummaryError } from '../../shared/components/error-summary.tsx'
import { useText } from '../../shared/locale.tsx'
import { firstRadioId } from '../components/axis-question.tsx'
import { PageHeading } from '../components/frame.tsx'
import { type Answers, type Item, isAnswered } from '../model.ts'
import type { SendState } from '../remote.ts'

interface Props {
  items: Item[]
  sections: { key: string; name: string; items: Item[] }[]
  answers: Answers
  /** Errors after a submit attempt: unanswered items, or what the server rejected. */
  errors: SummaryError[]
  sending: SendState | 'sending' | undefined
  onSuggested(text: string): void
  onGoTo(field: string): void
  onSubmit(): void
}

/** How much of each section is answered (each a link to it), the "issue we missed" box, Submit. */
export function ReviewPage(props: Props) {
  const t = useText(surveyText)
  const common = useText(commonText)
  const missing = props.items.filter((item) => !isAnswered(props.answers, item.key))
  return (
    <form
      class="review"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (!props.sending) props.onSubmit()
      }}
    >
      <ErrorSummary
        title={common.errorSummaryTitle}
        errors={props.errors}
        onSelect={props.onGoTo}
      />
      <PageHeading>{t.reviewTitle}</PageHeading>
      <div class="card">
        <p>{missing.length === 0 ? t.reviewAllDone : t.reviewMissing(missing.length)}</p>
        <ul class="section-list">
          {props.sections.map((section) => {
            const open = section.items.filter((item) => !isAnswered(props.answers, item.key))
            const answered = section.items.length - open.length
            return (
              <li key={section.key}>
                <span>
                  <strong>{section.name}</strong>
                  <br />
                  {t.progress(answered, section.items.length)}
                </span>
                <a
                  href={`#${firstRadioId((open[0] ?? section.items[0])?.key ?? '')}`}
                  onClick={(event) => {
                    event.preventDefault()
                    const target = open[0] ?? section.items[0]
                    if (target) props.onGoTo(firstRadioId(target.key))
                  }}
                >
                  {t.edit}
                  <span class="visually-hidden"> {section.name}</span>
                </a>
              </li>
            )
          })}
        </ul>
      </div>
      <div class="card">
        <h2>{t.missedTitle}</h2>
        <div class="field">
          <label for="suggested-issues">{t.missedLabel}</label>
          <p class="hint" id="suggested-issues-hint">
            {t.missedHint}
          </p>
          <textarea
            id="suggested-issues"
            rows={4}
            maxLength={MAX_COMMENT_LENGTH}
            aria-describedby="suggested-issues-hint"
            value={props.answers.suggestedIssues}
            onInput={(event) => props.onSuggested(event.currentTarget.value)}
          />
        </div>
      </div>
      <div class="button-row">
        <button type="submit" class="button" disabled={props.sending !== undefined}>
          {t.submit}
        </button>
      </div>
      <div role="status" class="send-status">
        {props.sending === 'sending' && t.sending}
        {props.sending && props.sending !== 'sending' && (
          <>
            {props.sending.offline ? t.offline : t.retrying}
            {/* A second-by-second countdown would be read out every second: shown, not spoken. */}
            <span aria-hidden="true"> {t.retryIn(props.sending.retryIn)}</span>
          </>
        )}
      </div>
    </form>
  )
}
