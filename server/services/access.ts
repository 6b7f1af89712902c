import { type Assessment, findAssessment } from '#db/queries/assessments'
import type { Role } from '#surveys/domain'
import { PERMISSIONS } from '#surveys/permissions'
import type { AppDeps, SessionUser } from '../context.ts'
import { forbidden, notFound } from '../errors.ts'

/** Who may do what (DESIGN §7); the table lives in surveys/ so the client reads the same one. */
export const CAN = PERMISSIONS

export function roleIn(user: SessionUser, organisationId: number): Role | undefined {
  return user.memberships.find((m) => m.organisationId === organisationId)?.role
}

/** Throws 403 unless the user holds one of `roles` in the organisation. */
export function authorize(user: SessionUser, organisationId: number, roles: readonly Role[]): Role {
  const role = roleIn(user, organisationId)
  if (!role) throw forbidden('This belongs to an organisation you are not a member of.')
  if (!roles.includes(role)) throw forbidden(`Your role (${role}) cannot do this.`)
  return role
}

/** The assessment, if it exists (404) and the user may act on it with one of `roles` (403). */
export async function assessmentFor(
  { database: { db } }: AppDeps,
  user: SessionUser,
  assessmentId: number,
  roles: readonly Role[],
): Promise<Assessment & { role: Role }> {
  const assessment = await findAssessment(db, assessmentId)
  if (!assessment) throw notFound('The assessment')
  return { ...assessment, role: authorize(user, assessment.organisationId, roles) }
}
