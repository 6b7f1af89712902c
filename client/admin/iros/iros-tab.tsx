import { can } from '#surveys/domain/permissions'
import { commonText } from '#surveys/i18n/common'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { type AssessmentTabProps, canEdit } from '../assessment-types.ts'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { AssignedFirst } from './assigned-first.tsx'
import { DmMatrix } from './dm-matrix.tsx'
import { IroCard } from './iro-card.tsx'
import { IroEdit } from './iro-edit.tsx'
import { IroForm } from './iro-form.tsx'
import { IroImport } from './iro-import.tsx'
import { ScoringPanel } from './scoring-panel.tsx'
import { EMPTY_IRO } from './use-iro-form.ts'
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
  const mayScore = open && can(assessment.role, 'score')
  const mayChange = open && canEdit(assessment)
  const file = (format: 'csv' | 'xlsx') =>
    `/api/assessments/${assessment.id}/iros.${format}?lang=${locale}`
  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="lead">{t.lead}</p>
        <div class="button-row">
          <a class="button button--secondary" href={file('csv')} download>
            {r.downloadCsv}
          </a>
          <a class="button button--secondary" href={file('xlsx')} download>
            {r.downloadXlsx}
          </a>
        </div>
        {!open && can(assessment.role, 'edit') && <p class="hint">{r.registerClosed}</p>}
      </div>
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
                mayScore={mayScore}
                mayChange={mayChange}
                candidates={data.data.progress.candidates}
                bands={data.data.result.magnitudeBands}
                onSaved={data.reload}
                onEdit={state.setEditing}
                onDelete={state.setDeleting}
              />
            )}
          />
          {mayChange && (
            <div class="card">
              <IroForm
                idPrefix="iro"
                title={t.addTitle}
                issues={data.data.issues}
                initial={EMPTY_IRO}
                submitLabel={t.add}
                busyLabel={t.adding}
                doneLabel={t.added}
                emptyAfter
                // A new IRO starts with no affected stakeholders or evidence (an import adds them).
                send={(body) => state.add({ ...body, affectedStakeholders: [], evidence: [] })}
                onDone={data.reload}
              />
            </div>
          )}
          {mayChange && (
            <IroImport locale={locale} assessmentId={assessment.id} onImported={state.changed} />
          )}
          {editing && (
            <IroEdit
              key={editing.id}
              assessmentId={assessment.id}
              iro={editing}
              issues={data.data.issues}
              onSaved={() => {
                state.setEditing(undefined)
                state.changed(r.saved)
              }}
              onCancel={() => state.setEditing(undefined)}
            />
          )}
        </>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={r.deleteTitle}
        confirmLabel={r.delete}
        cancelLabel={r.cancel}
        busy={state.removal.busy}
        danger
        onConfirm={() => deleting && state.remove(deleting)}
        onCancel={() => state.setDeleting(undefined)}
      >
        <p>{deleting ? r.deleteBody(deleting.description, deleting.assessors) : ''}</p>
        {state.removal.errors._ && <p class="error-message">{state.removal.errors._}</p>}
      </ConfirmDialog>
    </div>
  )
}
