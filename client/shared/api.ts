import { type ClientResponse, hc } from 'hono/client'
import * as v from 'valibot'
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

/** The server's refusal: {error:{code,message,fields?}} (server/errors.ts), read, not assumed. */
const ErrorBody = v.object({
  error: v.object({
    code: v.optional(v.string()),
    message: v.optional(v.string()),
    fields: v.optional(v.record(v.string(), v.array(v.string()))),
  }),
})

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
    const parsed = v.safeParse(ErrorBody, json)
    const error = parsed.success ? parsed.output.error : {}
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
