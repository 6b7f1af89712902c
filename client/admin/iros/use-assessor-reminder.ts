import { useState } from 'preact/hooks'
import { call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'

/**
 * A reminder for one assessor as it is written: its optional note, and once recorded (POST
 * …/assessor-reminders) the note emptied and `done` for the page to say so.
 */
export function useAssessorReminder(
  assessmentId: string,
  assessorId: string,
  onChanged: () => void,
) {
  const [note, setNote] = useState('')
  const [done, setDone] = useState(false)
  const { busy, errors, run } = useChange()
  const submit = async (event: Event) => {
    event.preventDefault()
    const ok = await run(() =>
      call(
        server.assessments[':id']['assessor-reminders'].$post({
          param: { id: assessmentId },
          json: { assessorId, ...(note ? { note } : {}) },
        }),
      ),
    )
    if (!ok) return
    setNote('')
    setDone(true)
    onChanged()
  }
  return { note, setNote, done, busy, errors, submit }
}
