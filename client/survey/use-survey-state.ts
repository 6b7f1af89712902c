import { useEffect, useRef, useState } from 'preact/hooks'
import type { Locale } from '#surveys/i18n/locales'
import { ApiError } from '../shared/api.ts'
import type { Answers } from './model.ts'
import { saveDraft } from './remote.ts'
import { type LocalSurvey, saveLocal } from './storage.ts'

const DEBOUNCE_MS = 1000
const RETRY_MS = 10_000

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed'

/**
 * The answers: kept in localStorage at every change and saved to the server as a draft a second
 * after the last one. A link that stops taking answers meanwhile is reported through onGone.
 */
export function useSurveyState(
  token: string,
  initial: LocalSurvey,
  locale: Locale,
  onGone: (error: ApiError) => void,
) {
  const [survey, setSurvey] = useState(initial)
  const [status, setStatus] = useState<SaveStatus>(initial.savedAt ? 'saved' : 'idle')
  const latest = useRef(survey)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const stopped = useRef(false)
  const inFlight = useRef(false)

  const save = async () => {
    if (stopped.current) return
    // One save at a time: an open link's first save brings the resume code the next one needs.
    if (inFlight.current) return schedule(DEBOUNCE_MS)
    inFlight.current = true
    const current = latest.current
    setStatus('saving')
    try {
      const saved = await saveDraft(token, {
        answers: current.answers,
        locale,
        ...(current.resumeCode ? { resumeCode: current.resumeCode } : {}),
      })
      if (stopped.current) return
      const next = {
        ...latest.current,
        savedAt: saved.savedAt,
        resumeCode: saved.resumeCode ?? undefined,
      }
      latest.current = next
      saveLocal(token, next)
      setSurvey(next)
      setStatus(next.changedAt > current.changedAt ? 'saving' : 'saved')
    } catch (error) {
      if (
        error instanceof ApiError &&
        (error.code === 'draft_not_found' || error.fields.resumeCode)
      ) {
        // The draft expired, or its code is of an older format: start a new one, with a new code.
        latest.current = { ...latest.current, resumeCode: undefined }
        return schedule(0)
      }
      if (error instanceof ApiError && [404, 409, 410].includes(error.status)) return onGone(error)
      setStatus('failed')
      schedule(RETRY_MS)
    } finally {
      inFlight.current = false
    }
  }

  const schedule = (ms: number) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(save, ms)
  }

  useEffect(() => () => clearTimeout(timer.current), [])

  const update = (change: (answers: Answers) => Answers) => {
    const answers = change(latest.current.answers)
    const now = new Date().toISOString()
    const next = {
      ...latest.current,
      answers: { ...answers, startedAt: answers.startedAt ?? now },
      changedAt: now,
    }
    latest.current = next
    saveLocal(token, next)
    setSurvey(next)
    schedule(DEBOUNCE_MS)
  }

  /** Replaces the answers with a draft found by resume code. */
  const adopt = (answers: Answers, resumeCode: string, savedAt: string) => {
    const next = { ...latest.current, answers, resumeCode, savedAt, changedAt: savedAt }
    latest.current = next
    saveLocal(token, next)
    setSurvey(next)
    setStatus('saved')
  }

  /** No draft saves while the response is on its way (a rejected submit resumes them). */
  const pause = (paused: boolean) => {
    stopped.current = paused
    clearTimeout(timer.current)
  }

  return { survey, status, update, adopt, pause }
}
