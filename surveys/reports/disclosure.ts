/**
 * The disclosure draft (README, "The disclosure says what happened"): the materiality section of an
 * HKEX ESG report and the GRI 3-1 / 3-2 paragraphs, written from a confirmed snapshot in English,
 * Traditional Chinese (Hong Kong usage) or Simplified Chinese (mainland usage). Pure templates: the
 * same snapshot always gives the same text, so the text can be checked against the evidence.
 */

import type { Snapshot } from '../domain/snapshot.ts'
import type { Comparison } from '../domain/year-over-year.ts'
import type { Locale } from '../i18n/locales.ts'
import type { BoardApproval } from './disclosure-facts.ts'
import { disclosureFacts } from './disclosure-facts.ts'
import { formatFor } from './disclosure-format.ts'
import { TEMPLATES, type Templates } from './disclosure-templates.ts'

export type { BoardApproval } from './disclosure-facts.ts'
export { HKEX_ASPECT_NAMES } from './hkex-aspects.ts'

/** The sections, in the order a report prints them. */
export const SECTION_IDS = [
  'overview',
  'identify',
  'stakeholders',
  'prioritise',
  'confirm',
  'material',
  'gri-3-1',
  'gri-3-2',
] as const
export type SectionId = (typeof SECTION_IDS)[number]

export interface DisclosureTable {
  head: string[]
  rows: string[][]
}

export interface DisclosureSection {
  id: SectionId
  title: string
  paragraphs: string[]
  table?: DisclosureTable
  /** Where the page puts the matrix chart; the text refers to it by this caption. */
  figure?: { id: 'matrix'; caption: string }
}

export interface DisclosureOptions {
  /** The board's approval; null or absent: the text says approval is pending. */
  approval?: BoardApproval | null
  /** Against the previous period, for the GRI 3-2 changes sentence; null: first assessment. */
  comparison?: Comparison | null
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
  const templates: Templates = TEMPLATES[locale]
  return SECTION_IDS.map((id) => ({ id, ...templates[id](facts, format) }))
}

/**
 * The GRI 3-2 "changes from the previous period" sentence on its own.
 * @example changesSentence(compareResults(lastYear, thisYear), 'en')
 */
export function changesSentence(comparison: Comparison | null, locale: Locale): string {
  return TEMPLATES[locale].changes(comparison, formatFor(locale))
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
