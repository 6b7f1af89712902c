import { Hono } from 'hono'
import type { AppDeps, AppEnv } from '../context.ts'
import { checkHealth } from '../services/health.ts'

/**
 * Probes for load balancers and orchestrators. /healthz: can this instance serve requests (its
 * database answers)? 503 when not, so traffic goes elsewhere. /livez: is the process itself
 * alive? It never touches the database, so a database outage does not get every instance
 * restarted.
 */
export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/healthz', async (c) => {
      c.header('Cache-Control', 'no-store')
      const { healthy, database } = await checkHealth(deps)
      if (healthy) return c.json({ status: 'ok', database })
      return c.json({ status: 'unavailable', database }, 503)
    })
    .get('/livez', (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ status: 'ok' })
    })
}
