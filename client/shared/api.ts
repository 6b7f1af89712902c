/** The one place the client talks to the server. Errors arrive as ApiError with field messages. */

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

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  init: RequestInit = {},
): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...init,
    })
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
  return json as T
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export const get = <T>(path: string) => api<T>('GET', path)
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body)
export const put = <T>(path: string, body: unknown = {}) => api<T>('PUT', path, body)
export const patch = <T>(path: string, body: unknown = {}) => api<T>('PATCH', path, body)
export const del = <T>(path: string) => api<T>('DELETE', path)
