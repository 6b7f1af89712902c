import * as v from 'valibot'

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503
/** Field name (dot path) → messages. */
export type FieldErrors = Record<string, string[]>

/** An error meant for the client: status, a stable code, a readable message. */
export class DomainError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
    readonly headers?: Record<string, string>,
    /** More the client can act on, beside code and message, e.g. `nextAt`. */
    readonly details?: Record<string, string>,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const badRequest = (message: string, fields?: FieldErrors) =>
  new DomainError(400, 'invalid', message, fields)
export const unauthorized = (message = 'Sign in to continue.') =>
  new DomainError(401, 'unauthorized', message)
export const forbidden = (message = 'You do not have access to this.') =>
  new DomainError(403, 'forbidden', message)
export const notFound = (what = 'That') =>
  new DomainError(404, 'not_found', `${what} was not found.`)
export const conflict = (code: string, message: string) => new DomainError(409, code, message)
export const gone = (code: string, message: string) => new DomainError(410, code, message)
export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError(429, 'rate_limited', 'Too many attempts. Try again later.', undefined, {
    'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  })

/** Nothing was done, for a reason that passes: the client may send the same request again. */
export const serviceUnavailable = (code: string, message: string, retryAfterSeconds: number) =>
  new DomainError(503, code, message, undefined, {
    'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  })

/** Turns valibot issues into `{ "ratings.3.score": ["…"] }`. */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) {
    const key = v.getDotPath(issue) ?? '_'
    fields[key] = [...(fields[key] ?? []), issue.message]
  }
  return fields
}

/**
 * Parses input with a schema or throws a 400 that names every bad field.
 * @example const body = parseInput(LoginBody, await c.req.json())
 */
export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input)
  if (result.success) return result.output
  throw badRequest('Some fields are not valid.', fieldErrors(result.issues))
}
