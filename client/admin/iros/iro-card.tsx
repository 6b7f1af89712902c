import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { useLocale } from '../../shared/locale.tsx'
import type { Issue } from '../assessment-types.ts'
import { IroAssignees } from './iro-assignees.tsx'
import { IroFacts } from './iro-facts.tsx'
import { IroScoreForm } from './iro-score.tsx'
import type { DoubleMateriality, Iro } from './iro-types.ts'
import type { Candidate } from './scoring-types.ts'

/**
 * One IRO of the register: its topic and facts, who is assigned to score it (changed by hand by
 * admins and analysts), the caller's scoring on the company's magnitude bands, edit and delete.
 */
export function IroCard(props: {
  assessmentId: string
  iro: Iro
  issue: Issue | undefined
  mayScore: boolean
  mayChange: boolean
  candidates: Candidate[]
  bands: DoubleMateriality['magnitudeBands']
  onSaved(): void
  onEdit(iro: Iro): void
  onDelete(iro: Iro): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const r = iroRegisterText[locale]
  const { iro } = props
  const facts = [
    t[`type_${iro.type}`],
    iro.actual ? t.actual : t.potential,
    ...(iro.humanRights ? [t.humanRights] : []),
    ...iro.horizons.map((horizon) => t[`horizon_${horizon}`]),
    ...iro.valueChain.map((stage) => t[`stage_${stage}`]),
  ]
  return (
    <li class="card iro-card" id={`iro-${iro.id}`} data-testid={`iro-${iro.id}`}>
      <p class="hint">
        {props.issue ? `${props.issue.code} ${props.issue.names[locale]}` : iro.issueId}
      </p>
      <h3>{iro.description}</h3>
      <p>{facts.join(' · ')}</p>
      <IroFacts iro={iro} />
      <p class="hint">
        {t.assessors(iro.assessors)}
        {iro.myScores ? ` · ${t.scored}` : ''}
      </p>
      <IroAssignees
        assessmentId={props.assessmentId}
        iro={iro}
        candidates={props.candidates}
        mayAssign={props.mayChange}
        onSaved={props.onSaved}
      />
      {props.mayChange && (
        <div class="button-row">
          <button
            type="button"
            class="button button--secondary button--small"
            aria-label={r.editFor(iro.description)}
            onClick={() => props.onEdit(iro)}
          >
            {r.edit}
          </button>
          <button
            type="button"
            class="button button--secondary button--small"
            aria-label={r.deleteFor(iro.description)}
            onClick={() => props.onDelete(iro)}
          >
            {r.delete}
          </button>
        </div>
      )}
      {props.mayScore && (
        <details>
          <summary>{t.score}</summary>
          <IroScoreForm
            assessmentId={props.assessmentId}
            iro={iro}
            bands={props.bands}
            onSaved={props.onSaved}
          />
        </details>
      )}
    </li>
  )
}
