import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'

/**
 * A modal question in the native <dialog>: it traps focus, closes on Escape and returns focus
 * to what opened it, without code of ours for any of that.
 */
export function ConfirmDialog(props: {
  open: boolean
  title: string
  confirmLabel: string
  cancelLabel: string
  busy?: boolean
  onConfirm(): void
  onCancel(): void
  children: ComponentChildren
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (props.open && !dialog.open) dialog.showModal()
    if (!props.open && dialog.open) dialog.close()
  }, [props.open])
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="dialog-title"
      onClose={() => props.open && props.onCancel()}
    >
      <h2 id="dialog-title">{props.title}</h2>
      {props.children}
      <div class="button-row">
        <button type="button" class="button" disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </dialog>
  )
}
