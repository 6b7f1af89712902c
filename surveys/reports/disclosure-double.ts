/**
 * The double-materiality sections of the disclosure (issue 15 §9), chosen once for every language:
 * ESRS 2 IRO-1 (¶53 a–h), SBM-3 (the material IROs), IRO-2 (the material topics, and the
 * explanation when climate is not material) and the HKEX Part D climate paragraph. Written from
 * the sealed snapshot's `doubleMateriality` only; the words come from disclosure-double-*.ts.
 */

import { IRO_TYPES } from '../domain/iros.ts'
import type { DoubleComparison } from '../domain/year-over-year-double.ts'
import type { DoubleFacts, IroFact } from './disclosure-double-facts.ts'
import type { DoubleWords, RegisterCounts } from './disclosure-double-words.ts'
import type { DisclosureFacts } from './disclosure-facts.ts'
import type { Format } from './disclosure-format.ts'
import { approval, movedSentence } from './disclosure-templates.ts'
import type { DisclosureTable, DoubleSectionId, SectionText } from './disclosure-types.ts'
import type { DisclosureWords } from './disclosure-words.ts'

export interface Words {
  w: DoubleWords
  base: DisclosureWords
  format: Format
}

type Section = (f: DisclosureFacts, d: DoubleFacts, words: Words) => SectionText

/** One double-materiality section in the language of `w`. */
export function doubleWriter(
  id: DoubleSectionId,
  f: DisclosureFacts,
  d: DoubleFacts,
  words: Words,
): SectionText {
  return SECTIONS[id](f, d, words)
}

function formulaText(d: DoubleFacts, { w, format }: Words): string {
  const { settings } = d
  if (settings.formula === 'mode-b') {
    return w.formula.modeB(
      format.score(settings.thresholds.impact),
      format.score(settings.thresholds.financial),
    )
  }
  const thresholds = IRO_TYPES.map((type) =>
    w.formula.typeThreshold(w.labels.types[type], format.score(settings.thresholds[type])),
  )
  return w.formula.preset(format.list(thresholds))
}

function counts(d: DoubleFacts, w: DoubleWords): RegisterCounts {
  return {
    iros: d.iroCount,
    topics: d.topicCount,
    negative: d.byType['negative-impact'],
    positive: d.byType['positive-impact'],
    risks: d.byType.risk,
    opportunities: d.byType.opportunity,
    humanRights: d.humanRights,
    stages: d.stages.map((stage) => w.labels.stages[stage]),
    assessors: d.assessors,
    scores: d.scores,
    responded: d.responded,
    groups: d.groups,
  }
}

/**
 * The climate explanations, each quoted once with the topics it was given for (a bulk decision
 * gives several topics one reason), noting a reason written in another language.
 */
function explanations(d: DoubleFacts, { w, base, format }: Words): string {
  const byReason = new Map<string, { topics: string[]; note: string }>()
  for (const { issue, decision } of d.climate.explanations) {
    // The sentence's own full stop follows the quotation, as in British and Chinese usage.
    const reason = (decision.rationale ?? '').replace(/[.。]$/u, '')
    const written = decision.rationaleLocale
    const note = written && written !== w.locale ? base.labels.writtenIn[written] : ''
    const entry = byReason.get(reason) ?? { topics: [], note }
    entry.topics.push(issue.names[w.locale])
    byReason.set(reason, entry)
  }
  return [...byReason]
    .map(([reason, { topics, note }]) =>
      w.explanation(format.list(topics), format.quote(reason), note),
    )
    .join(' ')
}

function iroRow(fact: IroFact, { w, format }: Words): string[] {
  const { iro, issue, result } = fact
  const score = result?.impact ?? result?.financial ?? null
  return [
    `${issue.code} ${issue.names[w.locale]}`,
    iro.description,
    w.labels.types[iro.type],
    iro.actual ? w.labels.actual : w.labels.potential,
    format.list(iro.valueChain.map((stage) => w.labels.stages[stage])),
    format.list(iro.horizons.map((horizon) => w.labels.horizon[horizon])),
    format.score(score),
  ]
}

