/**
 * The disclosure draft (README, "The disclosure says what happened"): the materiality section of an
 * HKEX ESG report and the GRI 3-1 / 3-2 paragraphs, written from a confirmed snapshot in English,
 * Traditional Chinese (Hong Kong usage) or Simplified Chinese (mainland usage). Pure templates: the
 * same snapshot always gives the same text, so the text can be checked against the evidence.
 */

import type { Snapshot } from '../domain/snapshot.ts'
import type { Comparison } from '../domain/year-over-year.ts'
import type { DoubleComparison } from '../domain/year-over-year-double.ts'
import type { Locale } from '../i18n/locales.ts'
import { doubleChangesSentence as doubleChangesIn, doubleWriter } from './disclosure-double.ts'
import { doubleEn } from './disclosure-double-en.ts'
import { doubleFacts } from './disclosure-double-facts.ts'
import type { DoubleWords } from './disclosure-double-words.ts'
import { doubleZhHans } from './disclosure-double-zh-hans.ts'
import { doubleZhHant } from './disclosure-double-zh-hant.ts'
import { en } from './disclosure-en.ts'
import type { BoardApproval } from './disclosure-facts.ts'
import { disclosureFacts } from './disclosure-facts.ts'
import { formatFor } from './disclosure-format.ts'
import { changesSentence as changesIn, writeSection } from './disclosure-templates.ts'
import {
  type DisclosureSection,
  DOUBLE_SECTION_IDS,
  type MatrixSectionId,
  SECTION_IDS,
} from './disclosure-types.ts'
import type { DisclosureWords } from './disclosure-words.ts'
import { zhHans } from './disclosure-zh-hans.ts'
import { zhHant } from './disclosure-zh-hant.ts'

export type { BoardApproval } from './disclosure-facts.ts'
export {
  type DisclosureSection,
  type DisclosureTable,
  DOUBLE_SECTION_IDS,
  SECTION_IDS,
  type SectionId,
} from './disclosure-types.ts'
export { HKEX_ASPECT_NAMES } from './hkex-aspects.ts'

const WORDS: Record<Locale, DisclosureWords> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans }
const DOUBLE_WORDS: Record<Locale, DoubleWords> = {
  en: doubleEn,
  'zh-Hant': doubleZhHant,
  'zh-Hans': doubleZhHans,
}
const MATRIX_IDS: ReadonlySet<string> = new Set(SECTION_IDS)
const isMatrixSection = (id: string): id is MatrixSectionId => MATRIX_IDS.has(id)

export interface DisclosureOptions {
  /** The board's approval; null or absent: the text says approval is pending. */
  approval?: BoardApproval | null
  /** Against the previous period, for the GRI 3-2 changes sentence; null: first assessment. */
  comparison?: Comparison | null
  /** A double-materiality assessment against the previous period; null: first assessment. */
  double?: DoubleComparison | null
  /** IANA time zone the dates are written in. */
  timeZone?: string
}

/**
 * The materiality section of the ESG report in one language, as sections the page renders and
 * copies one by one.
 * @example buildDisclosure(snapshot, 'zh-Hant', { approval: { approvedAt, selfApproved: false } })
 */
export function buildDisclosure(
  snapshot: Snapshot,
  locale: Locale,
  options: DisclosureOptions = {},
): DisclosureSection[] {
  const facts = disclosureFacts(snapshot, options.approval ?? null, options.comparison ?? null)
  const format = formatFor(locale, options.timeZone)
  const double = snapshot.doubleMateriality
  if (!double) {
    return SECTION_IDS.map((id) => ({ id, ...writeSection(id, facts, format, WORDS[locale]) }))
  }
  // Double materiality: the shared sections that fit it, then ESRS 2 and Part D (issue 15 §9).
  const d = doubleFacts(snapshot, double, options.double ?? null)
  const words = { w: DOUBLE_WORDS[locale], base: WORDS[locale], format }
  const given = { changes: doubleChangesIn(d.comparison, words) }
  return DOUBLE_SECTION_IDS.map((id) => ({
    id,
    ...(isMatrixSection(id)
      ? writeSection(id, facts, format, WORDS[locale], given)
      : doubleWriter(id, facts, d, words)),
  }))
}

/**
 * The GRI 3-2 "changes from the previous period" sentence on its own.
 * @example changesSentence(compareResults(lastYear, thisYear), 'en')
 */
export function changesSentence(comparison: Comparison | null, locale: Locale): string {
  return changesIn(comparison, formatFor(locale), WORDS[locale])
}

/**
 * The same sentence for a double-materiality assessment (I_t, F_t and decisions).
 * @example doubleChangesSentence(compareDouble(lastYear, thisYear), 'zh-Hant')
 */
export function doubleChangesSentence(comparison: DoubleComparison | null, locale: Locale): string {
  const words = { w: DOUBLE_WORDS[locale], base: WORDS[locale], format: formatFor(locale) }
  return doubleChangesIn(comparison, words)
}

/**
 * A section as plain text for the clipboard: title, paragraphs, then the table with tab-separated
 * cells, which a word processor or spreadsheet turns back into a table.
 */
export function sectionText(section: DisclosureSection): string {
  const blocks = [section.title, ...section.paragraphs]
  if (section.figure) blocks.push(`[${section.figure.caption}]`)
  if (section.table) {
    const { head, rows } = section.table
    blocks.push([head, ...rows].map((row) => row.join('\t')).join('\n'))
  }
  return blocks.join('\n\n')
}
