import { useState } from 'preact/hooks'
import type { Locale } from '#surveys/i18n/locales'
import { messagesText } from '#surveys/i18n/messages'
import { call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'

/**
 * "Remind now" in two steps: count who would be reminded (POST …/reminders?dryRun=true), then,
 * once the count is confirmed, send (the server counts again: the sentence says what it queued).
 */
export function useRemindNow(props: {
  locale: Locale
  assessmentId: string
  onReminded(sentence: string): void
}) {
  const t = messagesText[props.locale]
  const [due, setDue] = useState<number>()
  const [notice, setNotice] = useState<string>()
  const change = useChange()
  const remind = (dryRun: boolean) =>
    call(
      server.assessments[':id'].reminders.$post({
        param: { id: props.assessmentId },
        query: { dryRun: dryRun ? 'true' : 'false' },
      }),
    )
  const ask = async () => {
    setNotice(undefined)
    await change.run(async () => {
      const { queued } = await remind(true)
      if (queued === 0) setNotice(t.noneDue)
      else setDue(queued)
    })
  }
  const confirm = async () => {
    let sentence = ''
    const ok = await change.run(async () => {
      sentence = t.reminded((await remind(false)).queued)
    })
    setDue(undefined)
    if (ok) props.onReminded(sentence)
  }
  return {
    due,
    notice,
    ask,
    confirm,
    cancel: () => setDue(undefined),
    busy: change.busy,
    error: change.errors._,
  }
}
