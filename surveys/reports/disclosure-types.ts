/** The shape of a disclosure: its sections, in print order, with paragraphs, a table, a figure. */

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

export type SectionText = Omit<DisclosureSection, 'id'>
