import type { Assessment } from '#db/queries/assessments'
import { conflict } from '../errors.ts'

/** Confirmed and approved assessments are a record: nothing in them changes any more. */
export function assertNotFinal(assessment: Pick<Assessment, 'status'>): void {
  if (assessment.status === 'confirmed' || assessment.status === 'approved') {
    throw conflict(
      'assessment_locked',
      `This assessment is ${assessment.status}; it can no longer change.`,
    )
  }
}

/** Issues may be added, removed or reordered only before anyone has seen the survey. */
export function assertDraft(assessment: Pick<Assessment, 'status'>, what: string): void {
  assertNotFinal(assessment)
  if (assessment.status !== 'draft') {
    throw conflict('assessment_open', `${what} only while the assessment is a draft.`)
  }
}

/**
 * Invitations and reminders go out only while the assessment is a draft or open (409
 * assessment_closed, e.g. "This assessment is closed; invite no more.").
 */
export function assertInviting(assessment: Pick<Assessment, 'status'>, verb: string): void {
  if (assessment.status !== 'draft' && assessment.status !== 'open') {
    throw conflict('assessment_closed', `This assessment is ${assessment.status}; ${verb} no more.`)
  }
}

/**
 * Settings that change scores lock when the assessment opens (surveys/METHOD.md §1): changing them later
 * needs a reason, which the audit log keeps beside the before and after.
 */
export function assertReasonForLocked(
  assessment: Pick<Assessment, 'status'>,
  changed: readonly string[],
  reason: string | undefined,
): void {
  assertNotFinal(assessment)
  if (assessment.status === 'draft' || changed.length === 0 || reason) return
  throw conflict(
    'setting_locked',
    `These settings locked when the assessment opened: ${changed.join(', ')}. Give a reason to change them.`,
  )
}

/** The keys of `after` whose values differ from `before` (deep, key order ignored). */
export function changedKeys<T extends object>(before: T, after: Partial<T>): (keyof T & string)[] {
  return (Object.keys(after) as (keyof T & string)[]).filter(
    (key) => after[key] !== undefined && canonical(after[key]) !== canonical(before[key]),
  )
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  )
}

/** The changed fields only, before and after, for the audit log. */
export function auditDiff<T extends object>(before: T, after: Partial<T>, keys: (keyof T)[]) {
  const pick = (record: Partial<T>) => Object.fromEntries(keys.map((key) => [key, record[key]]))
  return { before: pick(before), after: pick(after) }
}
