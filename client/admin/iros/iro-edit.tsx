import { useEffect, useRef } from 'preact/hooks'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { call, server } from '../../shared/api.ts'
import { useLocale } from '../../shared/locale.tsx'
import type { Issue } from '../assessment-types.ts'
import { IroForm } from './iro-form.tsx'
import type { Iro } from './iro-types.ts'
import { type AffectedGroup, valuesOf } from './iro-values.ts'

/** One IRO in the IRO form, in a modal dialog (focus kept in it, Escape cancels); PATCH saves. */
export function IroEdit(props: {
  assessmentId: string
  iro: Iro
  issues: Issue[]
  groups: readonly AffectedGroup[]
  onSaved(): void
  onCancel(): void
}) {
  const { locale } = useLocale()
  const r = iroRegisterText[locale]
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => ref.current?.showModal(), [])
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="iro-edit-title" onClose={props.onCancel}>
      <IroForm
        idPrefix="iro-edit"
        title={r.editTitle}
        issues={props.issues}
        groups={props.groups}
        initial={valuesOf(props.iro, props.groups)}
        submitLabel={r.save}
        busyLabel={r.saving}
        doneLabel={r.saved}
        send={(json) =>
          call(
            server.assessments[':id'].iros[':iroId'].$patch({
              param: { id: props.assessmentId, iroId: props.iro.id },
              json,
            }),
          )
        }
        onDone={props.onSaved}
        onCancel={props.onCancel}
        cancelLabel={r.cancel}
      />
    </dialog>
  )
}
