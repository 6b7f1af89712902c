import * as v from 'valibot'
import { LOCALES, type Locale } from '../i18n/locales.ts'
import { withoutBidiControls } from '../reports/plain-text.ts'

/** What people type for a language in a contacts file, lower-cased, beside the codes themselves. */
const LANGUAGE_ALIASES: Record<string, Locale> = {
  en: 'en',
  english: 'en',
  'zh-hant': 'zh-Hant',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  繁體中文: 'zh-Hant',
  繁體: 'zh-Hant',
  'zh-hans': 'zh-Hans',
  'zh-cn': 'zh-Hans',
  简体中文: 'zh-Hans',
  简体: 'zh-Hans',
}

/**
 * A contact's language from a code or a name, in any case.
 * @example contactLanguage('ZH-TW') // 'zh-Hant'
 */
export function contactLanguage(value: string): Locale | undefined {
  return LANGUAGE_ALIASES[value.trim().toLowerCase()]
}

export const ContactName = v.pipe(
  v.string('Enter a name.'),
  withoutBidiControls,
  v.trim(),
  v.nonEmpty('Enter a name.'),
  v.maxLength(200, 'Use at most 200 characters.'),
)

export const ContactEmail = v.pipe(
  v.string('Enter an email address.'),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty('Enter an email address.'),
  v.maxLength(254, 'That email address is too long.'),
  v.email('Enter a valid email address, like name@example.com.'),
)

/** A stakeholder group key or name as typed; the service matches it to a known group. */
export const ContactGroup = v.pipe(
  v.string('Enter a stakeholder group.'),
  withoutBidiControls,
  v.trim(),
  v.nonEmpty('Enter a stakeholder group.'),
  v.maxLength(200, 'Use at most 200 characters.'),
)

export const ContactLanguage = v.pipe(
  v.string('Choose a language.'),
  v.transform((value) => contactLanguage(value) ?? value),
  v.picklist(LOCALES, 'Use one of en, zh-Hant, zh-Hans.'),
)

export const ContactAffiliation = v.pipe(
  v.string('Enter the organisation as text.'),
  withoutBidiControls,
  v.trim(),
  v.maxLength(200, 'Use at most 200 characters.'),
)

/** One contact as imported (a JSON item or a file's row) before its group is matched. */
export const ContactInput = v.object({
  name: ContactName,
  email: ContactEmail,
  group: ContactGroup,
  language: ContactLanguage,
  affiliation: v.optional(ContactAffiliation, ''),
})
export type ContactInput = v.InferOutput<typeof ContactInput>

/** The fields of a contact, in the order a file's columns and errors name them. */
export const CONTACT_FIELDS = ['name', 'email', 'group', 'language', 'affiliation'] as const
export type ContactField = (typeof CONTACT_FIELDS)[number]

/** Most contacts one import takes (a JSON array or a file's rows). */
export const MAX_IMPORT_ROWS = 5000

/** `POST /api/organisations/:id/contacts` as JSON: an array of contacts, checked row by row. */
export const ImportContactsJson = v.pipe(
  v.array(v.unknown(), 'Send an array of contacts.'),
  v.maxLength(MAX_IMPORT_ROWS, `Send at most ${MAX_IMPORT_ROWS} contacts at once.`),
)

/** `?skipInvalid=true`: store the valid rows of a file with errors and skip the others. */
export const ImportContactsQuery = v.object({
  skipInvalid: v.optional(v.picklist(['true', 'false']), 'false'),
})

/** Why a row was not stored; `code` lets the page say it in the reader's language. */
export const ContactErrorCode = v.picklist([
  'required',
  'invalid',
  'too_long',
  'invalid_email',
  'invalid_language',
  'unknown_group',
  'duplicate_in_file',
  'already_registered',
])
export type ContactErrorCode = v.InferOutput<typeof ContactErrorCode>

/**
 * One error of an import. `row`: for a file, the row as a spreadsheet numbers it (the header is
 * row 1, so the first contact is row 2); for a JSON array, the item's position from 1.
 */
export interface ContactRowError {
  row: number
  field: ContactField | 'row'
  code: ContactErrorCode
  message: string
}

/** `PATCH /api/organisations/:id/contacts/:contactId`: any fields, at least one. */
export const UpdateContactBody = v.pipe(
  v.partial(ContactInput),
  v.check((body) => Object.values(body).some((value) => value !== undefined), 'Change a field.'),
)
export type UpdateContactBody = v.InferOutput<typeof UpdateContactBody>

/** `GET /api/organisations/:id/contacts`: all or only active contacts, optionally of one group. */
export const ListContactsQuery = v.object({
  group: v.optional(v.pipe(v.string(), v.maxLength(200))),
  active: v.optional(v.picklist(['true', 'false'])),
})
