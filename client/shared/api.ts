import { type ClientResponse, hc } from 'hono/client'
import type { AppType } from '#server/app'

/**
 * The one place the client talks to the server. `server` is hono's RPC client: its paths, request
 * bodies and answers are the routes' own types (server/app.ts), so nothing is cast here. `call`
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

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string[]> }
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
    const error = (json as ErrorBody | undefined)?.error
    throw new ApiError(
      response.status,
      error?.code ?? 'error',
      error?.message ?? response.statusText,
      error?.fields,
    )
  }
  // The body is what the route answered: its type is the route's own (the one assertion left).
  return json as Answer<R>
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
