import { can } from '#surveys/domain/permissions'
import { commonText } from '#surveys/i18n/common'
import { doubleText } from '#surveys/i18n/double-materiality'
import { call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { type AssessmentTabProps, canEdit, type Issue } from '../assessment-types.ts'
import { AddIroForm } from './iro-add.tsx'
import { IroScoreForm } from './iro-score.tsx'
import type { DoubleMateriality, Iro } from './iro-types.ts'

const score = (value: number | null, none: string) => (value === null ? none : value.toFixed(2))

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
      </div>
      {data.state === 'loading' && <Loading label={common.loading} />}
      {data.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={data.reload} />
      )}
      {data.state === 'ready' && (
        <>
          <Result result={data.data.result} />
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

/** Each topic with IROs: its impact and financial score and whether it is material. */
function Result({ result }: { result: DoubleMateriality }) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const topics = result.topics.filter((topic) => topic.iros.length > 0)
  if (topics.length === 0) return null
  const { impact, financial } = result.thresholds
  return (
    <section class="stack" aria-labelledby="dm-result">
      <h3 id="dm-result">{t.resultTitle}</h3>
      <p class="hint">
        {impact !== null && financial !== null
          ? t.resultLead(impact.toFixed(1), financial.toFixed(1))
          : t.resultLeadPreset}
      </p>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.topic}</th>
              <th scope="col">{t.impactScore}</th>
              <th scope="col">{t.financialScore}</th>
              <th scope="col">{t.material}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic.issueId} class={topic.material ? 'row--material' : undefined}>
                <th scope="row">{`${topic.code} ${topic.names?.[locale] ?? ''}`}</th>
                <td>{score(topic.impact, t.noScore)}</td>
                <td>{score(topic.financial, t.noScore)}</td>
                <td>{topic.material ? t.yes : t.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
