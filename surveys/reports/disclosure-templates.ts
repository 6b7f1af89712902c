/**
 * The disclosure's sentences chosen once for every language: which threshold rule, which approval
 * sentence, what changed since last year, which paragraphs a section has. The words come from
 * the language's DisclosureWords (disclosure-en.ts, -zh-hant.ts, -zh-hans.ts).
 */

import { ASPECT_NAMES } from '../domain/model.ts'
import type { IssueSource } from '../domain/snapshot.ts'
import { type Comparison, type Movement, materialChanges } from '../domain/year-over-year.ts'
import type { LocalizedText } from '../i18n/locales.ts'
import type { DisclosureFacts } from './disclosure-facts.ts'
import { type Format, series } from './disclosure-format.ts'
import {
  candidateTable,
  griTable,
  groupTable,
  judgementTable,
  materialTable,
  type TableLabels,
} from './disclosure-tables.ts'
import type { MatrixSectionId, SectionText } from './disclosure-types.ts'
import type { DisclosureWords } from './disclosure-words.ts'

type Section = (f: DisclosureFacts, format: Format, w: DisclosureWords, given: Given) => SectionText

/** One section of the disclosure in the language of `w`. */
export function writeSection(
  id: MatrixSectionId,
  f: DisclosureFacts,
  format: Format,
  w: DisclosureWords,
  given: Given = {},
): SectionText {
  return SECTIONS[id](f, format, w, given)
}

/**
 * Sentences another method writes for a shared section: a double-materiality year's "changes
 * from the previous period" compare its topics' I_t, F_t and decisions (disclosure-double.ts).
 */
export interface Given {
  changes?: string
}

const guide = (f: DisclosureFacts, w: DisclosureWords) =>
  w.guide[f.reportingCode ? 'code' : 'guide']

const labels = (f: DisclosureFacts, w: DisclosureWords): TableLabels => ({
  ...w.labels,
  hkexAspect: w.hkexAspect(guide(f, w).name),
})

/**
 * A source of the candidate issues in words. Where the stakeholder matrix cites the HKEX guide,
 * a double-materiality assessment cites its own method (ESRS 1 and ESRS 2; IFRS S2 and HKEX
 * Part D for climate) with the list its topics came from (ESRS 1 AR 16, or the guide's issues).
 */
function sourceText(source: IssueSource, f: DisclosureFacts, w: DisclosureWords): string {
  const name = guide(f, w).name
  if (source === 'hkex-guide' && f.doubleLibrary) return w.doubleSource[f.doubleLibrary](name)
  return w.sources[source](name)
}

const sources = (f: DisclosureFacts, w: DisclosureWords) =>
  series(
    f.sources.map((source, i) => w.source(i + 1, sourceText(source, f, w))),
    ...w.sourceJoin,
  )

const period = (f: DisclosureFacts, format: Format, w: DisclosureWords) =>
  f.periodEnd ? w.period(format.day(f.periodEnd)) : ''

/**
 * Who approved, in the words of `sentences`: pending; the Board only when the approval was
 * independent of the confirmation; else the confirmer themselves (the only approver), or an
 * approver the confirmer appointed after confirming (approvedBy, disclosure-facts.ts).
 */
function approvedBy(f: DisclosureFacts, format: Format, sentences: DisclosureWords['approval']) {
  if (!f.approval) return sentences.pending
  const on = format.date(f.approval.approvedAt)
  if (f.approvedBy === 'confirmer') return sentences.self(on)
  if (f.approvedBy === 'appointee') return sentences.appointee(on)
  return sentences.board(on)
}

/** The approval sentence of the overview and Step 3 (and of IRO-1 (d)). */
export const approval = (f: DisclosureFacts, format: Format, w: DisclosureWords) =>
  approvedBy(f, format, w.approval)

/** When the final list was approved, and by whom, for GRI 3-1. */
const finalList = (f: DisclosureFacts, format: Format, w: DisclosureWords) =>
  approvedBy(f, format, w.finalList)

