import { auditActionText, auditEntityText, auditText } from '#surveys/i18n/audit'
import type { Locale } from '#surveys/i18n/locales'
import { auditDiff, type DiffRow } from '#surveys/reports/audit-diff'
import { formatDate } from '../../shared/dates.ts'
import { labelOf, pathLabel, readableValue } from './readable.ts'

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

function DiffValue(props: { row: DiffRow; side: 'before' | 'after'; locale: Locale }) {
  const { row, side, locale } = props
  const text = readableValue(row.field, row[side], locale)
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
            <th scope="row">{pathLabel(row.field, locale)}</th>
            {sides.map((side) => (
              <td key={side}>
                {only ? (
                  readableValue(row.field, row[side], locale)
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
