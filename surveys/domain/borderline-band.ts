/**
 * The borderline band as the matrix draws it (the chart on screen and the evidence pack's SVG):
 * a strip either side of each threshold line the rule reads. Under `fixed` every issue has the
 * same band, so the strip is exact; under `se` each issue has its own, max(0.10, k·SE), and the
 * strip shows the median of the plotted issues' bands (each issue's own is in its tooltip).
 */

import type { MatrixText } from '../i18n/matrix.ts'
import type { MatrixIssue, MatrixView } from '../schemas/matrix-view.ts'
import { axesUsedBy, bandWidth, quantile } from '../scoring/score-matrix.ts'
import type { Axis } from './model.ts'

export interface BandStrip {
  axis: Axis
  threshold: number
  /** How far either side of the threshold the strip reaches. */
  halfWidth: number
}

/** One strip per threshold the rule uses; none under top-N or with the band off. */
export function bandStrips(view: MatrixView): BandStrip[] {
  const plotted = view.issues.filter((i) => i.impact !== null && i.stakeholder !== null)
  return axesUsedBy(view.rule).flatMap((axis) => {
    const threshold = view.thresholds[axis]
    if (threshold === null) return []
    const widths = plotted
      .map((issue) => bandWidth(view.settings.borderline, issue.se[axis]))
      .filter((width) => width !== null)
    if (widths.length === 0) return []
    return [
      {
        axis,
        threshold,
        halfWidth: quantile(
          widths.sort((a, b) => a - b),
          0.5,
        ),
      },
    ]
  })
}

/** An issue's own band on each axis (null where there is none), for its tooltip. */
export function issueBands(view: MatrixView, issue: MatrixIssue): Record<Axis, number | null> {
  const setting = view.settings.borderline
  return {
    impact: bandWidth(setting, issue.se.impact),
    stakeholder: bandWidth(setting, issue.se.stakeholder),
  }
}

/**
 * Points drawn with the review mark (a dashed ring): every issue the scores leave to management,
 * so a point inside the material area that is still "review" never looks material.
 */
export function hasReviewMark(issue: MatrixIssue): boolean {
  return issue.tier === 'review'
}

/**
 * The legend's sentence for the band in force, or null under top-N (no threshold lines; ties at
 * the cut are the borderline there).
 */
export function bandLegend(view: MatrixView, t: MatrixText): string | null {
  if (view.cutPriority !== null || view.settings.threshold.mode === 'topN') return null
  const setting = view.settings.borderline
  if (setting.mode === 'off') return t.bandOff
  if (setting.mode === 'fixed') return t.bandLegendFixed(setting.width.toFixed(2))
  const strips = bandStrips(view)
  if (strips.length === 0) return null
  const widths = strips.map((strip) => `${t[strip.axis]} ±${strip.halfWidth.toFixed(2)}`)
  return t.bandLegendSe(String(setting.k), widths.join(t.listSeparator))
}
