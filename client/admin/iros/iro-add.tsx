import { doubleText } from '#surveys/i18n/double-materiality'
import { useLocale } from '../../shared/locale.tsx'
import type { Issue } from '../assessment-types.ts'
import { IroForm } from './iro-form.tsx'
import { type AffectedGroup, EMPTY_IRO } from './iro-values.ts'
import type { useIroRegister } from './use-iro-register.ts'

/** The IRO form on a card for adding an IRO to the register; it empties after each one. */
export function IroAdd(props: {
  issues: Issue[]
  groups: readonly AffectedGroup[]
  add: ReturnType<typeof useIroRegister>['add']
  onDone(): void
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  return (
    <div class="card">
      <IroForm
        idPrefix="iro"
        title={t.addTitle}
        issues={props.issues}
        groups={props.groups}
        initial={EMPTY_IRO}
        submitLabel={t.add}
        busyLabel={t.adding}
        doneLabel={t.added}
        emptyAfter
        send={props.add}
        onDone={props.onDone}
      />
    </div>
  )
}
