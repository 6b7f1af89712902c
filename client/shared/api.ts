import { type ClientResponse, hc } from 'hono/client'
import type { AppType } from '#server/app'

/**
 * The one place the client talks to the server. `server` is hono's RPC client: its paths, request
 * bodies and answers are the routes' own types (server/app.ts); one step in `call` is asserted. `call`
 * turns an answer into its data, and every failure into an ApiError with the field messages.
 * @example const { issues } = await call(server.assessments[':id'].issues.$get({ param: { id } }))
 */
export const server = hc<AppType>('/', { init: { credentials: 'same-origin' } }).api

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The server's refusal, {error:{code,message,fields?}} (server/errors.ts), as far as it is one. */
interface Refusal {
  code?: string
  message?: string
  fields?: Record<string, string[]>
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isFields = (value: unknown): value is Record<string, string[]> =>
  isObject(value) &&
  Object.values(value).every((m) => Array.isArray(m) && m.every((s) => typeof s === 'string'))

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * A refusal's body read part by part, each checked, not assumed; a part not of its type is left
 * out. By hand rather than with a valibot schema: valibot's object, record and array code cost
 * the survey 0.6 KB of its 20 KB on the wire (brotli) for these three checks.
 * @example refusalOf({ error: { code: 'invalid', fields: { name: ['Required'] } } })
 */
export function refusalOf(json: unknown): Refusal {
  const error = isObject(json) && isObject(json.error) ? json.error : {}
  return {
    code: text(error.code),
    message: text(error.message),
    fields: isFields(error.fields) ? error.fields : undefined,
  }
}

/** status 0 = the request never reached the server. */
export const isNetworkError = (error: unknown) => error instanceof ApiError && error.status === 0

// biome-ignore lint/suspicious/noExplicitAny: matches a response of any route
type AnyResponse = ClientResponse<any, number, string>

/** What a route answers when it succeeds: its JSON, or undefined for an empty answer (204). */
export type Answer<R> =
  R extends ClientResponse<infer T, infer _S, infer F> ? (F extends 'json' ? T : undefined) : never

/**
 * What a route of `server` answers when it succeeds, e.g. the type of a page's data.
 * @example type Questionnaire = Data<(typeof server.survey)[':token']['$get']>
 */
// biome-ignore lint/suspicious/noExplicitAny: any route's arguments
export type Data<F extends (...args: any[]) => Promise<AnyResponse>> = Answer<
  Awaited<ReturnType<F>>
>

/** Waits for a request made with `server`; its data, or an ApiError (status 0: no network). */
export async function call<R extends AnyResponse>(request: Promise<R>): Promise<Answer<R>> {
  let response: R
  try {
    response = await request
  } catch {
    throw new ApiError(0, 'network', 'network')
  }
  const text = await response.text()
  const json: unknown = text ? safeParse(text) : undefined
  if (!response.ok) {
    const error = refusalOf(json)
    throw new ApiError(
      response.status,
      error.code ?? 'error',
      error.message ?? response.statusText,
      error.fields,
    )
  }
  // The one assertion, and why it is sound. The body is what the route's handler passed to
  // c.json, and R is that handler's own answer type: hc<AppType> takes it from the same source
  // (server/app.ts), which the same build serves. TypeScript cannot see this inside a generic
  // function: with R unresolved, neither `response.json()` nor hono's `parseResponse` has a type
  // that Answer<R> can be checked against (both come back as `any`, which would hide the step
  // rather than state it). Failures never reach this line; they are ApiErrors above.
  return json as Answer<R>
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
