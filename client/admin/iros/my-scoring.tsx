import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { formatDate } from '../../shared/dates.ts'
import { useLocale } from '../../shared/locale.tsx'
import type { Iro } from './iro-types.ts'
import type { AssessorEntry } from './scoring-types.ts'

/**
 * The signed-in assessor's reminder in the product: how many of the IROs assigned to them are
 * left, the latest reminder with its note, and a link to each IRO still to score.
 */
export function MyScoring(props: { me: AssessorEntry | undefined; iros: Iro[] }) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const { me } = props
  if (!me || me.assigned === 0) return null
  const left = me.remaining.length
  const reminder = me.reminders[0]
  const description = (id: string) => props.iros.find((iro) => iro.id === id)?.description ?? id
  return (
    <section
      class={`notice${left > 0 ? ' notice--warning' : ''} stack`}
      aria-labelledby="my-scoring"
      data-testid="my-scoring"
    >
      <h3 id="my-scoring">{t.myTitle}</h3>
      <p>{left > 0 ? t.myLeft(left, me.assigned) : t.myDone}</p>
      {left > 0 && reminder && (
        <p>{t.myReminder(formatDate(reminder.at, locale), reminder.by, reminder.note)}</p>
      )}
      {left > 0 && (
        <ul>
          {me.remaining.map((id) => (
            <li key={id}>
              <a href={`#iro-${id}`}>{description(id)}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
