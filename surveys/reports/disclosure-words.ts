import type { MaterialityRule } from '../domain/settings.ts'
import type { IssueSource } from '../domain/snapshot.ts'
import type { Locale } from '../i18n/locales.ts'
import type { Format } from './disclosure-format.ts'
import type { TableLabels } from './disclosure-tables.ts'
import type { MatrixSectionId } from './disclosure-types.ts'

type Text = (format: Format) => string

interface Approvals {
  pending: string
  board(on: string): string
  self(on: string): string
  appointee(on: string): string
}

/**
 * The words of the disclosure in one language (disclosure-en.ts, -zh-hant.ts, -zh-hans.ts):
 * sentences with their slots filled in, and nothing that decides which sentence is said.
 * disclosure-templates.ts decides (threshold rule, approval, changes since last year) once for
 * every language. Numbers arrive raw with the language's `Format`, as each language writes them.
 */
export interface DisclosureWords {
  locale: Locale
  titles: Record<MatrixSectionId, string>
  labels: Omit<TableLabels, 'hkexAspect'>
  /** The ESG Reporting Guide, or the Code it became (periods from 2025): full and short name. */
  guide: Record<'guide' | 'code', { name: string; short: string }>
  hkexAspect(guide: string): string
  sources: Record<IssueSource, (guide: string) => string>
  /**
   * In a double-materiality disclosure, in place of the HKEX guide: the topics' list (ESRS 1
   * AR 16, or the guide's issues) and the method's standards (ESRS 1, ESRS 2; IFRS S2 and HKEX
   * Part D for climate).
   */
  doubleSource: Record<'esrs' | 'hkex', (guide: string) => string>
  /** "(1) the Stock Exchange's …": one numbered source. */
  source(index: number, text: string): string
  /** Separators of the sources: between them, and before the last. */
  sourceJoin: [string, string]
  /** " for the year ended 31 December 2025" */
  period(day: string): string
  /** The period as the overview's first sentence puts it. */
  assessedPeriod(day: string): string
  overview: {
    intro(period: string, guide: { name: string; short: string }): string
    head: [string, string]
    steps: [string, string, string]
    identified(issues: number, sources: string, format: Format): string
    ranked(groups: number, responded: number, format: Format): string
    confirmed(date: string, approval: string): string
  }
  /** Who approved: pending, the Board, the confirmer, or an approver the confirmer appointed. */
  approval: Approvals
  /** The same for the final list, in GRI 3-1. */
  finalList: Approvals
  identify(
    issues: number,
    sources: string,
    aspects: { name: string; issues: number }[],
    format: Format,
  ): string
  surveyWindow: {
    unknown: string
    day(on: string): string
    range(from: string, to: string): string
  }
  stakeholders: {
    invited(window: string, groups: number, responded: number, format: Format): string
    equalWeights: string
    setWeights: string
    silent(names: string[], format: Format): string
    openLinks: string
  }
  scale: {
    unlabelled(max: number): string
    point(value: number, label: string, format: Format): string
    range(low: string, high: string): string
    middle(points: { value: number; label: string }[], format: Format): string
  }
  prioritise: {
    rated(scale: string, dontKnow: string, format: Format): string
    method(nMin: number, format: Format): string
    referred(oneDimension: string): string
    oneDimensionOnly: string
    figure(quadrants: string): string
    quadrants: string
    caption: string
  }
  threshold: {
    topN(n: number, cut: string, format: Format): string
    cut(score: string): string
    rules: Record<MaterialityRule, Text>
    values(impact: string, stakeholder: string, format: Format): string
    absolute(rule: string, values: string): string
    percentile(rule: string, p: number, midpoint: string, values: string): string
  }
  /** The rule in brief, for GRI 3-1: which topics were proposed as material. */
  brief: {
    topN(n: number, format: Format): string
    percentile: Record<MaterialityRule, (p: number, format: Format) => string>
    absolute: Record<
      MaterialityRule,
      (impact: string, stakeholder: string, format: Format) => string
    >
  }
  confirm: {
    confirmed(date: string, material: number, format: Format): string
    overrides(n: number, format: Format): string
    referred(n: number, format: Format): string
    unchanged: string
    changed(parts: string[]): string
    /** n judgements whose reason was written once for several issues decided together. */
    shared(n: number, format: Format): string
    annual: string
  }
  material: {
    none: string
    /** Approved, but not by the Board (the confirmer, or an approver they appointed). */
    self(n: number, format: Format): string
    board(n: number, format: Format): string
    pending(n: number, format: Format): string
    approach(guide: string): string
  }
  gri31(parts: {
    issues: number
    sources: string
    groups: string[]
    responded: number
    scaleMax: number
    weights: string
    brief: string
    finalList: string
    format: Format
  }): string
  gri31Weights: { equal: string; set: string }
  gri32: { none(period: string): string; listed(period: string): string }
  changes: {
    first: string
    rescaled(previous: number, current: number): string
    /** One period by the stakeholder matrix, the other by double materiality. */
    decisionsOnly: string
    unchanged(rescaled: string): string
    entered(names: string, n: number): string
    /** Left the list, when none entered it. */
    left(names: string, n: number): string
    /** Left the list, after the clause of those that entered it. */
    leftToo(names: string, n: number): string
    noneStayed: string
    oneStayed: string
    stayed(n: number, format: Format): string
    sentence(clauses: string[], rest: string, rescaled: string): string
  }
}
