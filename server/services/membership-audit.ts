import type { Executor } from '#db/client'
import { type AuditEntry, insertAudit, insertAuditInOpenAssessments } from '#db/queries/audit'
import type { Role } from '#surveys/domain/model'
import { PERMISSIONS } from '#surveys/domain/permissions'

/**
 * Roles that confirm or approve: approvers, and admins where no approver exists
 * (`eligibleApprovers` in surveys/domain/approval.ts).
 */
const DECIDING: ReadonlySet<Role> = new Set<Role>([...PERMISSIONS.confirm, 'approver', 'admin'])

/**
 * Audits a membership change in the organisation's log and, when a role before or after it may
 * confirm or approve, in the audit trail of every assessment not yet approved: who could decide
 * on a result is part of that result's record (and so of its evidence pack).
 */
export async function auditMembership(
  tx: Executor,
  entry: AuditEntry,
  roles: readonly (Role | undefined)[],
): Promise<void> {
  await insertAudit(tx, entry)
  if (roles.some((role) => role !== undefined && DECIDING.has(role))) {
    await insertAuditInOpenAssessments(tx, entry)
  }
}
