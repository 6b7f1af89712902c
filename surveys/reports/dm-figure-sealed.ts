/**
 * The double-materiality figure of a confirmed version, from its snapshot only (never the live
 * register or scores): the sealed result per topic with the names, aspects and HKEX mapping the
 * snapshot holds, and the locked thresholds. The evidence pack draws it on the server; the
 * disclosure's view carries it (plain JSON) to the page, which draws the same figure.
 */

import type { Aspect, AssessmentStatus, HkexMapping } from '../domain/model.ts'
import type { Snapshot } from '../domain/snapshot.ts'
import type { Locale } from '../i18n/locales.ts'
import type { DmThresholds } from '../scoring/dm-what-if.ts'
import type { DmFigureInput, DmFigureTopic } from './dm-figure.ts'

/** A sealed topic as the figure draws it, with what the key and palette need. */
export interface DmFigureSealedTopic extends DmFigureTopic {
  aspect: Aspect
  hkex: HkexMapping
}

/** The sealed result in the figure's terms. */
export interface DmFigureData {
  formula: 'mode-b' | 'severity-likelihood'
  /** Mode B's T_I and T_F; null for the preset, which has a threshold per IRO type instead. */
  thresholds: DmThresholds
  topics: DmFigureSealedTopic[]
}

/**
 * The figure's data of a double-materiality snapshot; null for the stakeholder matrix.
 * @example sealedDmFigureData(snapshot)?.topics.filter((topic) => topic.material)
 */
export function sealedDmFigureData(snapshot: Snapshot): DmFigureData | null {
  const double = snapshot.doubleMateriality
  if (!double) return null
  const issues = new Map(snapshot.issues.map((issue) => [issue.id, issue]))
  const { settings } = double
  return {
    formula: settings.formula,
    thresholds:
      settings.formula === 'mode-b'
        ? { ...settings.thresholds }
        : { impact: null, financial: null },
    topics: double.topics.flatMap((topic) => {
      const issue = issues.get(topic.issueId)
      if (!issue) return []
      return [
        {
          issueId: topic.issueId,
          code: topic.code,
          names: issue.names,
          impact: topic.impact,
          financial: topic.financial,
          material: topic.material,
          aspect: issue.aspect,
          hkex: issue.hkex,
        },
      ]
    }),
  }
}

/**
 * The input of dmFigure (dm-figure.ts) for sealed data: the locked thresholds, no what-if.
 * @example renderMatrixSvg(...dmFigure(sealedDmFigureInput(data, assessment, 'zh-Hant')))
 */
export function sealedDmFigureInput(
  data: DmFigureData,
  assessment: { id: string; name: string; status: AssessmentStatus },
  locale: Locale,
): DmFigureInput {
  return {
    assessment,
    formula: data.formula,
    topics: data.topics,
    issues: new Map(data.topics.map((topic) => [topic.issueId, topic])),
    thresholds: data.thresholds,
    whatIf: false,
    locale,
  }
}
