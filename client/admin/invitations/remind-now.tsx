import type { Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { useRemindNow } from './use-remind-now.ts'

/** "Remind now": the count of non-responders due a reminder first, then send on confirming. */
export function RemindNow(props: {
  locale: Locale
  assessmentId: string
  rules: { maxReminders: number; minGapDays: number }
  onReminded(sentence: string): void
}) {
  const t = messagesText[props.locale]
  const state = useRemindNow(props)
  const due = state.due ?? 0
  return (
    <section class="card stack" aria-labelledby="remind-title">
      <h3 id="remind-title">{t.remindTitle}</h3>
      <p class="hint">{t.remindLead(props.rules.maxReminders, props.rules.minGapDays)}</p>
      <div role="status" aria-live="polite">
        {state.notice && <p class="notice">{state.notice}</p>}
      </div>
      {state.error && (
        <p class="error-message" role="alert">
          {state.error}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button button--secondary"
          disabled={state.busy}
          onClick={state.ask}
        >
          {state.busy && state.due === undefined ? t.counting : t.remindNow}
        </button>
      </div>
      <ConfirmDialog
        open={state.due !== undefined}
        title={t.confirmTitle(due)}
        confirmLabel={t.send}
        cancelLabel={t.cancel}
        busy={state.busy}
        onConfirm={state.confirm}
        onCancel={state.cancel}
      >
        <p>{t.confirmBody(due)}</p>
      </ConfirmDialog>
    </section>
  )
}
