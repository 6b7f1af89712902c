import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import type { AssessorEntry } from './scoring-types.ts'
import { useAssessorReminder } from './use-assessor-reminder.ts'

/** "Remind" for one assessor behind a disclosure: an optional note, then the reminder recorded. */
export function AssessorRemind(props: {
  assessmentId: string
  entry: AssessorEntry
  name: string
  onChanged(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const id = `remind-${props.entry.assessorId}`
  const reminder = useAssessorReminder(props.assessmentId, props.entry.assessorId, props.onChanged)
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
        <button type="submit" class="button button--small" disabled={reminder.busy}>
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
