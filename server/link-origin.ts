import type { Context } from 'hono'
import type { AppConfig } from './context.ts'
import { DomainError } from './errors.ts'
import { ownOrigin } from './middleware/client-address.ts'

type LinkConfig = Pick<AppConfig, 'publicUrl' | 'allowedHosts' | 'production' | 'trustProxy'>

/**
 * The origin survey links are built on. A link goes to stakeholders by email and on posters,
 * so its address must be ours: PUBLIC_URL when set; otherwise the request's Host, but only a
 * host on ALLOWED_HOSTS when that list is set, and always so in production. Without either,
 * outside production (`npm start` on localhost), any Host goes, as a developer expects.
 * @example linkOrigin(c, { production: true, allowedHosts: ['esg.example.com'], trustProxy: false })
 */
export function linkOrigin(c: Context, config: LinkConfig): string {
  if (config.publicUrl) return new URL(config.publicUrl).origin
  const origin = ownOrigin(c, config)
  if (!config.production && !config.allowedHosts?.length) return origin
  if (isAllowed(new URL(origin), config.allowedHosts ?? [])) return origin
  throw new DomainError(
    400,
    'host_not_allowed',
    'Links cannot be made on this address. Open the app on its public address, or ask the operator to set PUBLIC_URL or ALLOWED_HOSTS.',
  )
}

/** An entry matches the host name; one with a port matches that port only. */
function isAllowed(origin: URL, allowedHosts: readonly string[]): boolean {
  return allowedHosts.some((entry) => {
    const allowed = new URL(`http://${entry}`)
    return allowed.hostname === origin.hostname && (!allowed.port || allowed.port === origin.port)
  })
}

/** Where links take their address from, for the start-up log. */
export function describeLinkOrigin(config: LinkConfig): string {
  if (config.publicUrl) return `PUBLIC_URL (${new URL(config.publicUrl).origin})`
  if (config.allowedHosts?.length) {
    return `the request's Host, only ${config.allowedHosts.join(', ')} (ALLOWED_HOSTS)`
  }
  return "the request's Host, any (development: set PUBLIC_URL or ALLOWED_HOSTS in production)"
}
