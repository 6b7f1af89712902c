import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

/**
 * Refuses request bodies over `maxSize` bytes. A declared Content-Length is enough to decide
 * (Node's parser never reads past it); only chunked bodies are counted as they stream. hono's
 * own bodyLimit touches the request body first, which makes @hono/node-server build a full
 * web Request for every call: measurable on the submit path.
 */
export function limitBody(maxSize: number, onError: (c: Context) => never): MiddlewareHandler {
  const counting = bodyLimit({ maxSize, onError })
  return async (c, next) => {
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding')) return counting(c, next)
    if (Number(length) > maxSize) onError(c)
    await next()
  }
}