function sbm3Table(d: DoubleFacts, words: Words): DisclosureTable {
  const l = words.w.labels
  return {
    head: [
      l.topic,
      l.iro,
      l.type,
      l.kind,
      l.valueChain,
      l.horizons,
      `${l.impact} / ${l.financial}`,
    ],
    rows: d.materialIros.map((fact) => iroRow(fact, words)),
  }
}

function iro2Table(d: DoubleFacts, { w, format }: Words): DisclosureTable {
  const l = w.labels
  return {
    head: [l.code, l.topic, l.impact, l.financial],
    rows: d.material.map(({ issue, topic }) => [
      issue.code,
      issue.names[w.locale],
      format.score(topic?.impact ?? null),
      format.score(topic?.financial ?? null),
    ]),
  }
}

/**
 * The "changes from the previous period" sentence of a double-materiality assessment: the topics
 * that entered and left the material list (the shared words of disclosure-templates.ts), saying
 * when only the decisions were compared (the previous year was a stakeholder matrix) or when the
 * formula changed; the first assessment's sentence when there is no previous period.
 */
export function doubleChangesSentence(
  comparison: DoubleComparison | null,
  { w, base, format }: Words,
): string {
  if (!comparison) return base.changes.first
  const { previousFormula: before, currentFormula: after } = comparison
  const note =
    comparison.basis === 'decisions'
      ? base.changes.decisionsOnly
      : comparison.formulaChanged && before
        ? w.changes.formulaChanged(w.changes.formulas[before], w.changes.formulas[after])
        : ''
  return movedSentence(comparison.topics, note, format, base)
}

const SECTIONS: Record<DoubleSectionId, Section> = {
  'iro-1': (f, d, words) => {
    const { w, base, format } = words
    const c = counts(d, w)
    return {
      title: w.titles['iro-1'],
      paragraphs: [
        w.iro1.a(formulaText(d, words)),
        w.iro1.b(c, format),
        w.iro1.c(c, format),
        w.iro1.d(format.date(f.confirmedAt), f.overrideCount, approval(f, format, base), format),
        w.iro1.e,
        w.iro1.f,
        w.iro1.g(c, format),
        w.iro1.h(d.comparison === null),
      ],
    }
  },

  'sbm-3': (_f, d, words) => {
    const { w, format } = words
    const lead =
      d.materialIros.length === 0 ? w.sbm3.none : w.sbm3.lead(d.materialIros.length, format)
    return { title: w.titles['sbm-3'], paragraphs: [lead], table: sbm3Table(d, words) }
  },

  'iro-2': (_f, d, words) => {
    const { w, format } = words
    const paragraphs = [
      d.material.length === 0 ? w.iro2.none : w.iro2.lead(d.material.length, format),
    ]
    if (!d.climate.material && d.climate.explanations.length > 0) {
      paragraphs.push(w.iro2.climateNotMaterial(explanations(d, words)))
    }
    return {
      title: w.titles['iro-2'],
      paragraphs,
      figure: { id: 'double-materiality', caption: w.iro2.figure[d.settings.formula] },
      table: iro2Table(d, words),
    }
  },

  'part-d': (_f, d, words) => {
    const { w, format } = words
    const topics = format.list(d.climate.topics.map((issue) => format.quote(issue.names[w.locale])))
    const { financial } = d.climate
    const paragraphs =
      financial.length === 0
        ? [w.partD.noneIdentified(topics)]
        : [
            w.partD.identified(topics, financial.length, format),
            w.partD.assessed,
            w.partD.prioritised(
              financial.length,
              d.climate.financialMaterial,
              d.financialCount,
              d.financialMaterialCount,
              format,
            ),
          ]
    paragraphs.push(
      d.climate.material ? w.partD.material : w.partD.notMaterial(explanations(d, words)),
    )
    return { title: w.titles['part-d'], paragraphs }
  },
}
