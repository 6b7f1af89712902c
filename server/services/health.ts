import { probeDatabase } from '#db/probe'
import type { AppDeps } from '../context.ts'

/** How long /healthz waits for the database: a load balancer's check must answer promptly. */
const HEALTH_TIMEOUT_MS = 1000

/** Whether this instance can serve: its database answers `select 1` within a second. */
export async function checkHealth(deps: AppDeps) {
  const probe = await probeDatabase(deps.database, HEALTH_TIMEOUT_MS)
  return { healthy: probe.ok, database: deps.database.kind }
}
