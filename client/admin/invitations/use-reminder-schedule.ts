import { useState } from 'preact/hooks'
import type { ReminderRules } from '#surveys/domain/reminder-schedule'
import type { Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import { ReminderScheduleBody } from '#surveys/schemas/message-templates'
import { call, server } from '../../shared/api.ts'
import { type FieldErrors, validateForm } from '../../shared/form.ts'
import { useChange } from '../../shared/use-change.ts'

/**
 * Days as typed ("7, 12" or "7，12"): whole numbers, or undefined when something else is there.
 * @example parseDays('7, 12') // [7, 12]
 */
export function parseDays(text: string): number[] | undefined {
  const parts = text.split(/[\s,，、]+/).filter(Boolean)
  if (!parts.every((part) => /^\d{1,3}$/.test(part))) return undefined
  return parts.map(Number)
}

/** The reminder schedule form: days as text, the maximum and the gap; saved with PUT. */
export function useReminderSchedule(props: {
  locale: Locale
  assessmentId: string
  rules: ReminderRules
  onSaved(sentence: string): void
}) {
  const t = messagesText[props.locale]
  const [days, setDays] = useState(props.rules.days.join(', '))
  const [maxReminders, setMax] = useState(String(props.rules.maxReminders))
  const [minGapDays, setGap] = useState(String(props.rules.minGapDays))
  const change = useChange()
  // The schema's messages are English: each field says what it wants in the reader's language.
  const translate = (errors: FieldErrors): FieldErrors => {
    const out: FieldErrors = {}
    for (const key of Object.keys(errors)) {
      if (key.startsWith('days')) out.days = t.daysInvalid
      else if (key === 'maxReminders') out.maxReminders = t.maxInvalid
      else if (key === 'minGapDays') out.minGapDays = t.gapInvalid
      else out._ = errors[key] ?? ''
    }
    return out
  }
  const save = async () => {
    const parsed = parseDays(days)
    const checked = validateForm(ReminderScheduleBody, {
      days: parsed ?? [0],
      maxReminders: maxReminders.trim() === '' ? Number.NaN : Number(maxReminders),
      minGapDays: minGapDays.trim() === '' ? Number.NaN : Number(minGapDays),
    })
    if (!checked.ok) return change.setErrors(translate(checked.errors))
    const json = checked.value
    const ok = await change.run(() =>
      call(
        server.assessments[':id']['reminder-schedule'].$put({
          param: { id: props.assessmentId },
          json,
        }),
      ),
    )
    if (ok) {
      setDays(json.days.join(', '))
      props.onSaved(t.scheduleSaved)
    } else change.setErrors((errors) => translate(errors))
  }
  return {
    days,
    maxReminders,
    minGapDays,
    setDays,
    setMax,
    setGap,
    save,
    busy: change.busy,
    errors: change.errors,
  }
}
