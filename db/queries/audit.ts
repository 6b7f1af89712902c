import type { Executor } from '../client.ts'
import { auditLog } from '../schema.ts'

export type AuditEntry = typeof auditLog.$inferInsert

/** Appends to the audit log; the table has no update or delete path. */
export async function insertAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry)
}
