import type { Context } from 'hono'
import type { AppConfig } from '../context.ts'

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } }
}

/**
 * The client's address. Behind a proxy (TRUST_PROXY) it is the last X-Forwarded-For entry: the
 * one our own proxy appended, which a client cannot forge.
 */
export function clientAddress(c: Context, config: Pick<AppConfig, 'trustProxy'>): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded
  }
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown'
}

export function isHttps(c: Context, config: Pick<AppConfig, 'trustProxy'>): boolean {
  if (config.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') {
    return true
  }
  return new URL(c.req.url).protocol === 'https:'
}

/** The origin this request reached us on: PUBLIC_URL when set, else the request's own. */
export function ownOrigin(c: Context, config: Pick<AppConfig, 'trustProxy' | 'publicUrl'>): string {
  if (config.publicUrl) return new URL(config.publicUrl).origin
  const url = new URL(c.req.url)
  const host =
    (config.trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host') || url.host
  return `${isHttps(c, config) ? 'https' : 'http'}://${host}`
}
