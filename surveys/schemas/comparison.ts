import * as v from 'valibot'
import { Locale } from '../i18n/locales.ts'
import { IdString } from './assessments.ts'

/**
 * GET /api/assessments/:id/comparison: the earlier assessment to compare with (default: the one
 * this was copied forward from) and the language of the GRI 3-2 sentence.
 */
export const ComparisonQuery = v.object({
  previous: v.optional(v.pipe(IdString, v.transform(Number))),
  locale: v.optional(Locale),
})
export type ComparisonQuery = v.InferOutput<typeof ComparisonQuery>
