import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { formatDate } from '../../shared/dates.ts'
import { useLocale } from '../../shared/locale.tsx'
import { AssessorRemind } from './assessor-remind.tsx'
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
        props.mayRemind && <AssessorRemind {...props} name={name} />
      )}
    </li>
  )
}