/** How the threshold rule proposed issues as material (topN, fixed or percentile thresholds). */
function thresholdRule(f: DisclosureFacts, format: Format, w: DisclosureWords): string {
  const { threshold } = f
  if (threshold.mode === 'topN') {
    const cut = f.cutPriority === null ? '' : w.threshold.cut(format.score(f.cutPriority))
    return w.threshold.topN(threshold.n, cut, format)
  }
  const rule = w.threshold.rules[f.rule](format)
  const values = w.threshold.values(
    format.score(f.thresholds.impact),
    format.score(f.thresholds.stakeholder),
    format,
  )
  if (threshold.mode === 'absolute') return w.threshold.absolute(rule, values)
  const midpoint = format.score((f.scaleMax + 1) / 2)
  return w.threshold.percentile(rule, threshold.p, midpoint, values)
}

function ruleInBrief(f: DisclosureFacts, format: Format, w: DisclosureWords): string {
  const { threshold } = f
  if (threshold.mode === 'topN') return w.brief.topN(threshold.n, format)
  if (threshold.mode === 'percentile') return w.brief.percentile[f.rule](threshold.p, format)
  const [impact, stakeholder] = [f.thresholds.impact, f.thresholds.stakeholder].map(format.score)
  return w.brief.absolute[f.rule](impact!, stakeholder!, format)
}

/** The scale in the words respondents saw, from its labelled end points. */
function scale(f: DisclosureFacts, format: Format, w: DisclosureWords): string {
  const [low, ...rest] = f.scale.labels
  const high = rest.pop()
  if (!low || !high) return w.scale.unlabelled(f.scaleMax)
  const point = (l: typeof low) => w.scale.point(l.value, l.label[w.locale], format)
  const middle = rest.map((l) => ({ value: l.value, label: l.label[w.locale] }))
  const range = w.scale.range(point(low), point(high))
  return middle.length > 0 ? range + w.scale.middle(middle, format) : range
}

/** When the survey ran; one date when it opened and closed on one day. */
function surveyWindow(f: DisclosureFacts, format: Format, w: DisclosureWords): string {
  const { openedAt, closedAt } = f.survey
  if (!openedAt || !closedAt) return w.surveyWindow.unknown
  const [from, to] = [format.date(openedAt), format.date(closedAt)]
  return from === to ? w.surveyWindow.day(from) : w.surveyWindow.range(from, to)
}

/**
 * The GRI 3-2 "changes from the previous period" sentence: first assessment, unchanged, or the
 * topics that entered and left the material list (on a common scale when the scale changed, by
 * the decisions only when the other year used double materiality).
 */
export function changesSentence(
  comparison: Comparison | null,
  format: Format,
  w: DisclosureWords,
): string {
  if (!comparison) return w.changes.first
  const note =
    comparison.basis === 'normalised'
      ? w.changes.rescaled(comparison.previousScaleMax, comparison.currentScaleMax)
      : comparison.basis === 'decisions'
        ? w.changes.decisionsOnly
        : ''
  return movedSentence(comparison.issues, note, format, w)
}

/**
 * The sentence of what entered and left the material list, with a note on how the years were
 * compared appended; shared by both methods (disclosure-double.ts adds its own notes).
 */
export function movedSentence(
  changes: readonly { names: LocalizedText; movement: Movement }[],
  note: string,
  format: Format,
  w: DisclosureWords,
): string {
  const { entered, left, stayed } = materialChanges(changes)
  if (entered.length === 0 && left.length === 0) return w.changes.unchanged(note)
  const names = (list: typeof entered) =>
    format.list(list.map((issue) => format.quote(issue.names[w.locale])))
  const clauses: string[] = []
  if (entered.length > 0) clauses.push(w.changes.entered(names(entered), entered.length))
  if (left.length > 0) {
    const leftClause = entered.length > 0 ? w.changes.leftToo : w.changes.left
    clauses.push(leftClause(names(left), left.length))
  }
  const rest =
    stayed === 0
      ? w.changes.noneStayed
      : stayed === 1
        ? w.changes.oneStayed
        : w.changes.stayed(stayed, format)
  return w.changes.sentence(clauses, rest, note)
}

