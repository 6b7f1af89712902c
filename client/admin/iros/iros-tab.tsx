import { useState } from 'preact/hooks'
import { can } from '#surveys/domain/permissions'
import { commonText } from '#surveys/i18n/common'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import { type AssessmentTabProps, canEdit } from '../assessment-types.ts'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { DmMatrix } from './dm-matrix.tsx'
import { IroCard } from './iro-card.tsx'
import { IroEdit } from './iro-edit.tsx'
import { IroForm } from './iro-form.tsx'
import { IroImport } from './iro-import.tsx'
import type { Iro } from './iro-types.ts'
import { EMPTY_IRO } from './use-iro-form.ts'

/** The register, the signed-in member's scoring and the result of a double-materiality assessment. */
export function IrosTab({ assessment }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const r = iroRegisterText[locale]
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
  // The API changes the register only while the assessment is a draft or open (not confirmed).
  const open = assessment.status === 'draft' || assessment.status === 'open'
  const mayScore = open && can(assessment.role, 'score')
  const mayChange = open && canEdit(assessment)
  const [editing, setEditing] = useState<Iro>()
  const [deleting, setDeleting] = useState<Iro>()
  const [message, setMessage] = useState('')
  const removal = useChange()
  const changed = (sentence: string) => {
    setMessage(sentence)
    data.reload()
  }
  const remove = async (iro: Iro) => {
    const route = server.assessments[':id'].iros[':iroId']
    if (await removal.run(() => call(route.$delete({ param: { ...param, iroId: iro.id } })))) {
      setDeleting(undefined)
      changed(r.deleted)
    }
  }
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
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      {data.state === 'loading' && <Loading label={common.loading} />}
      {data.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={data.reload} />
      )}
      {data.state === 'ready' && (
        <>
          <DmMatrix
            assessment={assessment}
            result={data.data.result}
            iros={data.data.iros}
            issues={data.data.issues}
          />
          {data.data.iros.length === 0 && <Empty title={t.none} />}
          <ul class="iro-list stack">
            {data.data.iros.map((iro) => (
              <IroCard
                key={iro.id}
                assessmentId={assessment.id}
                iro={iro}
                issue={data.data.issues.find((issue) => issue.id === iro.issueId)}
                mayScore={mayScore}
                mayChange={mayChange}
                onSaved={data.reload}
                onEdit={setEditing}
                onDelete={setDeleting}
              />
            ))}
          </ul>
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
                send={(body) =>
                  call(
                    server.assessments[':id'].iros.$post({
                      param,
                      // A new IRO starts with no affected stakeholders or evidence (import adds them).
                      json: { ...body, affectedStakeholders: [], evidence: [] },
                    }),
                  )
                }
                onDone={data.reload}
              />
            </div>
          )}
          {mayChange && (
            <IroImport locale={locale} assessmentId={assessment.id} onImported={changed} />
          )}
          {editing && (
            <IroEdit
              key={editing.id}
              assessmentId={assessment.id}
              iro={editing}
              issues={data.data.issues}
              onSaved={() => {
                setEditing(undefined)
                changed(r.saved)
              }}
              onCancel={() => setEditing(undefined)}
            />
          )}
        </>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={r.deleteTitle}
        confirmLabel={r.delete}
        cancelLabel={r.cancel}
        busy={removal.busy}
        danger
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(undefined)}
      >
        <p>{deleting ? r.deleteBody(deleting.description, deleting.assessors) : ''}</p>
        {removal.errors._ && <p class="error-message">{removal.errors._}</p>}
      </ConfirmDialog>
    </div>
  )
}
