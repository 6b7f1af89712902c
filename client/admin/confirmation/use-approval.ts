import { useState } from 'preact/hooks'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import { type ApprovalBody, MIN_RETURN_COMMENT } from '#surveys/schemas/confirmation'
import type { VersionSummary } from '#surveys/schemas/confirmation-view'
import { ApiError, call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'

export type Decision = ApprovalBody['decision']

/**
 * The approver's decision on a version: approve or return with a comment, checked, then asked
 * "are you sure" before it is sent with the version's number and hash.
 */
export function useApproval(props: {
  assessmentId: string
  version: VersionSummary
  locale: Locale
  onDecided(): void
}) {
  const t = confirmationPageText[props.locale]
  const [decision, setDecision] = useState<Decision>('approve')
  const [comment, setComment] = useState('')
  const [asking, setAsking] = useState(false)
  const { errors, setErrors, busy, run } = useChange((error, fallback) =>
    error instanceof ApiError && error.code === 'stale_version' ? { _: t.staleVersion } : fallback,
  )
  const ask = () => {
    if (decision === 'return' && comment.trim().length < MIN_RETURN_COMMENT) {
      return setErrors({ comment: t.commentTooShort(MIN_RETURN_COMMENT) })
    }
    setErrors({})
    setAsking(true)
  }
  const submit = async () => {
    const { version, hash } = props.version
    const json = { decision, version, hash, comment }
    const param = { id: props.assessmentId }
    const decided = await run(() => call(server.assessments[':id'].approval.$post({ param, json })))
    setAsking(false)
    if (decided) props.onDecided()
  }
  const cancel = () => setAsking(false)
  return { decision, setDecision, comment, setComment, asking, ask, cancel, submit, errors, busy }
}
