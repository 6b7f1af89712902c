/** Before/after of an audit entry as rows a person can read: one per changed field. */

export type DiffKind = 'added' | 'removed' | 'changed' | 'same'

export interface DiffRow {
  /** Dot path of the field, e.g. `threshold.p`; empty when the values are not objects. */
  field: string
  before: unknown
  after: unknown
  kind: DiffKind
}

type Flat = Map<string, unknown>

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Nested objects become dot paths; arrays and scalars stay whole values. */
function flatten(value: unknown, prefix = '', into: Flat = new Map()): Flat {
  if (!isRecord(value)) {
    if (value !== null && value !== undefined) into.set(prefix, value)
    return into
  }
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (isRecord(inner) && Object.keys(inner).length > 0) flatten(inner, path, into)
    else into.set(path, inner)
  }
  return into
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The fields of `before` and `after`, in the order they first appear, each marked added,
 * removed, changed or same.
 * @example auditDiff({ status: 'open' }, { status: 'closed' }) // [{ field: 'status', before: 'open', after: 'closed', kind: 'changed' }]
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const was = flatten(before)
  const is = flatten(after)
  const fields = [...new Set([...was.keys(), ...is.keys()])]
  return fields.map((field) => {
    const b = was.get(field)
    const a = is.get(field)
    const kind: DiffKind = !was.has(field)
      ? 'added'
      : !is.has(field)
        ? 'removed'
        : same(b, a)
          ? 'same'
          : 'changed'
    return { field, before: b, after: a, kind }
  })
}
