import { listAssessments } from '#db/queries/assessments'
import type { AppDeps, SessionUser } from '../context.ts'

/** Every assessment of the organisations the user belongs to, newest first. */
export async function listAssessmentsFor({ database: { db } }: AppDeps, user: SessionUser) {
  const rows = await listAssessments(
    db,
    user.memberships.map((m) => m.organisationId),
  )
  return rows.map((a) => ({
    id: String(a.id),
    organisationId: String(a.organisationId),
    name: a.name,
    status: a.status,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    createdAt: a.createdAt.toISOString(),
  }))
}
