import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { formatDate } from '../../shared/dates.ts'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import type { AssessorEntry } from './scoring-types.ts'
import { useAssessorReminder } from './use-assessor-reminder.ts'

/**
 * "Remind" for one assessor behind a disclosure: an optional note, then the reminder recorded. At
 * most one a day: until the next may be recorded, the button waits and says from when.
 */
export function AssessorRemind(props: {
  assessmentId: string
  entry: AssessorEntry
  name: string
  onChanged(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const id = `remind-${props.entry.assessorId}`
  const reminder = useAssessorReminder(
    props.assessmentId,
    props.entry.assessorId,
    props.onChanged,
    t.reminderTooSoon(props.name),
  )
  const next = props.entry.nextReminderAt
  return (
    <details>
      <summary>{t.remindWho(props.name)}</summary>
      <form class="stack" onSubmit={reminder.submit} noValidate>
        <ErrorSummary
          title={t.remind}
          errors={summarise(reminder.errors, ['assessorId', 'note'])}
        />
        <label for={`${id}-note`}>{t.remindNote}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={500}
          value={reminder.note}
          onInput={(e) => reminder.setNote(e.currentTarget.value)}
        />
        {next && (
          <p id={`${id}-next`} class="hint">
            {t.nextReminder(formatDate(next, locale))}
          </p>
        )}
        <button
          type="submit"
          class="button button--small"
          disabled={reminder.busy || next !== null}
          aria-describedby={next ? `${id}-next` : undefined}
        >
          {reminder.busy ? t.reminding : t.remind}
        </button>
        {reminder.done && (
          <p class="notice" role="status">
            {t.reminded(props.name)}
          </p>
        )}
      </form>
    </details>
  )
}
