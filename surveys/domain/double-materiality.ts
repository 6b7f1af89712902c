import * as v from 'valibot'

const threshold = (min: number, message: string) =>
  v.pipe(v.number('Enter a number.'), v.minValue(min, message), v.maxValue(5, message))

/** A threshold of the default formula, on the 1–5 scale of its scores. */
const ModeBThreshold = threshold(1, 'Use 1 to 5.')
/** A threshold of the preset, on the 0–5 range of severity × likelihood / 5. */
const PresetThreshold = threshold(0, 'Use 0 to 5.')

/**
 * The double-materiality formula and its thresholds (surveys/METHOD-MODE-B.md), chosen and locked
 * when the assessment opens.
 * - `mode-b` (default): one impact threshold T_I and one financial threshold T_F, 3.0 each.
 * - `severity-likelihood` (Datamaran's published default): a threshold per IRO type on 0–5.
 */
export const DoubleMaterialitySettings = v.variant('formula', [
  v.object({
    formula: v.literal('mode-b'),
    thresholds: v.object({
      impact: v.optional(ModeBThreshold, 3),
      financial: v.optional(ModeBThreshold, 3),
    }),
  }),
  v.object({
    formula: v.literal('severity-likelihood'),
    thresholds: v.object({
      'negative-impact': v.optional(PresetThreshold, 3),
      'positive-impact': v.optional(PresetThreshold, 3),
      risk: v.optional(PresetThreshold, 3),
      opportunity: v.optional(PresetThreshold, 3),
    }),
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
