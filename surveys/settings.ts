import * as v from 'valibot'
import { Locale } from './locales.ts'

/** How the cut-off on each axis is set (DESIGN §4). */
export const ThresholdSettings = v.variant('mode', [
  v.object({
    mode: v.literal('percentile'),
    /** The quantile of the issues' scores, 0..1; the default 0.75 keeps the top quarter. */
    p: v.pipe(
      v.number('Enter a number.'),
      v.minValue(0, 'Use 0 to 1.'),
      v.maxValue(1, 'Use 0 to 1.'),
    ),
  }),
  v.object({
    mode: v.literal('absolute'),
    impact: v.pipe(
      v.number('Enter a number.'),
      v.minValue(1, 'Use 1 to 7.'),
      v.maxValue(7, 'Use 1 to 7.'),
    ),
    stakeholder: v.pipe(
      v.number('Enter a number.'),
      v.minValue(1, 'Use 1 to 7.'),
      v.maxValue(7, 'Use 1 to 7.'),
    ),
  }),
  v.object({
    mode: v.literal('topN'),
    n: v.pipe(
      v.number('Enter a number.'),
      v.integer('Enter a whole number.'),
      v.minValue(1, 'Keep at least one issue.'),
    ),
  }),
])
export type ThresholdSettings = v.InferOutput<typeof ThresholdSettings>

export const MATERIALITY_RULES = ['both', 'either', 'impactOnly'] as const
export const MaterialityRule = v.picklist(MATERIALITY_RULES, 'Use both, either or impactOnly.')
export type MaterialityRule = v.InferOutput<typeof MaterialityRule>

/** The settings of an assessment that change its scores; they lock when it opens. */
export const ScoringSettings = v.object({
  /** K, the top of the 1..K scale. */
  scaleMax: v.picklist([5, 7], 'The scale has 5 or 7 points.'),
  /** A group counts for an issue and axis only with at least this many answers. */
  nMin: v.pipe(
    v.number('Enter a number.'),
    v.integer('Enter a whole number.'),
    v.minValue(1, 'Use 1 to 100.'),
    v.maxValue(100, 'Use 1 to 100.'),
  ),
  threshold: ThresholdSettings,
  rule: MaterialityRule,
  /** Leave responses flagged for straight-lining or speeding out of the scores. */
  excludeFlagged: v.boolean(),
})
export type ScoringSettings = v.InferOutput<typeof ScoringSettings>

export const AssessmentSettings = v.object({
  ...ScoringSettings.entries,
  defaultLocale: Locale,
})
export type AssessmentSettings = v.InferOutput<typeof AssessmentSettings>

export const DEFAULT_SETTINGS: AssessmentSettings = {
  scaleMax: 5,
  nMin: 3,
  threshold: { mode: 'percentile', p: 0.75 },
  rule: 'both',
  excludeFlagged: false,
  defaultLocale: 'en',
}
