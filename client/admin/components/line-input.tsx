import type { JSX } from 'preact'

type LineInputProps = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'onInput' | 'rows'> & {
  value: string
  onInput(value: string): void
}

/**
 * A one-line text box for a name: a textarea of one row that wraps and grows (class
 * `line-input`), so a long name is read whole where an input would cut it short. Enter still
 * submits its form, and a line break typed or pasted becomes a space.
 * @example <LineInput id="name" value={name} onInput={setName} />
 */
export function LineInput({ onInput, class: className, ...textarea }: LineInputProps) {
  return (
    <textarea
      {...textarea}
      class={className ? `line-input ${className}` : 'line-input'}
      rows={1}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return
        e.preventDefault()
        e.currentTarget.form?.requestSubmit()
      }}
      onInput={(e) => onInput(e.currentTarget.value.replace(/\s*\n\s*/g, ' '))}
    />
  )
}
