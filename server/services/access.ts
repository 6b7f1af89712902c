import type { Tx } from '#db/client'
import { type Assessment, findAssessment, lockAssessment } from '#db/queries/assessments'
import { type AuditEntry, insertAudit } from '#db/queries/audit'
import type { Role } from '#surveys/domain/model'
import { PERMISSIONS, type Permission } from '#surveys/domain/permissions'
import type { AppDeps, SessionUser } from '../context.ts'
import { forbidden, notFound } from '../errors.ts'

/** Who may do what; the table lives in surveys/ so the client reads the same one. */
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

export type AssessmentWithRole = Assessment & { role: Role }

/**
 * The user's role on an assessment: another organisation's assessment is 404 like one that does
 * not exist (its id says nothing), a role without the permission is 403.
 */
function roleOn(
  user: SessionUser,
  assessment: Assessment | undefined,
  roles: readonly Role[],
): AssessmentWithRole {
  const role = assessment && roleIn(user, assessment.organisationId)
  if (!assessment || !role) throw notFound('The assessment')
  if (!roles.includes(role)) throw forbidden(`Your role (${role}) cannot do this.`)
  return { ...assessment, role }
}

/** The assessment, for reading: 404 unless it exists in one of the user's organisations, 403 by role. */
export async function assessmentFor(
  { database: { db } }: AppDeps,
  user: SessionUser,
  assessmentId: number,
  roles: readonly Role[],
): Promise<AssessmentWithRole> {
  return roleOn(user, await findAssessment(db, assessmentId), roles)
}

/** An audit entry of this assessment by this user: the verb says only what happened. */
export type AuditOf = (
  entry: Omit<AuditEntry, 'organisationId' | 'assessmentId' | 'actorId'>,
) => Promise<void>

/**
 * The one way a verb changes an assessment: opens a transaction, locks the assessment's row
 * (SELECT … FOR UPDATE), checks the user's role on it (surveys/domain/permissions.ts), then runs the
 * verb with the locked row — its state checks see what the verb before it left, and nothing
 * changes it until this commits. `audit` writes the verb's audit entry in the same transaction.
 * @example withAssessment(deps, user, id, 'edit', (tx, assessment, audit) => …)
 */
export async function withAssessment<T>(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  permission: Permission,
  verb: (tx: Tx, assessment: AssessmentWithRole, audit: AuditOf) => Promise<T>,
): Promise<T> {
  return deps.database.db.transaction(async (tx) => {
    const assessment = roleOn(user, await lockAssessment(tx, assessmentId), PERMISSIONS[permission])
    const audit: AuditOf = (entry) =>
      insertAudit(tx, {
        ...entry,
        organisationId: assessment.organisationId,
        assessmentId,
        actorId: user.id,
      })
    return verb(tx, assessment, audit)
  })
}
