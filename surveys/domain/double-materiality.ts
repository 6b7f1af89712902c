import * as v from 'valibot'

const threshold = (min: number, message: string) =>
  v.pipe(v.number('Enter a number.'), v.minValue(min, message), v.maxValue(5, message))

/** A threshold of the default formula, on the 1–5 scale of its scores. */
const ModeBThreshold = threshold(1, 'Use 1 to 5.')
/** A threshold of the preset, on the 0–5 range of severity × likelihood / 5. */
const PresetThreshold = threshold(0, 'Use 0 to 5.')

const BandLimit = v.pipe(
  v.number('Enter a number.'),
  v.minValue(0, 'Use a percentage above 0.'),
  v.maxValue(1000, 'Use at most 1000%.'),
)

/**
 * The company's magnitude bands (ESRS 1 §49, METHODOLOGY.md Mode B: "M bands company-specific,
 * e.g. % EBITDA"): the financial effect each magnitude point stands for, as a percentage of a
 * basis. `limits` are the four upper limits of points 1–4, rising; point 5 is the last limit or
 * more. Shown beside the magnitude scale when scoring; locked with the formula at open.
 * @example { basis: 'EBITDA', limits: [0.5, 1, 2.5, 5] } // 1: < 0.5% … 5: ≥ 5% of EBITDA
 */
export const MagnitudeBands = v.object({
  basis: v.pipe(
    v.string('Name what the percentages are of, e.g. EBITDA.'),
    v.trim(),
    v.minLength(1, 'Name what the percentages are of, e.g. EBITDA.'),
    v.maxLength(100, 'Use at most 100 characters.'),
  ),
  limits: v.pipe(
    v.tuple([BandLimit, BandLimit, BandLimit, BandLimit], 'Give four limits.'),
    v.check(
      (limits) => limits.every((limit, i) => i === 0 || limit > limits[i - 1]!),
      'Each limit is above the one before.',
    ),
  ),
})
export type MagnitudeBands = v.InferOutput<typeof MagnitudeBands>

/**
 * The double-materiality formula and its thresholds (surveys/METHOD-MODE-B.md), chosen and locked
 * when the assessment opens.
 * - `mode-b` (default): one impact threshold T_I and one financial threshold T_F, 3.0 each.
 * - `severity-likelihood` (Datamaran's published default): a threshold per IRO type on 0–5.
 * Either may carry the company's magnitude bands (`magnitudeBands`), locked with it.
 */
export const DoubleMaterialitySettings = v.variant('formula', [
  v.object({
    formula: v.literal('mode-b'),
    thresholds: v.object({
      impact: v.optional(ModeBThreshold, 3),
      financial: v.optional(ModeBThreshold, 3),
    }),
    magnitudeBands: v.optional(MagnitudeBands),
  }),
  v.object({
    formula: v.literal('severity-likelihood'),
    thresholds: v.object({
      'negative-impact': v.optional(PresetThreshold, 3),
      'positive-impact': v.optional(PresetThreshold, 3),
      risk: v.optional(PresetThreshold, 3),
      opportunity: v.optional(PresetThreshold, 3),
    }),
    magnitudeBands: v.optional(MagnitudeBands),
  }),
])
export type DoubleMaterialitySettings = v.InferOutput<typeof DoubleMaterialitySettings>

/** The default: Mode B with T_I = T_F = 3.0. */
export const DEFAULT_DOUBLE_MATERIALITY: DoubleMaterialitySettings = {
  formula: 'mode-b',
  thresholds: { impact: 3, financial: 3 },
}

/** Assessors' scores of one component this far apart (max − min) are flagged as a disagreement. */
export const DISAGREEMENT_SPREAD = 2
