import type { ReminderRules } from '#surveys/domain/reminder-schedule'
import type { Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import { Field } from '../../shared/components/field.tsx'
import { useReminderSchedule } from './use-reminder-schedule.ts'

/** The assessment's reminder schedule: days after the invitation, most reminders, fewest days between. */
export function ReminderSchedule(props: {
  locale: Locale
  assessmentId: string
  rules: ReminderRules
  onSaved(sentence: string): void
}) {
  const t = messagesText[props.locale]
  const state = useReminderSchedule(props)
  return (
    <section class="card" aria-labelledby="schedule-title">
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          state.save()
        }}
      >
        <h3 id="schedule-title">{t.scheduleTitle}</h3>
        <p class="hint">{t.scheduleLead}</p>
        <Field
          id="reminder-days"
          label={t.days}
          hint={t.daysHint}
          error={state.errors.days}
          value={state.days}
          inputMode="numeric"
          onInput={(e) => state.setDays(e.currentTarget.value)}
        />
        <Field
          id="reminder-max"
          label={t.maxReminders}
          error={state.errors.maxReminders}
          type="number"
          min={0}
          max={10}
          value={state.maxReminders}
          onInput={(e) => state.setMax(e.currentTarget.value)}
        />
        <Field
          id="reminder-gap"
          label={t.minGapDays}
          error={state.errors.minGapDays}
          type="number"
          min={1}
          max={90}
          value={state.minGapDays}
          onInput={(e) => state.setGap(e.currentTarget.value)}
        />
        {state.errors._ && (
          <p class="error-message" role="alert">
            {state.errors._}
          </p>
        )}
        <div class="button-row">
          <button type="submit" class="button" disabled={state.busy}>
            {state.busy ? t.saving : t.saveSchedule}
          </button>
        </div>
      </form>
    </section>
  )
}
