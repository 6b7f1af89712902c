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
export type MatrixSectionId = (typeof SECTION_IDS)[number]

/**
 * A double-materiality disclosure (issue 15 §9): the shared sections that fit it, ESRS 2 IRO-1,
 * SBM-3 and IRO-2, and the HKEX Part D climate paragraph. The survey sections (overview,
 * stakeholders, prioritise, GRI 3-1) describe the stakeholder matrix and are left out.
 */
export const DOUBLE_SECTION_IDS = [
  'identify',
  'iro-1',
  'confirm',
  'material',
  'sbm-3',
  'iro-2',
  'part-d',
  'gri-3-2',
] as const
export type DoubleSectionId = Exclude<(typeof DOUBLE_SECTION_IDS)[number], MatrixSectionId>

export type SectionId = MatrixSectionId | DoubleSectionId

export interface DisclosureTable {
  head: string[]
  rows: string[][]
}

export interface DisclosureSection {
  id: SectionId
  title: string
  paragraphs: string[]
  table?: DisclosureTable
  /**
   * Where the page puts a figure, by this caption: the survey's matrix ('matrix') or the
   * double-materiality matrix ('double-materiality').
   */
  figure?: { id: 'matrix' | 'double-materiality'; caption: string }
}

export type SectionText = Omit<DisclosureSection, 'id'>
