import type { JSX } from 'preact'

interface FieldProps extends Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'label'> {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
}

/** A labelled input with its hint and error tied to it for screen readers. */
export function Field({ id, label, hint, error, class: className, ...input }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return (
    <div class={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error-message">
          {error}
        </p>
      )}
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  )
}
