import { useState } from 'preact/hooks'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { formatDate } from '../../shared/dates.ts'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import type { AssessorEntry } from './scoring-types.ts'

/**
 * Every assessor's scored / assigned for the whole team, when they were last reminded and, for
 * admins and analysts, a "Remind" that records a reminder the assessor sees in the product.
 */
export function AssessorProgress(props: {
  assessmentId: string
  assessors: AssessorEntry[]
  mayRemind: boolean
  onChanged(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const assigned = props.assessors.filter((entry) => entry.assigned > 0)
  return (
    <section class="stack" aria-labelledby="assessor-progress">
      <h3 id="assessor-progress">{t.progressTitle}</h3>
      <p class="hint">{t.progressLead}</p>
      {assigned.length === 0 ? (
        <p>{t.progressNone}</p>
      ) : (
        <ul class="assessor-progress">
          {assigned.map((entry) => (
            <ProgressRow key={entry.assessorId} {...props} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  )
}

function ProgressRow(props: {
  assessmentId: string
  entry: AssessorEntry
  mayRemind: boolean
  onChanged(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const { entry } = props
  const name = entry.name ?? entry.assessorId
  const last = entry.reminders[0]
  return (
    <li class="card assessor-progress__row" data-testid={`progress-${entry.assessorId}`}>
      <strong>{name}</strong>
      <span>
        <progress value={entry.scored} max={entry.assigned} aria-label={t.progress} />{' '}
        {t.progressOf(entry.scored, entry.assigned)}
        {entry.scoredUnassigned > 0 && ` · ${t.scoredUnassigned(entry.scoredUnassigned)}`}
      </span>
      <span class="hint">
        {`${t.lastReminder}: `}
        {last ? t.remindedBy(formatDate(last.at, locale), last.by) : t.notReminded}
      </span>
      {entry.remaining.length === 0 ? (
        <span class="badge badge--approved">{t.allScored}</span>
      ) : (
        props.mayRemind && <RemindForm {...props} name={name} />
      )}
    </li>
  )
}

function RemindForm(props: {
  assessmentId: string
  entry: AssessorEntry
  name: string
  onChanged(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const [note, setNote] = useState('')
  const [done, setDone] = useState(false)
  const { busy, errors, run } = useChange()
  const id = `remind-${props.entry.assessorId}`
  const submit = async (event: Event) => {
    event.preventDefault()
    const ok = await run(() =>
      call(
        server.assessments[':id']['assessor-reminders'].$post({
          param: { id: props.assessmentId },
          json: { assessorId: props.entry.assessorId, ...(note ? { note } : {}) },
        }),
      ),
    )
    if (!ok) return
    setNote('')
    setDone(true)
    props.onChanged()
  }
  return (
    <details>
      <summary>{t.remindWho(props.name)}</summary>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary title={t.remind} errors={summarise(errors, ['assessorId', 'note'])} />
        <label for={`${id}-note`}>{t.remindNote}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={500}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit" class="button button--small" disabled={busy}>
          {busy ? t.reminding : t.remind}
        </button>
        {done && (
          <p class="notice" role="status">
            {t.reminded(props.name)}
          </p>
        )}
      </form>
    </details>
  )
}
