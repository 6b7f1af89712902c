import * as v from 'valibot'
import type { Locale } from '../i18n/locales.ts'
import {
  ContactAffiliation,
  ContactEmail,
  type ContactErrorCode,
  type ContactField,
  ContactGroup,
  ContactLanguage,
  ContactName,
  type ContactRowError,
} from '../schemas/contacts.ts'

/** A contact ready to store: its group matched to a key, its email lower-cased. */
export interface NewContact {
  row: number
  name: string
  email: string
  group: string
  locale: Locale
  affiliation: string
}

/** A stakeholder group a contact may belong to: its key and its names in every language. */
export interface KnownGroup {
  key: string
  names: readonly string[]
}

export interface ContactImportPlan {
  contacts: NewContact[]
  errors: ContactRowError[]
  /** Rows with at least one error. */
  invalidRows: number
}

const FIELD_SCHEMAS = {
  name: ContactName,
  email: ContactEmail,
  group: ContactGroup,
  language: ContactLanguage,
  affiliation: ContactAffiliation,
} as const

const CODE_OF_FIELD: Partial<Record<ContactField, ContactErrorCode>> = {
  email: 'invalid_email',
  language: 'invalid_language',
}

/** The error code for a value a field's schema refused. */
function codeOf(field: ContactField, value: unknown): ContactErrorCode {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
    return 'required'
  }
  if (typeof value === 'string' && value.trim().length > (field === 'email' ? 254 : 200)) {
    return 'too_long'
  }
  return CODE_OF_FIELD[field] ?? 'invalid'
}

/**
 * A group key from what a row says: the key itself or a group's name in any language, in any case.
 * @example groupKeyOf('Customers', groups) // 'customers'
 */
export function groupKeyOf(typed: string, groups: readonly KnownGroup[]): string | undefined {
  const wanted = typed.trim().toLowerCase()
  return groups.find(
    (group) =>
      group.key.toLowerCase() === wanted || group.names.some((n) => n.toLowerCase() === wanted),
  )?.key
}

/**
 * Checks an import row by row: each field, the group against the known groups, an email twice
 * in the file (the later row is the error) or already in the register. Pure; nothing is stored.
 * @example planContactImport([{ row: 2, values: { name: 'Ann', … } }], groups, new Set())
 */
export function planContactImport(
  rows: readonly { row: number; values: unknown }[],
  groups: readonly KnownGroup[],
  registered: ReadonlySet<string>,
): ContactImportPlan {
  const contacts: NewContact[] = []
  const errors: ContactRowError[] = []
  const seen = new Set<string>()
  let invalidRows = 0
  for (const { row, values } of rows) {
    const rowErrors = checkRow(row, values, groups, registered, seen)
    if (rowErrors.errors.length > 0) {
      invalidRows++
      errors.push(...rowErrors.errors)
    } else if (rowErrors.contact) contacts.push(rowErrors.contact)
  }
  return { contacts, errors, invalidRows }
}

function checkRow(
  row: number,
  values: unknown,
  groups: readonly KnownGroup[],
  registered: ReadonlySet<string>,
  seen: Set<string>,
): { contact?: NewContact; errors: ContactRowError[] } {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return { errors: [{ row, field: 'row', code: 'invalid', message: 'Send a contact object.' }] }
  }
  const record = values as Record<string, unknown>
  const errors: ContactRowError[] = []
  const out: Record<string, string> = {}
  for (const [field, schema] of Object.entries(FIELD_SCHEMAS) as [
    ContactField,
    v.GenericSchema,
  ][]) {
    const value = field === 'affiliation' ? (record[field] ?? '') : record[field]
    const result = v.safeParse(schema, value)
    if (result.success) out[field] = result.output as string
    else errors.push({ row, field, code: codeOf(field, value), message: result.issues[0].message })
  }
  const group = out.group === undefined ? undefined : groupKeyOf(out.group, groups)
  if (out.group !== undefined && group === undefined) {
    errors.push({
      row,
      field: 'group',
      code: 'unknown_group',
      message: `No stakeholder group is called “${out.group}”.`,
    })
  }
  const email = out.email
  if (email !== undefined && registered.has(email)) {
    errors.push({
      row,
      field: 'email',
      code: 'already_registered',
      message: `${email} is in the register already.`,
    })
  } else if (email !== undefined && seen.has(email)) {
    errors.push({
      row,
      field: 'email',
      code: 'duplicate_in_file',
      message: `${email} is in an earlier row too.`,
    })
  }
  if (email !== undefined) seen.add(email)
  if (errors.length > 0 || group === undefined || email === undefined) return { errors }
  return {
    errors,
    contact: {
      row,
      name: out.name ?? '',
      email,
      group,
      locale: out.language as Locale,
      affiliation: out.affiliation ?? '',
    },
  }
}
