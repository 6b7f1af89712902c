import { Hono } from 'hono'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { listAssessmentsFor } from '../services/assessments.ts'

export function assessmentsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/', async (c) => {
    return c.json({ assessments: await listAssessmentsFor(deps, requireUser(c)) })
  })
}
