import * as v from 'valibot'
import { doubleText } from '../i18n/double-materiality.ts'
import { LOCALES } from '../i18n/locales.ts'
import { unguardCsvText } from '../reports/csv.ts'
import type { IroImportErrorCode, IroImportField, IroRowError } from '../schemas/iro-files.ts'
import { CreateIroBody } from '../schemas/iros.ts'
import { HORIZONS, IRO_TYPES, VALUE_CHAIN_STAGES } from './iros.ts'

/** An IRO ready to store, from row `row` of the file. */
export type ImportedIro = CreateIroBody & { row: number }

export interface IroImportPlan {
  iros: ImportedIro[]
  errors: IroRowError[]
  /** Rows with at least one error. */
  invalidRows: number
}

type Labelled = { key: string; label: string }

/** Each value a choice takes: its key and its label in every language, lower-cased. */
function choices(entries: readonly Labelled[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const { key, label } of entries) map.set(label.trim().toLowerCase(), key)
  return map
}

const labelled = <K extends string>(keys: readonly K[], label: (key: K) => (t: Text) => string) =>
  choices(
    keys.flatMap((key) => [
      { key, label: key },
      ...LOCALES.map((locale) => ({ key, label: label(key)(doubleText[locale]) })),
    ]),
  )

type Text = (typeof doubleText)['en']

const TYPES = labelled(IRO_TYPES, (key) => (t) => t[`type_${key}`])
const KINDS = labelled(['actual', 'potential'], (key) => (t) => t[key])
const STAGES = labelled(VALUE_CHAIN_STAGES, (key) => (t) => t[`stage_${key}`])
const SPANS = labelled(HORIZONS, (key) => (t) => t[`horizon_${key}`])
const ANSWERS = labelled(['true', 'false'], (key) => (t) => (key === 'true' ? t.yes : t.no))
for (const [word, key] of [
  ['y', 'true'],
  ['n', 'false'],
  ['1', 'true'],
  ['0', 'false'],
]) {
  ANSWERS.set(word as string, key as string)
}

/** A list cell: entries split at semicolons (as the export joins them), blanks left out. */
const listOf = (cell: string) =>
  cell
    .split(/[;；]/)
    .map((entry) => entry.trim())
    .filter(Boolean)

/** An evidence entry as the export writes it: a link, then a note after a space; or a note. */
function evidenceOf(entry: string) {
  const link = /^(https?:\/\/\S+)(?:\s+([\s\S]*))?$/i.exec(entry)
  if (!link) return { note: entry }
  return link[2]?.trim() ? { url: link[1], note: link[2].trim() } : { url: link[1] }
}

/** The valibot issue's field, named as the file's column is. */
function fieldOf(issue: v.BaseIssue<unknown>): IroImportField | 'row' {
  const key = issue.path?.[0]?.key
  if (key === 'issueId') return 'code'
  return typeof key === 'string' ? (key as IroImportField) : 'row'
}

function codeOf(issue: v.BaseIssue<unknown>): IroImportErrorCode {
  if (issue.type === 'max_length') return 'too_long'
  if (issue.type === 'min_length' || issue.type === 'non_empty') return 'required'
  return 'invalid'
}

/**
 * Reads one row of a register file (the columns of the export, headings or labels in any of the
 * three languages); returns the IRO or the row's errors. Scores and other columns are ignored.
 */
function readRow(
  row: number,
  values: unknown,
  topics: ReadonlyMap<string, string>,
): { iro?: ImportedIro; errors: IroRowError[] } {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return { errors: [{ row, field: 'row', code: 'invalid', message: 'Send an IRO object.' }] }
  }
  const record = values as Record<string, unknown>
  const cell = (field: IroImportField) => {
    const value = record[field]
    return typeof value === 'string' ? unguardCsvText(value).trim() : ''
  }
  const errors: IroRowError[] = []
  const fail = (field: IroImportField, code: IroImportErrorCode, message: string) =>
    errors.push({ row, field, code, message })
  const pick = (field: IroImportField, map: Map<string, string>, required: string) => {
    const value = cell(field)
    if (!value) return required ? void fail(field, 'required', required) : undefined
    const key = map.get(value.toLowerCase())
    if (key === undefined) fail(field, 'unknown_choice', `“${value}” is not one of the choices.`)
    return key
  }
  const pickList = (field: IroImportField, map: Map<string, string>) =>
    listOf(cell(field)).flatMap((value) => {
      const key = map.get(value.toLowerCase())
      if (key === undefined) fail(field, 'unknown_choice', `“${value}” is not one of the choices.`)
      return key === undefined ? [] : [key]
    })

  const code = cell('code')
  const issueId = code ? topics.get(code.toLowerCase()) : undefined
  if (!code) fail('code', 'required', 'Give the code of the topic, e.g. E1.1.')
  else if (issueId === undefined) {
    fail('code', 'unknown_topic', `No topic of this assessment has the code “${code}”.`)
  }
  const type = pick(
    'type',
    TYPES,
    'Give the type: negative impact, positive impact, risk or opportunity.',
  )
  const kind = pick('actual', KINDS, 'Say whether it is actual or potential.')
  const humanRights = pick('humanRights', ANSWERS, '')
  const input = {
    issueId: issueId ?? '',
    type,
    actual: kind === 'actual',
    humanRights: humanRights === 'true',
    valueChain: pickList('valueChain', STAGES),
    horizons: pickList('horizons', SPANS),
    description: cell('description'),
    affectedStakeholders: listOf(cell('affectedStakeholders')),
    evidence: listOf(cell('evidence')).map(evidenceOf),
    owner: cell('owner') || null,
  }
  if (errors.length > 0 && !cell('description')) {
    fail('description', 'required', 'Describe the impact, risk or opportunity.')
  }
  if (errors.length > 0) return { errors }
  const parsed = v.safeParse(CreateIroBody, input)
  if (!parsed.success) {
    // One error per field: the first thing wrong with it.
    const seen = new Set<string>()
    for (const issue of parsed.issues) {
      const field = fieldOf(issue)
      if (seen.has(field)) continue
      seen.add(field)
      errors.push({ row, field, code: codeOf(issue), message: issue.message })
    }
    return { errors }
  }
  return { errors, iro: { ...parsed.output, row } }
}

/**
 * Checks a register file row by row against the assessment's topics (`topics`: code in lower
 * case to issue id). Pure; nothing is stored. The later of two identical rows is not an error:
 * a register may list the same IRO under two value-chain stages on purpose.
 * @example planIroImport([{ row: 2, values: { code: 'E1.1', type: 'Risk', … } }], topics)
 */
export function planIroImport(
  rows: readonly { row: number; values: unknown }[],
  topics: ReadonlyMap<string, string>,
): IroImportPlan {
  const iros: ImportedIro[] = []
  const errors: IroRowError[] = []
  let invalidRows = 0
  for (const { row, values } of rows) {
    const read = readRow(row, values, topics)
    if (read.errors.length > 0) {
      invalidRows++
      errors.push(...read.errors)
    } else if (read.iro) iros.push(read.iro)
  }
  return { iros, errors, invalidRows }
}
