import * as v from 'valibot'
import { Locale } from '../i18n/locales.ts'
import { DoubleMaterialitySettings } from './double-materiality.ts'

/** How the cut-off on each axis is set (surveys/METHOD.md §5). */
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

/**
 * How near its threshold a score leaves the call to management (the borderline band,
 * surveys/METHOD.md §6.1): `se` within max(0.10, k·SE) of the threshold — k = 1.96 is a 95%
 * interval around the score; `fixed` within a set distance either side; `off` no band.
 */
export const BorderlineSettings = v.variant('mode', [
  v.object({
    mode: v.literal('se'),
    k: v.pipe(
      v.number('Enter a number.'),
      v.minValue(0, 'Use 0 to 5.'),
      v.maxValue(5, 'Use 0 to 5.'),
    ),
  }),
  v.object({
    mode: v.literal('fixed'),
    /** The distance either side of the threshold, on the 1..K scale. */
    width: v.pipe(
      v.number('Enter a number.'),
      v.minValue(0.01, 'Use 0.01 to 2.'),
      v.maxValue(2, 'Use 0.01 to 2.'),
    ),
  }),
  v.object({ mode: v.literal('off') }),
])
export type BorderlineSettings = v.InferOutput<typeof BorderlineSettings>

export const BORDERLINE_MODES = [
  'se',
  'fixed',
  'off',
] as const satisfies readonly BorderlineSettings['mode'][]

/** Today's band and the only one before it became a setting: max(0.10, 1.96·SE). */
export const DEFAULT_BORDERLINE: BorderlineSettings = { mode: 'se', k: 1.96 }

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
  borderline: BorderlineSettings,
  /** Leave responses flagged for straight-lining or speeding out of the scores. */
  excludeFlagged: v.boolean(),
})
export type ScoringSettings = v.InferOutput<typeof ScoringSettings>

const LocalName = v.pipe(
  v.string('Enter the name as text.'),
  v.trim(),
  v.maxLength(200, 'Use at most 200 characters.'),
)

/**
 * The assessment's name as a report in each language prints it, e.g. 「2025年度重要性評估」;
 * a missing or empty one falls back to the assessment's name (see nameIn).
 */
export const AssessmentNames = v.object({
  en: v.optional(LocalName),
  'zh-Hant': v.optional(LocalName),
  'zh-Hans': v.optional(LocalName),
})
export type AssessmentNames = v.InferOutput<typeof AssessmentNames>

export const AssessmentSettings = v.object({
  ...ScoringSettings.entries,
  defaultLocale: Locale,
  /** Absent in assessments made before names per language existed. */
  names: v.optional(AssessmentNames),
  /** Double-materiality assessments only: the formula and thresholds, locked when it opens. */
  doubleMateriality: v.optional(DoubleMaterialitySettings),
})
export type AssessmentSettings = v.InferOutput<typeof AssessmentSettings>

/**
 * The assessment's name in one language: its own form there, else the name it was created with.
 * @example nameIn('FY2025 assessment', { names: { 'zh-Hant': '2025年度評估' } }, 'zh-Hant')
 */
export function nameIn(
  name: string,
  settings: { names?: AssessmentNames | undefined },
  locale: Locale,
): string {
  return settings.names?.[locale] || name
}

export const DEFAULT_SETTINGS: AssessmentSettings = {
  scaleMax: 5,
  nMin: 3,
  threshold: { mode: 'percentile', p: 0.75 },
  rule: 'both',
  borderline: DEFAULT_BORDERLINE,
  excludeFlagged: false,
  defaultLocale: 'en',
}
