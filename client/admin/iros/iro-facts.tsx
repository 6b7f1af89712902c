import type { ComponentChildren } from 'preact'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroDetailsText } from '#surveys/i18n/iro-details'
import { useLocale } from '../../shared/locale.tsx'
import type { Iro } from './iro-types.ts'

/** An IRO's owner, who it affects and its evidence (links open in a new tab), on its card. */
export function IroFacts({ iro }: { iro: Iro }) {
  const { locale } = useLocale()
  const t = iroDetailsText[locale]
  const owner = doubleText[locale].owner
  if (!iro.owner && iro.affectedStakeholders.length === 0 && iro.evidence.length === 0) return null
  return (
    <dl class="iro-details">
      {iro.owner && <Entry term={owner}>{iro.owner}</Entry>}
      {iro.affectedStakeholders.length > 0 && (
        <Entry term={t.affected}>{iro.affectedStakeholders.join('; ')}</Entry>
      )}
      {iro.evidence.length > 0 && (
        <Entry term={t.evidence}>
          <ul>
            {iro.evidence.map((entry, index) => (
              <li key={`${index}:${entry.url ?? ''}`}>
                {entry.url && (
                  <a href={entry.url} target="_blank" rel="noopener noreferrer">
                    {entry.url}
                  </a>
                )}
                {entry.url && entry.note && ' — '}
                {entry.note}
              </li>
            ))}
          </ul>
        </Entry>
      )}
    </dl>
  )
}

function Entry(props: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}
