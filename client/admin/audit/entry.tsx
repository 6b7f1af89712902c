import { ASSESSMENT_STATUSES, type AssessmentStatus, ROLES, type Role } from '#surveys/domain/model'
import { adminText } from '#surveys/i18n/admin'
import { auditActionText, auditEntityText, auditFieldText, auditText } from '#surveys/i18n/audit'
import type { Locale } from '#surveys/i18n/locales'
import { membersText } from '#surveys/i18n/members'
import { auditDiff, type DiffRow } from '#surveys/reports/audit-diff'
import { formatDate } from '../../shared/dates.ts'

export interface AuditEntry {
  id: string
  at: string
  actor: { id: string; name: string | null; email: string | null } | null
  action: string
  entity: string
  entityId: string | null
  before: unknown
  after: unknown
  reason: string | null
}

/** A code's label from a catalog, or the code itself when the catalog does not know it. */
export function labelOf(labels: Record<string, unknown>, code: string): string {
  const label = labels[code]
  return typeof label === 'string' ? label : code
}

/** Values as people read them: statuses and roles named, booleans as yes/no, lists joined. */
function readable(field: string, value: unknown, locale: Locale): string {
  const t = auditText[locale]
  if (value === undefined || value === null || value === '') return t.notSet
  if (typeof value === 'boolean') return value ? t.yes : t.no
  const last = field.split('.').at(-1)
  if (last === 'status' && ASSESSMENT_STATUSES.includes(value as AssessmentStatus))
    return adminText[locale][`status_${value as AssessmentStatus}`]
  if (last === 'role' && ROLES.includes(value as Role))
    return membersText[locale][`role_${value as Role}`]
  if (Array.isArray(value)) return value.map((item) => readable(field, item, locale)).join('; ')
  if (typeof value === 'object') {
    // A record inside a list (an override: issue, material, reason) as "Label: value" pairs.
    const fields = auditFieldText[locale]
    return Object.entries(value)
      .map(([key, inner]) => `${labelOf(fields, key)}: ${readable(key, inner, locale)}`)
      .join(t.pairSeparator)
  }
  return String(value)
}

function DiffValue(props: { row: DiffRow; side: 'before' | 'after'; locale: Locale }) {
  const { row, side, locale } = props
  const text = readable(row.field, row[side], locale)
  if (row.kind === 'same' || row[side] === undefined) return <>{text}</>
  return side === 'before' ? <del>{text}</del> : <ins>{text}</ins>
}

/** One entry of the timeline: when, who, what, why, and what changed. */
export function AuditEntryItem(props: { entry: AuditEntry; locale: Locale }) {
  const { entry, locale } = props
  const t = auditText[locale]
  const rows = auditDiff(entry.before, entry.after)
  const titleId = `entry-${entry.id}`
  return (
    <li class="timeline-entry" aria-labelledby={titleId}>
      <p class="timeline-meta">
        <time dateTime={entry.at}>{formatDate(entry.at, locale)}</time>
        <span class="timeline-actor" title={entry.actor?.email ?? undefined}>
          {entry.actor ? (entry.actor.name ?? entry.actor.email ?? entry.actor.id) : t.system}
        </span>
      </p>
      <h2 class="timeline-title" id={titleId}>
        {labelOf(auditActionText[locale], entry.action)}
        <span aria-hidden="true"> · </span>
        <span class="visually-hidden">, </span>
        {labelOf(auditEntityText[locale], entry.entity)}
        {entry.entityId && <span class="timeline-id"> {t.entityId(entry.entityId)}</span>}
      </h2>
      {entry.reason && (
        <p class="timeline-reason">
          <strong>{t.reason}:</strong> {entry.reason}
        </p>
      )}
      {rows.length > 0 && <DiffTable rows={rows} locale={locale} />}
    </li>
  )
}

/**
 * The changed fields. A creation (every field new) or a removal shows one column of values;
 * a change shows before and after, struck out and inserted.
 */
function DiffTable(props: { rows: DiffRow[]; locale: Locale }) {
  const { rows, locale } = props
  const t = auditText[locale]
  const fields = auditFieldText[locale]
  type Side = 'before' | 'after'
  const only: Side | undefined = rows.every((r) => r.kind === 'added')
    ? 'after'
    : rows.every((r) => r.kind === 'removed')
      ? 'before'
      : undefined
  const sides: readonly Side[] = only ? [only] : ['before', 'after']
  return (
    <table class={`diff${only ? ' diff--single' : ''}`}>
      <caption class="visually-hidden">{t.changes}</caption>
      <thead>
        <tr>
          <th scope="col">{t.field}</th>
          {only ? (
            <th scope="col">{t.value}</th>
          ) : (
            sides.map((side) => (
              <th key={side} scope="col">
                {t[side]}
              </th>
            ))
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} class={`diff-row diff-row--${row.kind}`}>
            <th scope="row">
              {row.field
                .split('.')
                .map((key) => labelOf(fields, key))
                .join(' › ')}
            </th>
            {sides.map((side) => (
              <td key={side}>
                {only ? (
                  readable(row.field, row[side], locale)
                ) : (
                  <DiffValue row={row} side={side} locale={locale} />
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
