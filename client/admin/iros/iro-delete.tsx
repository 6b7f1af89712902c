import { iroRegisterText } from '#surveys/i18n/iro-register'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import type { Iro } from './iro-types.ts'

/**
 * Deleting an IRO, asked first: the dialog names the IRO and how many assessors scored it, and
 * shows why the delete was refused.
 */
export function IroDelete(props: {
  iro: Iro | undefined
  removal: { busy: boolean; errors: FieldErrors }
  onConfirm(iro: Iro): void
  onCancel(): void
}) {
  const { locale } = useLocale()
  const r = iroRegisterText[locale]
  const { iro, removal } = props
  return (
    <ConfirmDialog
      open={iro !== undefined}
      title={r.deleteTitle}
      confirmLabel={r.delete}
      cancelLabel={r.cancel}
      busy={removal.busy}
      danger
      onConfirm={() => iro && props.onConfirm(iro)}
      onCancel={props.onCancel}
    >
      <p>{iro ? r.deleteBody(iro.description, iro.assessors) : ''}</p>
      {removal.errors._ && <p class="error-message">{removal.errors._}</p>}
    </ConfirmDialog>
  )
}
