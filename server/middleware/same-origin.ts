import type { MiddlewareHandler } from 'hono'
import type { AppConfig, AppEnv } from '../context.ts'
import { DomainError } from '../errors.ts'
import { ownOrigin } from './client-address.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF defence for cookie-authenticated requests: a state-changing request must come from our
 * own origin. Browsers always send Origin on such requests; clients without a browser (curl,
 * scripts) send none and carry no ambient cookie risk, so a missing Origin is allowed unless
 * Sec-Fetch-Site says the request is cross-site.
 */
export function sameOrigin(config: AppConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin')
      const crossSite = c.req.header('sec-fetch-site') === 'cross-site'
      if ((origin && origin !== ownOrigin(c, config)) || (!origin && crossSite)) {
        throw new DomainError(403, 'cross_origin', 'Requests from other sites are not accepted.')
      }
    }
    await next()
  }
}
