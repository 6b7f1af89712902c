import type { CheckedDecision } from '../domain/confirmation.ts'
import { ASPECT_NAMES } from '../domain/model.ts'
import type { SnapshotIssue } from '../domain/snapshot.ts'
import type { Locale } from '../i18n/locales.ts'
import { writtenIn } from '../i18n/written-in.ts'
import type { Tier } from '../scoring/score-matrix.ts'
import { byCode, type DisclosureFacts } from './disclosure-facts.ts'
import type { Format } from './disclosure-format.ts'
import type { DisclosureTable } from './disclosure-types.ts'
import { griTitle } from './gri-titles.ts'
import { HKEX_ASPECT_NAMES } from './hkex-aspects.ts'

/** Column headings and cell words of the disclosure tables, in one language. */
export interface TableLabels {
  number: string
  issue: string
  aspect: string
  group: string
  invited: string
  responses: string
  rate: string
  weight: string
  channels: string
  openLink: string
  proposed: string
  decision: string
  reason: string
  hkexAspect: string
  kpis: string
  griStandards: string
  none: string
  tier: Record<Tier, string>
  material: string
  notMaterial: string
  /** After a reason written in another language than the report's: "（原文為英文）". */
  writtenIn: Record<Locale, string>
  /** After a reason written once for several issues decided together: " (shared reason)". */
  sharedReason: string
}

const name = (issue: SnapshotIssue, locale: Locale) => issue.names[locale]

/** Every candidate issue, by code: number, name, aspect. */
export function candidateTable(
  f: DisclosureFacts,
  locale: Locale,
  l: TableLabels,
): DisclosureTable {
  const issues = byCode(f.aspects.flatMap((entry) => entry.issues))
  return {
    head: [l.number, l.issue, l.aspect],
    rows: issues.map((issue) => [
      issue.code,
      name(issue, locale),
      ASPECT_NAMES[issue.aspect][locale],
    ]),
  }
}

/** Each stakeholder group: invited, responded, rate, weight, channels. */
export function groupTable(
  f: DisclosureFacts,
  locale: Locale,
  format: Format,
  l: TableLabels,
): DisclosureTable {
  return {
    head: [l.group, l.invited, l.responses, l.rate, l.weight, l.channels],
    rows: f.groups.map((group) => [
      group.names[locale],
      group.invited === null ? l.openLink : format.count(group.invited),
      format.count(group.responded),
      group.rate === null ? l.none : format.percent(group.rate),
      format.percent(group.share),
      group.channels[locale],
    ]),
  }
}

/** Decisions made by judgement: the proposed tier, the decision and its reason. */
export function judgementTable(
  f: DisclosureFacts,
  locale: Locale,
  l: TableLabels,
): DisclosureTable {
  return {
    head: [l.issue, l.proposed, l.decision, l.reason],
    rows: f.judgements.map(({ issue, decision }) => [
      name(issue, locale),
      l.tier[decision.computedTier],
      decision.material ? l.material : l.notMaterial,
      reason(decision, locale, l),
    ]),
  }
}

/**
 * A reason as management wrote it, labelled with its language when that is not the report's,
 * and as shared when it was written once for several issues.
 */
function reason(decision: CheckedDecision, locale: Locale, l: TableLabels): string {
  if (!decision.rationale) return l.none
  const language = decision.rationaleLocale ?? writtenIn(decision.rationale)
  const written = language === locale ? '' : l.writtenIn[language]
  return `${decision.rationale}${written}${decision.shared ? l.sharedReason : ''}`
}

/** The confirmed material issues in order, with their HKEX aspect and KPIs. */
export function materialTable(f: DisclosureFacts, locale: Locale, l: TableLabels): DisclosureTable {
  return {
    head: [l.number, l.aspect, l.issue, l.hkexAspect, l.kpis],
    rows: f.material.map((issue, i) => [
      String(i + 1),
      ASPECT_NAMES[issue.aspect][locale],
      name(issue, locale),
      hkexAspect(issue.hkex.aspect, locale),
      issue.hkex.kpis.join(locale === 'en' ? ', ' : '、') || l.none,
    ]),
  }
}

/** The material topics for GRI 3-2, with the GRI topic standards they map to. */
export function griTable(f: DisclosureFacts, locale: Locale, l: TableLabels): DisclosureTable {
  return {
    head: [l.number, l.issue, l.griStandards],
    rows: f.material.map((issue, i) => [
      String(i + 1),
      name(issue, locale),
      issue.gri
        .map((reference) => griTitle(reference, locale))
        .join(locale === 'en' ? '; ' : '；') || l.none,
    ]),
  }
}

/** "A2 Use of Resources"; an unknown code as it is. */
export function hkexAspect(code: string, locale: Locale): string {
  const names = HKEX_ASPECT_NAMES[code]
  return names ? `${code} ${names[locale]}` : code
}
