import { useEffect, useRef } from 'preact/hooks'

export interface SummaryError {
  /** The id of the field to jump to; omit for errors that belong to no field. */
  field?: string
  message: string
}

/**
 * The GOV.UK error summary: a titled box at the top that takes focus and links to each field.
 * https://design-system.service.gov.uk/components/error-summary/
 */
export function ErrorSummary(props: {
  title: string
  errors: SummaryError[]
  /** Go to a field that may be on another page; by default the field here takes focus. */
  onSelect?: (field: string) => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  const count = props.errors.length
  useEffect(() => {
    if (count > 0) ref.current?.focus()
  }, [props.errors])
  if (count === 0) return null
  return (
    <div
      class="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{props.title}</h2>
      <ul>
        {props.errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>
            {error.field ? (
              <a
                href={`#${error.field}`}
                onClick={(event) => {
                  event.preventDefault()
                  if (props.onSelect && error.field) return props.onSelect(error.field)
                  const target = document.getElementById(error.field ?? '')
                  target?.focus()
                  target?.scrollIntoView({ block: 'center' })
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
