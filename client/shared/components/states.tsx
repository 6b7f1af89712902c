import type { ComponentChildren } from 'preact'

/** A polite loading message; screen readers hear it once. */
export function Loading(props: { label: string }) {
  return (
    <div class="state state--loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {props.label}
    </div>
  )
}

export function Empty(props: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state state--empty">
      <h2>{props.title}</h2>
      {props.children}
    </div>
  )
}

export function ErrorState(props: { message: string; retryLabel?: string; onRetry?: () => void }) {
  return (
    <div class="state state--error" role="alert">
      <p>{props.message}</p>
      {props.onRetry && (
        <button type="button" class="button button--secondary" onClick={props.onRetry}>
          {props.retryLabel}
        </button>
      )}
    </div>
  )
}
