import type { Horizon, IroType, ValueChainStage } from '../domain/iros.ts'
import type { Formula } from '../domain/year-over-year-double.ts'
import type { Locale } from '../i18n/locales.ts'
import type { Format } from './disclosure-format.ts'
import type { DoubleSectionId } from './disclosure-types.ts'

/** What IRO-1 (b), (c) and (g) state about the register and its scoring. */
export interface RegisterCounts {
  iros: number
  topics: number
  negative: number
  positive: number
  risks: number
  opportunities: number
  humanRights: number
  /** Value-chain stages covered, already in words. */
  stages: string[]
  assessors: number
  scores: number
  /** Survey responses and groups with responses (0 when no survey was run). */
  responded: number
  groups: number
}

/**
 * The words of the double-materiality sections in one language (disclosure-double-en.ts,
 * -zh-hant.ts, -zh-hans.ts); disclosure-double.ts decides which sentence is said.
 */
export interface DoubleWords {
  locale: Locale
  titles: Record<DoubleSectionId, string>
  labels: {
    code: string
    topic: string
    iro: string
    type: string
    kind: string
    valueChain: string
    horizons: string
    impact: string
    financial: string
    types: Record<IroType, string>
    actual: string
    potential: string
    stages: Record<ValueChainStage, string>
    horizon: Record<Horizon, string>
  }
  formula: {
    modeB(impact: string, financial: string): string
    preset(thresholds: string): string
    /** "negative impacts 3.00" — one threshold of the preset. */
    typeThreshold(type: string, value: string): string
  }
  iro1: {
    a(formula: string): string
    b(counts: RegisterCounts, format: Format): string
    c(counts: RegisterCounts, format: Format): string
    d(date: string, overrides: number, approval: string, format: Format): string
    e: string
    f: string
    g(counts: RegisterCounts, format: Format): string
    h(first: boolean): string
  }
  sbm3: { lead(n: number, format: Format): string; none: string }
  iro2: {
    lead(n: number, format: Format): string
    none: string
    /** The caption of the double-materiality matrix, by formula (its scale and thresholds differ). */
    figure: Record<'mode-b' | 'severity-likelihood', string>
    /** ESRS 2 ¶57: climate concluded not material, with management's explanation. */
    climateNotMaterial(explanations: string): string
  }
  /** Year over year, beside the shared "changes from the previous period" words. */
  changes: {
    formulas: Record<Formula, string>
    /** Appended to the changes sentence when the two periods' formulas differ. */
    formulaChanged(previous: string, current: string): string
  }
  partD: {
    identified(topics: string, n: number, format: Format): string
    noneIdentified(topics: string): string
    assessed: string
    prioritised(
      climate: number,
      climateMaterial: number,
      all: number,
      allMaterial: number,
      format: Format,
    ): string
    material: string
    notMaterial(explanations: string): string
  }
  /** One explanation: topic and reason, with a note when written in another language. */
  explanation(topic: string, reason: string, writtenIn: string): string
}
