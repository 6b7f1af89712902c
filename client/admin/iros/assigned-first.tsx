import type { JSX } from 'preact'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { useLocale } from '../../shared/locale.tsx'
import type { Iro } from './iro-types.ts'

/** The IROs assigned to the signed-in member first, under their own heading, then the others. */
export function AssignedFirst(props: { iros: Iro[]; render(iro: Iro): JSX.Element }) {
  const { locale } = useLocale()
  const s = iroScoringText[locale]
  const mine = props.iros.filter((iro) => iro.assignedToMe)
  if (mine.length === 0) return <ul class="iro-list stack">{props.iros.map(props.render)}</ul>
  const others = props.iros.filter((iro) => !iro.assignedToMe)
  return (
    <>
      <h3 id="iros-mine">{s.yoursTitle}</h3>
      <ul class="iro-list stack" aria-labelledby="iros-mine">
        {mine.map(props.render)}
      </ul>
      {others.length > 0 && (
        <details class="stack">
          <summary>
            <h3 class="inline-heading">{`${s.othersTitle} (${others.length})`}</h3>
          </summary>
          <ul class="iro-list stack">{others.map(props.render)}</ul>
        </details>
      )}
    </>
  )
}
