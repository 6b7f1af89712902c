import type { Executor } from '#db/client'
import { type AuditFilter, type AuditRow, listAudit, listAuditFacets } from '#db/queries/audit'
import { csvDocument } from '#surveys/reports/csv'
import { type AuditQuery, auditRange } from '#surveys/schemas/audit'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN } from './access.ts'

function filterOf(assessmentId: number, query: AuditQuery): AuditFilter {
  return {
    assessmentId,
    entity: query.entity,
    action: query.action,
    actorId: query.actor ? Number(query.actor) : undefined,
    ...auditRange(query),
  }
}

function presentEntry(row: AuditRow) {
  return {
    id: String(row.id),
    at: row.createdAt.toISOString(),
    actor:
      row.actorId === null
        ? null
        : { id: String(row.actorId), name: row.actorName, email: row.actorEmail },
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    reason: row.reason,
  }
}

/**
 * One page of an assessment's audit trail, newest first. `nextCursor` fetches the next (older)
 * page; the first page also carries the filter menus' choices.
 */
export async function listAssessmentAudit(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: AuditQuery,
) {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  const { db } = deps.database
  const filter = {
    ...filterOf(assessmentId, query),
    belowId: query.cursor ? Number(query.cursor) : undefined,
  }
  // One more than asked tells whether another page exists without counting.
  const rows = await listAudit(db, filter, query.limit + 1)
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    entries: page.map(presentEntry),
    nextCursor: rows.length > query.limit && last ? String(last.id) : null,
    ...(query.cursor ? {} : { facets: presentFacets(await listAuditFacets(db, assessmentId)) }),
  }
}

function presentFacets(facets: Awaited<ReturnType<typeof listAuditFacets>>) {
  return { ...facets, actors: facets.actors.map((a) => ({ ...a, id: String(a.id) })) }
}

const CSV_HEADER = [
  'id',
  'time (UTC)',
  'actor id',
  'actor name',
  'actor email',
  'action',
  'entity',
  'entity id',
  'before',
  'after',
  'reason',
]
const CSV_BATCH = 1000

/** The whole filtered trail as CSV (newest first), for the page's download. */
export async function assessmentAuditCsv(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: AuditQuery,
): Promise<string> {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  return auditLogCsv(deps.database.db, filterOf(assessmentId, query))
}

/**
 * An assessment's audit log as CSV, read in keyset batches; no access check, so the caller
 * (the page's download, the evidence pack) has done it.
 */
export async function auditLogCsv(db: Executor, filter: AuditFilter): Promise<string> {
  const rows: AuditRow[] = []
  for (let belowId: number | undefined; ; ) {
    const batch = await listAudit(db, { ...filter, belowId }, CSV_BATCH)
    rows.push(...batch)
    if (batch.length < CSV_BATCH) break
    belowId = batch.at(-1)?.id
  }
  return csvDocument(
    CSV_HEADER,
    rows.map((row) => [
      row.id,
      row.createdAt.toISOString(),
      row.actorId,
      row.actorName,
      row.actorEmail,
      row.action,
      row.entity,
      row.entityId,
      json(row.before),
      json(row.after),
      row.reason,
    ]),
  )
}

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value)
