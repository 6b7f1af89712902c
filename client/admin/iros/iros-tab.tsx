import { mayScoreIro } from '#surveys/domain/permissions'
import { commonText } from '#surveys/i18n/common'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { type AssessmentTabProps, canEdit } from '../assessment-types.ts'
import { AssignedFirst } from './assigned-first.tsx'
import { DmMatrix } from './dm-matrix.tsx'
import { IroAdd } from './iro-add.tsx'
import { IroCard } from './iro-card.tsx'
import { IroDelete } from './iro-delete.tsx'
import { IroEdit } from './iro-edit.tsx'
import { IroImport } from './iro-import.tsx'
import { IrosHeader } from './iros-header.tsx'
import { ScoringPanel } from './scoring-panel.tsx'
import { useIroRegister } from './use-iro-register.ts'

/** The register, the signed-in member's scoring and the result of a double-materiality assessment. */
export function IrosTab({ assessment, reload }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const r = iroRegisterText[locale]
  const common = commonText[locale]
  const state = useIroRegister(assessment.id)
  const { data, editing, deleting } = state
  // The API changes the register only while the assessment is a draft or open (not confirmed).
  const open = assessment.status === 'draft' || assessment.status === 'open'
  const mayChange = open && canEdit(assessment)
  return (
    <div class="stack">
      <IrosHeader assessment={assessment} open={open} />
      {state.message && (
        <p class="notice" role="status">
          {state.message}
        </p>
      )}
      {data.state === 'loading' && <Loading label={common.loading} />}
      {data.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={data.reload} />
      )}
      {data.state === 'ready' && (
        <>
          <ScoringPanel
            assessment={assessment}
            data={data.data}
            onChanged={() => {
              data.reload()
              reload()
            }}
          />
          <DmMatrix assessment={assessment} {...data.data} />
          {data.data.iros.length === 0 && <Empty title={t.none} />}
          <AssignedFirst
            iros={data.data.iros}
            render={(iro) => (
              <IroCard
                key={iro.id}
                assessmentId={assessment.id}
                iro={iro}
                issue={data.data.issues.find((issue) => issue.id === iro.issueId)}
                mayScore={open && mayScoreIro(assessment.role, iro.assignedToMe)}
                mayChange={mayChange}
                candidates={data.data.progress.candidates}
                bands={data.data.result.magnitudeBands}
                onSaved={data.reload}
                onEdit={state.setEditing}
                onDelete={state.setDeleting}
              />
            )}
          />
          {mayChange && <IroAdd {...data.data} add={state.add} onDone={data.reload} />}
          {mayChange && (
            <IroImport locale={locale} assessmentId={assessment.id} onImported={state.changed} />
          )}
          {editing && (
            <IroEdit
              key={editing.id}
              assessmentId={assessment.id}
              iro={editing}
              {...data.data}
              onSaved={() => {
                state.setEditing(undefined)
                state.changed(r.saved)
              }}
              onCancel={() => state.setEditing(undefined)}
            />
          )}
        </>
      )}
      <IroDelete
        iro={deleting}
        removal={state.removal}
        onConfirm={state.remove}
        onCancel={() => state.setDeleting(undefined)}
      />
    </div>
  )
}
