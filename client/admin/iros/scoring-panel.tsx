import { can } from '#surveys/domain/permissions'
import './iro-scoring.css'
import { type AssessmentDetail, canEdit, type Issue } from '../assessment-types.ts'
import { AssessorProgress } from './assessor-progress.tsx'
import { AssignByTopic } from './assign-by-topic.tsx'
import type { Iro } from './iro-types.ts'
import { MagnitudeBands } from './magnitude-bands.tsx'
import { MyScoring } from './my-scoring.tsx'
import type { AssessorProgressData } from './scoring-types.ts'

/**
 * Who scores what, above the register: the signed-in assessor's own reminder, the company's
 * magnitude bands, every assessor's progress and, for admins and analysts, assigning by topic.
 */
export function ScoringPanel(props: {
  assessment: AssessmentDetail
  data: { iros: Iro[]; issues: Issue[]; progress: AssessorProgressData }
  onChanged(): void
}) {
  const { assessment, data } = props
  const open = assessment.status === 'draft' || assessment.status === 'open'
  const mayEdit = open && canEdit(assessment)
  const withIros = data.issues.filter((issue) => data.iros.some((iro) => iro.issueId === issue.id))
  return (
    <>
      {can(assessment.role, 'score') && (
        <MyScoring me={data.progress.assessors.find((entry) => entry.me)} iros={data.iros} />
      )}
      <MagnitudeBands
        assessment={assessment}
        editable={assessment.status === 'draft' && canEdit(assessment)}
        onSaved={props.onChanged}
      />
      <AssessorProgress
        assessmentId={assessment.id}
        assessors={data.progress.assessors}
        mayRemind={mayEdit}
        onChanged={props.onChanged}
      />
      {mayEdit && (
        <AssignByTopic
          assessmentId={assessment.id}
          candidates={data.progress.candidates}
          topics={withIros}
          onAssigned={props.onChanged}
        />
      )}
    </>
  )
}