const SECTIONS: Record<MatrixSectionId, Section> = {
  overview: (f, format, w) => ({
    title: w.titles.overview,
    paragraphs: [
      w.overview.intro(f.periodEnd ? w.assessedPeriod(format.day(f.periodEnd)) : '', guide(f, w)),
    ],
    table: {
      head: [...w.overview.head],
      rows: [
        [w.overview.steps[0], w.overview.identified(f.issueCount, sources(f, w), format)],
        [w.overview.steps[1], w.overview.ranked(f.groups.length, f.responded, format)],
        [
          w.overview.steps[2],
          w.overview.confirmed(format.date(f.confirmedAt), approval(f, format, w)),
        ],
      ],
    },
  }),

  identify: (f, format, w) => ({
    title: w.titles.identify,
    paragraphs: [
      w.identify(
        f.issueCount,
        sources(f, w),
        f.aspects.map(({ aspect, issues }) => ({
          name: ASPECT_NAMES[aspect][w.locale],
          issues: issues.length,
        })),
        format,
      ),
    ],
    table: candidateTable(f, w.locale, labels(f, w)),
  }),

  stakeholders: (f, format, w) => {
    const window = surveyWindow(f, format, w)
    const paragraphs = [
      w.stakeholders.invited(window, f.groups.length, f.responded, format),
      f.equalWeights ? w.stakeholders.equalWeights : w.stakeholders.setWeights,
    ]
    if (f.silentGroups.length > 0) {
      const names = f.silentGroups.map((group) => group.names[w.locale])
      paragraphs.push(w.stakeholders.silent(names, format))
    }
    if (f.groups.some((group) => group.invited === null)) paragraphs.push(w.stakeholders.openLinks)
    return {
      title: w.titles.stakeholders,
      paragraphs,
      table: groupTable(f, w.locale, format, labels(f, w)),
    }
  },

  prioritise: (f, format, w) => {
    const oneDimension =
      f.rule === 'both' && f.threshold.mode !== 'topN' ? w.prioritise.oneDimensionOnly : ''
    return {
      title: w.titles.prioritise,
      paragraphs: [
        w.prioritise.rated(scale(f, format, w), f.scale.dontKnow[w.locale], format),
        w.prioritise.method(f.nMin, format),
        thresholdRule(f, format, w),
        w.prioritise.referred(oneDimension),
        w.prioritise.figure(f.threshold.mode === 'topN' ? '' : w.prioritise.quadrants),
      ],
      figure: { id: 'matrix', caption: w.prioritise.caption },
    }
  },

  confirm: (f, format, w) => {
    const overrides = f.overrideCount
    const referred = f.judgements.length - overrides
    const parts: string[] = []
    if (overrides > 0) parts.push(w.confirm.overrides(overrides, format))
    if (referred > 0) parts.push(w.confirm.referred(referred, format))
    const shared = f.judgements.filter((entry) => entry.decision.shared).length
    return {
      title: w.titles.confirm,
      paragraphs: [
        w.confirm.confirmed(format.date(f.confirmedAt), f.material.length, format),
        parts.length === 0 ? w.confirm.unchanged : w.confirm.changed(parts),
        ...(shared > 0 ? [w.confirm.shared(shared, format)] : []),
        approval(f, format, w),
        w.confirm.annual,
      ],
      ...(f.judgements.length > 0 ? { table: judgementTable(f, w.locale, labels(f, w)) } : {}),
    }
  },

  material: (f, format, w) => {
    const n = f.material.length
    const lead =
      n === 0
        ? w.material.none
        : f.approvedBy === 'confirmer' || f.approvedBy === 'appointee'
          ? w.material.self(n, format)
          : f.approval
            ? w.material.board(n, format)
            : w.material.pending(n, format)
    return {
      title: w.titles.material,
      paragraphs: [lead, w.material.approach(guide(f, w).name)],
      table: materialTable(f, w.locale, labels(f, w)),
    }
  },

  'gri-3-1': (f, format, w) => ({
    title: w.titles['gri-3-1'],
    paragraphs: [
      w.gri31({
        issues: f.issueCount,
        sources: sources(f, w),
        groups: f.groups.map((group) => group.names[w.locale]),
        responded: f.responded,
        scaleMax: f.scaleMax,
        weights: f.equalWeights ? w.gri31Weights.equal : w.gri31Weights.set,
        brief: ruleInBrief(f, format, w),
        finalList: finalList(f, format, w),
        format,
      }),
    ],
  }),

  'gri-3-2': (f, format, w, given) => ({
    title: w.titles['gri-3-2'],
    paragraphs: [
      f.material.length === 0
        ? w.gri32.none(period(f, format, w))
        : w.gri32.listed(period(f, format, w)),
      given.changes ?? changesSentence(f.comparison, format, w),
    ],
    table: griTable(f, w.locale, labels(f, w)),
  }),
}
