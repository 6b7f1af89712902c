/**
 * What the matrix figure says in words: which issues it plots, scores as printed, and its footnote
 * (responses, weights, thresholds, band, axes). The one source for the SVG figure (matrix-svg.ts)
 * and the on-screen chart's caption.
 */

import { bandLegend } from '../domain/borderline-band.ts'
import { AXIS_NAMES } from '../domain/model.ts'
import type { MatrixText } from '../i18n/matrix.ts'
import type { MatrixIssue, MatrixView } from '../schemas/matrix-view.ts'

/** Issues with a score on both axes; the others (insufficient data) are listed, not plotted. */
export function plottedIssues(view: MatrixView): MatrixIssue[] {
  return view.issues.filter((issue) => issue.impact !== null && issue.stakeholder !== null)
}

/**
 * Two decimals for display (full precision stays in the data); `none` (—) for no value.
 * @example formatScore(3.456) // '3.46'
 * @example formatScore(null, 'Not scored') // 'Not scored'
 */
export function formatScore(value: number | null | undefined, none = '—'): string {
  return value === null || value === undefined ? none : value.toFixed(2)
}

/** The footnote's parts; null where the view has nothing to say. */
export interface MatrixFootnote {
  /** `32 (Government 5, …)`: the responses counted, by group. */
  responses: string
  /** `Government 1, …`: each group's weight. */
  weights: string
  thresholds: string
  /** The borderline band's legend. */
  band: string | null
  axes: string
  /** How many issues have no score on an axis and are listed but not plotted. */
  notPlotted: string | null
  whatIf: string | null
}

/**
 * The footnote of the matrix of `view`, in its language: the one source of the figure's
 * footnote, the on-screen caption and the notes of the ranked table's XLSX.
 */
export function matrixFootnote(view: MatrixView, t: MatrixText): MatrixFootnote {
  const counted = view.groups.filter((g) => view.group === null || g.key === view.group)
  const responses = `${view.responses.total} (${counted
    .map((g) => `${g.name} ${view.responses.byGroup[g.key] ?? 0}`)
    .join(', ')})`
  const weights = view.groups
    .map((g) => `${g.name} ${view.settings.weights[g.key] ?? g.weight}`)
    .join(', ')
  const unplotted = view.issues.length - plottedIssues(view).length
  return {
    responses,
    weights,
    thresholds: t.thresholdsNote(
      formatScore(view.thresholds.impact),
      formatScore(view.thresholds.stakeholder),
      t[`rule_${view.rule}`],
    ),
    band: bandLegend(view, t),
    axes: `x: ${AXIS_NAMES.impact[view.locale]} · y: ${AXIS_NAMES.stakeholder[view.locale]}`,
    notPlotted: unplotted > 0 ? t.notPlotted(unplotted) : null,
    whatIf: view.whatIf ? t.whatIfMark : null,
  }
}

/** The footnote as lines, in print order; the unplotted issues are starred in the key. */
export function footnoteLines(view: MatrixView, t: MatrixText): string[] {
  const note = matrixFootnote(view, t)
  return [
    // "Responses: 32 (Government 5, …)": the label already says what the number counts.
    t.labelled(t.responses, note.responses),
    t.labelled(t.weights, note.weights),
    note.thresholds,
    ...(note.band ? [note.band] : []),
    note.axes,
    ...(note.notPlotted ? [`* ${note.notPlotted}`] : []),
    ...(note.whatIf ? [note.whatIf] : []),
  ]
}
