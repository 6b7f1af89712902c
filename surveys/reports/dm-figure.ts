/**
 * The double-materiality matrix drawn by the one matrix figure (matrix-svg.ts): the result of
 * GET …/double-materiality in the figure's shape (x impact, y financial materiality, a point per
 * topic scored on both, the threshold lines of Mode B, material topics emphasised), with its own
 * axis titles, title and footnote. Topics scored on one axis only are listed in the key, starred.
 */

import type { Aspect, AssessmentStatus, HkexMapping } from '../domain/model.ts'
import { DEFAULT_SETTINGS } from '../domain/settings.ts'
import { doubleText } from '../i18n/double-materiality.ts'
import { iroRegisterText } from '../i18n/iro-register.ts'
import type { Locale, LocalizedText } from '../i18n/locales.ts'
import type { MatrixIssue, MatrixView } from '../schemas/matrix-view.ts'
import { type DmThresholds, materialUnder } from '../scoring/dm-what-if.ts'
import type { MatrixSvgOptions } from './matrix-svg.ts'

/** A topic of the result, as GET …/double-materiality answers it. */
export interface DmFigureTopic {
  issueId: string
  code: string
  names?: LocalizedText | undefined
  impact: number | null
  financial: number | null
  material: boolean
}

/** What the figure needs: the result, each topic's aspect and the thresholds in view. */
export interface DmFigureInput {
  assessment: { id: string; name: string; status: AssessmentStatus }
  formula: 'mode-b' | 'severity-likelihood'
  topics: readonly DmFigureTopic[]
  /** The issue library's aspect and HKEX mapping of each topic, by issue id. */
  issues: ReadonlyMap<string, { aspect: Aspect; hkex: HkexMapping }>
  /** The thresholds in view: the locked ones, or what-if ones tried on the page. */
  thresholds: DmThresholds
  whatIf: boolean
  locale: Locale
}

const NONE = { impact: null, stakeholder: null }
const ZERO = { impact: 0, stakeholder: 0 }

function figureIssue(topic: DmFigureTopic, input: DmFigureInput): MatrixIssue {
  const meta = input.issues.get(topic.issueId)
  const tier = materialUnder(topic, input.thresholds) ? 'material' : 'not-material'
  const names = topic.names ?? { en: topic.code, 'zh-Hant': topic.code, 'zh-Hans': topic.code }
  return {
    id: topic.issueId,
    code: topic.code,
    aspect: meta?.aspect ?? 'operating',
    name: names[input.locale],
    names,
    hkex: meta?.hkex ?? { aspect: 'B8', kpis: [] },
    impact: topic.impact,
    stakeholder: topic.financial,
    priority: null,
    coverage: ZERO,
    se: NONE,
    spread: NONE,
    n: ZERO,
    dontKnow: ZERO,
    tier,
    rank: null,
    flags: [],
    sensitivity: { pooled: tier, equalWeights: tier },
    groups: { impact: [], stakeholder: [] },
  }
}

/**
 * The result as the figure's view (y is the financial score) and the options that name its axes
 * and say its footnote. Only topics with a score are in it.
 * @example renderMatrixSvg(...dmFigure(input))
 */
export function dmFigure(input: DmFigureInput): [MatrixView, MatrixSvgOptions] {
  const t = doubleText[input.locale]
  const r = iroRegisterText[input.locale]
  const scored = input.topics.filter((topic) => topic.impact !== null || topic.financial !== null)
  const partial = scored.filter((topic) => topic.impact === null || topic.financial === null)
  const { impact, financial } = input.thresholds
  const modeB = impact !== null && financial !== null
  const view: MatrixView = {
    assessment: input.assessment,
    live: false,
    whatIf: input.whatIf,
    group: null,
    locale: input.locale,
    // The preset's scores run from 0 (severity × likelihood / 5); Mode B's from 1.
    scale: { min: input.formula === 'mode-b' ? 1 : 0, max: 5 },
    rule: 'either',
    thresholds: { impact, stakeholder: financial },
    cutPriority: null,
    settings: { ...DEFAULT_SETTINGS, rule: 'either', weights: {} },
    groups: [],
    issues: scored.map((topic) => figureIssue(topic, input)),
    responses: { total: 0, flagged: 0, byGroup: {} },
  }
  const caption = [
    input.formula === 'mode-b' ? r.formula_mode_b : r.formula_preset,
    modeB ? r.thresholdsNote(impact.toFixed(2), financial.toFixed(2)) : t.resultLeadPreset,
    r.axesNote(t.axisImpact, t.axisFinancial),
    ...(partial.length > 0 ? [r.notPlotted(partial.length)] : []),
    ...(input.whatIf ? [r.whatIfMark] : []),
  ]
  const title = [
    input.assessment.name,
    input.whatIf ? `${t.matrixTitle} — ${r.whatIfMark}` : t.matrixTitle,
  ]
  return [
    view,
    {
      title,
      caption,
      axisTitles: { x: t.axisImpact, y: t.axisFinancial },
      review: false,
      keyTitle: t.topic,
    },
  ]
}
