import { MAX_IMPORT_ROWS } from '#surveys/schemas/contacts'
import type { ImportColumns } from './import-files.ts'

/** A contacts file's columns: the headings people use for each field, lower-cased. */
export const CONTACT_COLUMNS: ImportColumns = {
  headings: {
    name: 'name',
    email: 'email',
    'e-mail': 'email',
    'email address': 'email',
    group: 'group',
    'stakeholder group': 'group',
    language: 'language',
    locale: 'language',
    lang: 'language',
    affiliation: 'affiliation',
    organisation: 'affiliation',
    organization: 'affiliation',
    company: 'affiliation',
  },
  required: ['name', 'email', 'group', 'language'],
  hint: 'name, email, group, language, affiliation',
  max: MAX_IMPORT_ROWS,
  noun: 'contacts',
}
