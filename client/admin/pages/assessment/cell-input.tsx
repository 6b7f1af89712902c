import type { Locale } from '#surveys/i18n/locales'
import { LineInput } from '../../components/line-input.tsx'

/**
 * An input in a table cell: labelled by its column header, its error right under it. A name is
 * a LineInput, which wraps and grows, so a long name is read whole; Enter still saves.
 */
export function CellInput(props: {
  multiline: boolean
  id: string
  form: string
  label: string
  value: string
  error?: string | undefined
  readOnly: boolean
  lang?: Locale | undefined
  onInput(value: string): void
}) {
  const attributes = {
    id: props.id,
    form: props.form,
    lang: props.lang,
    value: props.value,
    readOnly: props.readOnly,
    'aria-label': props.label,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? `${props.id}-error` : undefined,
  }
  return (
    <div class={props.error ? 'cell-field field--error' : 'cell-field'}>
      {props.multiline ? (
        <LineInput {...attributes} onInput={props.onInput} />
      ) : (
        <input {...attributes} type="text" onInput={(e) => props.onInput(e.currentTarget.value)} />
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      )}
    </div>
  )
}
