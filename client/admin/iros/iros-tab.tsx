import { can } from '#surveys/domain/permissions'
import { commonText } from '#surveys/i18n/common'
import { doubleText } from '#surveys/i18n/double-materiality'
import { call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { type AssessmentTabProps, canEdit, type Issue } from '../assessment-types.ts'
import { DmMatrix } from './dm-matrix.tsx'
import { AddIroForm } from './iro-add.tsx'
import { IroScoreForm } from './iro-score.tsx'
import type { Iro } from './iro-types.ts'

/** The register, the signed-in member's scoring and the result of a double-materiality assessment. */
export function IrosTab({ assessment }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const common = commonText[locale]
  const param = { id: assessment.id }
  const data = useResource(async () => {
    const [register, issues, result] = await Promise.all([
      call(server.assessments[':id'].iros.$get({ param })),
      call(server.assessments[':id'].issues.$get({ param })),
      call(server.assessments[':id']['double-materiality'].$get({ param })),
    ])
    return { iros: register.iros, issues: issues.issues, result }
  }, [assessment.id])
  const open = assessment.status === 'draft' || assessment.status === 'open'
  const mayScore = open && can(assessment.role, 'score')

  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="lead">{t.lead}</p>
        <a href={`/api/assessments/${assessment.id}/iros.csv?lang=${locale}`} download>
          {t.exportCsv}
        </a>
      </div>
      {data.state === 'loading' && <Loading label={common.loading} />}
      {data.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={data.reload} />
      )}
      {data.state === 'ready' && (
        <>
          <DmMatrix result={data.data.result} iros={data.data.iros} />
          {data.data.iros.length === 0 && <Empty title={t.none} />}
          <ul class="iro-list stack">
            {data.data.iros.map((iro) => (
              <IroCard
                key={iro.id}
                assessmentId={assessment.id}
                iro={iro}
                issue={data.data.issues.find((issue) => issue.id === iro.issueId)}
                mayScore={mayScore}
                onSaved={data.reload}
              />
            ))}
          </ul>
          {open && canEdit(assessment) && (
            <AddIroForm
              assessmentId={assessment.id}
              issues={data.data.issues}
              onAdded={data.reload}
            />
          )}
        </>
      )}
    </div>
  )
}

function IroCard(props: {
  assessmentId: string
  iro: Iro
  issue: Issue | undefined
  mayScore: boolean
  onSaved(): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const { iro } = props
  const facts = [
    t[`type_${iro.type}`],
    iro.actual ? t.actual : t.potential,
    ...(iro.humanRights ? [t.humanRights] : []),
    ...iro.horizons.map((horizon) => t[`horizon_${horizon}`]),
  ]
  return (
    <li class="card iro-card" data-testid={`iro-${iro.id}`}>
      <p class="hint">
        {props.issue ? `${props.issue.code} ${props.issue.names[locale]}` : iro.issueId}
      </p>
      <h3>{iro.description}</h3>
      <p>{facts.join(' · ')}</p>
      <p class="hint">
        {t.assessors(iro.assessors)}
        {iro.myScores ? ` · ${t.scored}` : ''}
      </p>
      {props.mayScore && (
        <details>
          <summary>{t.score}</summary>
          <IroScoreForm assessmentId={props.assessmentId} iro={iro} onSaved={props.onSaved} />
        </details>
      )}
    </li>
  )
}
