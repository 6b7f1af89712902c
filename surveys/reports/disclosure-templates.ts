import type { Comparison } from '../domain/year-over-year.ts'
import type { Locale } from '../i18n/locales.ts'
import type { DisclosureSection, SectionId } from './disclosure.ts'
import { en } from './disclosure-en.ts'
import type { DisclosureFacts } from './disclosure-facts.ts'
import type { Format } from './disclosure-format.ts'
import { zhHans } from './disclosure-zh-hans.ts'
import { zhHant } from './disclosure-zh-hant.ts'

export type SectionText = Omit<DisclosureSection, 'id'>

/** One language's templates: a function per section, and the GRI 3-2 changes sentence. */
export type Templates = Record<
  SectionId,
  (facts: DisclosureFacts, format: Format) => SectionText
> & {
  changes(comparison: Comparison | null, format: Format): string
}

export const TEMPLATES: Record<Locale, Templates> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans }
