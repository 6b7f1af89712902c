import type { ComponentChildren } from 'preact'
import { useEffect, useId, useRef } from 'preact/hooks'

/**
 * The one "Are you sure?" for one-way actions, in the native modal <dialog>: it traps focus,
 * closes on Escape and returns focus to what opened it, without code of ours for any of that.
 * Labelled by its title and described by its body.
 * @example <ConfirmDialog open={asking} title="Close the survey?" confirmLabel="Close" …>…</ConfirmDialog>
 */
export function ConfirmDialog(props: {
  open: boolean
  title: string
  confirmLabel: string
  cancelLabel: string
  busy?: boolean
  /** A red confirm button, for what cannot be undone at all (erasing). */
  danger?: boolean
  onConfirm(): void
  onCancel(): void
  children: ComponentChildren
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
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
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={() => props.open && props.onCancel()}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-body`}>{props.children}</div>
      <div class="button-row">
        <button
          type="button"
          class={`button${props.danger ? ' button--danger' : ''}`}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </dialog>
  )
}
