/**
 * The end of the IRO form: the error that belongs to no field, the submit button (its label
 * while busy), cancel when the form is in a dialog, and the notice once it is saved.
 */
export function IroFormActions(props: {
  error?: string
  busy: boolean
  done: boolean
  submitLabel: string
  busyLabel: string
  doneLabel: string
  onCancel?: () => void
  cancelLabel?: string
}) {
  return (
    <>
      {props.error && (
        <p class="error-message" role="alert">
          {props.error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={props.busy}>
          {props.busy ? props.busyLabel : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button button--secondary" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        )}
        {props.done && (
          <p class="notice" role="status">
            {props.doneLabel}
          </p>
        )}
      </div>
    </>
  )
}
