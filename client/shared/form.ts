import * as v from 'valibot'
import { ApiError } from './api.ts'
import type { SummaryError } from './components/error-summary.tsx'

export type FieldErrors = Record<string, string>

/**
 * Checks form values with the same valibot schema the server uses, so the browser shows the
 * server's messages before anything is sent.
 */
export function validateForm<S extends v.GenericSchema>(
  schema: S,
  values: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; errors: FieldErrors } {
  const result = v.safeParse(schema, values)
  if (result.success) return { ok: true, value: result.output }
  const errors: FieldErrors = {}
  for (const issue of result.issues) {
    const key = v.getDotPath(issue) ?? '_'
    errors[key] ??= issue.message
  }
  return { ok: false, errors }
}

/** Field errors from a failed request; other errors go under `_`. */
export function errorsFromApi(error: unknown, fallback: string): FieldErrors {
  if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
    return Object.fromEntries(
      Object.entries(error.fields).map(([key, messages]) => [key, messages[0] ?? '']),
    )
  }
  const readable = error instanceof ApiError && error.status !== 0 && error.status < 500
  return { _: readable ? error.message : fallback }
}

/** The summary entries for a set of field errors, in the order the fields appear. */
export function summarise(errors: FieldErrors, order: string[]): SummaryError[] {
  const known = order
    .filter((field) => errors[field])
    .map((field) => ({ field, message: errors[field]! }))
  const other = Object.entries(errors)
    .filter(([field]) => !order.includes(field))
    .map(([, message]) => ({ message }))
  return [...known, ...other]
}
