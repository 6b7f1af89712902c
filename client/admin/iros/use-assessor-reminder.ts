import { useState } from 'preact/hooks'
import { ApiError, call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'

/**
 * A reminder for one assessor as it is written: its optional note, and once recorded (POST
 * …/assessor-reminders) the note emptied and `done` for the page to say so. Refused because the
 * assessor was reminded in the last 24 hours (429 `reminder_too_soon`), it says `refusal` and
 * reloads the progress, which tells when the next one can be recorded.
 */
export function useAssessorReminder(
  assessmentId: string,
  assessorId: string,
  onChanged: () => void,
  refusal: string,
) {
  const [note, setNote] = useState('')
  const [done, setDone] = useState(false)
  const { busy, errors, run } = useChange()
  const submit = async (event: Event) => {
    event.preventDefault()
    setDone(false)
    let tooSoon = false
    const ok = await run(
      () =>
        call(
          server.assessments[':id']['assessor-reminders'].$post({
            param: { id: assessmentId },
            json: { assessorId, ...(note ? { note } : {}) },
          }),
        ),
      (error, fallback) => {
        tooSoon = error instanceof ApiError && error.code === 'reminder_too_soon'
        return tooSoon ? { _: refusal } : fallback
      },
    )
    if (ok) {
      setNote('')
      setDone(true)
    }
    if (ok || tooSoon) onChanged()
  }
  return { note, setNote, done, busy, errors, submit }
}
