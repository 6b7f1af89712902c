import type { ComponentChildren } from 'preact'
import type { FieldErrors } from '../../shared/form.ts'

/**
 * The card a file import sits in — contacts and the IRO register: title, lead, the file field,
 * any further field (contacts' pasted CSV), the failure, the import button, then what the import
 * refused (`refused`, the RowErrors table). Its state comes from useFileImport.
 */
export function ImportCard(props: {
  id: string
  heading: 'h2' | 'h3'
  title: string
  lead: string
  fileLabel: string
  importLabel: string
  importingLabel: string
  state: {
    version: number
    setFile(file: File | undefined): void
    busy: boolean
    errors: FieldErrors
    send(skipInvalid: boolean): Promise<void>
  }
  children?: ComponentChildren
  refused?: ComponentChildren
}) {
  const { state } = props
  const Heading = props.heading
  const failure = state.errors._
  return (
    <section class="card stack" aria-labelledby={`${props.id}-title`}>
      <div>
        <Heading id={`${props.id}-title`}>{props.title}</Heading>
        <p class="hint">{props.lead}</p>
      </div>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault()
          state.send(false)
        }}
      >
        <div class="field">
          <label for={`${props.id}-file`}>{props.fileLabel}</label>
          <input
            key={state.version}
            id={`${props.id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(event) => state.setFile(event.currentTarget.files?.[0])}
          />
        </div>
        {props.children}
        {failure && (
          <p class="error-message" role="alert">
            {failure}
          </p>
        )}
        <div class="button-row">
          <button type="submit" class="button" disabled={state.busy}>
            {state.busy ? props.importingLabel : props.importLabel}
          </button>
        </div>
      </form>
      {props.refused}
    </section>
  )
}
