import * as v from 'valibot'

/**
 * The kinds of IRO (impact, risk or opportunity) of ESRS 1 §§43–51: impacts are the company's
 * effects on people and the environment, risks and opportunities their effects on the company.
 */
export const IRO_TYPES = ['negative-impact', 'positive-impact', 'risk', 'opportunity'] as const
export const IroType = v.picklist(
  IRO_TYPES,
  'Use negative-impact, positive-impact, risk or opportunity.',
)
export type IroType = v.InferOutput<typeof IroType>

/** Time horizons of ESRS 1 §77: short ≤ 1 year, medium 1–5 years, long > 5 years. */
export const HORIZONS = ['short', 'medium', 'long'] as const
export const Horizon = v.picklist(HORIZONS, 'Use short, medium or long.')
export type Horizon = v.InferOutput<typeof Horizon>

/** Where in the value chain an IRO arises (ESRS 1 §63). */
export const VALUE_CHAIN_STAGES = ['upstream', 'own-operations', 'downstream'] as const
export const ValueChainStage = v.picklist(
  VALUE_CHAIN_STAGES,
  'Use upstream, own-operations or downstream.',
)
export type ValueChainStage = v.InferOutput<typeof ValueChainStage>

/** The two formulas of Mode B (surveys/METHOD-MODE-B.md); locked when the assessment opens. */
export const DOUBLE_MATERIALITY_FORMULAS = ['mode-b', 'severity-likelihood'] as const
export type DoubleMaterialityFormula = (typeof DOUBLE_MATERIALITY_FORMULAS)[number]

/** True for the two impact types, scored on scale, scope (irremediability, likelihood). */
export function isImpact(type: IroType): type is 'negative-impact' | 'positive-impact' {
  return type === 'negative-impact' || type === 'positive-impact'
}

/** One assessor's magnitude and likelihood for one time horizon; null = not scored. */
export interface HorizonScore {
  magnitude?: number | null
  likelihood?: number | null
}

/**
 * One assessor's scores of one IRO, each an integer 1–5 or null ("not scored", never 0).
 * Impacts use scale, scope, irremediability (negative only) and likelihood (potential only);
 * risks and opportunities use magnitude and likelihood per horizon.
 */
export interface IroScores {
  scale?: number | null
  scope?: number | null
  irremediability?: number | null
  likelihood?: number | null
  horizons?: Partial<Record<Horizon, HorizonScore>>
}

/** An IRO as scoring sees it: what it is, which topic it belongs to and every assessor's scores. */
export interface ScoringIro {
  id: string
  issueId: string
  type: IroType
  actual: boolean
  humanRights: boolean
  /** Horizons the IRO is assessed over; an empty list takes every scored horizon. */
  horizons: readonly Horizon[]
  scores: readonly { assessor: string; scores: IroScores }[]
}
