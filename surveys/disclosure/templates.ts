import type { DisclosureSection, SectionId } from '../disclosure.ts'
import type { Locale } from '../locales.ts'
import type { Comparison } from '../year-over-year.ts'
import { en } from './en.ts'
import type { DisclosureFacts } from './facts.ts'
import type { Format } from './format.ts'
import { zhHans } from './zh-hans.ts'
import { zhHant } from './zh-hant.ts'

export type SectionText = Omit<DisclosureSection, 'id'>

/** One language's templates: a function per section, and the GRI 3-2 changes sentence. */
export type Templates = Record<
  SectionId,
  (facts: DisclosureFacts, format: Format) => SectionText
> & {
  changes(comparison: Comparison | null, format: Format): string
}

export const TEMPLATES: Record<Locale, Templates> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans }
