import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { bandStrips } from '#surveys/domain/borderline-band'
import type { MatrixText } from '#surveys/i18n/matrix'
import { BAND_FILL, INK } from '#surveys/reports/aspect-styles'
import { formatScore } from '#surveys/reports/matrix-footnote'
import type { MatrixView } from '#surveys/schemas/matrix-view'

/** Threshold lines, their borderline bands, the material quadrant (rule `both`), the top-N cut. */
export function annotationsOf(
  view: MatrixView,
  text: MatrixText,
): Record<string, AnnotationOptions> {
  const { impact, stakeholder } = view.thresholds
  const { min, max } = view.scale
  const line = {
    type: 'line' as const,
    borderColor: '#4a5a55',
    borderWidth: 1.5,
    borderDash: [6, 4],
  }
  const label = (content: string, position: 'start' | 'end') => ({
    display: true,
    content,
    position,
    backgroundColor: 'rgba(255,255,255,0.85)',
    color: INK,
    font: { size: 11 },
  })
  const annotations: Record<string, AnnotationOptions> = {}
  if (impact !== null) {
    annotations.impact = {
      ...line,
      scaleID: 'x',
      value: impact,
      label: label(`${text.threshold} ${formatScore(impact)}`, 'start'),
    }
  }
  if (stakeholder !== null) {
    annotations.stakeholder = {
      ...line,
      scaleID: 'y',
      value: stakeholder,
      label: label(`${text.threshold} ${formatScore(stakeholder)}`, 'end'),
    }
  }
  if (impact !== null && stakeholder !== null && view.rule === 'both') {
    annotations.quadrant = {
      type: 'box',
      xMin: impact,
      xMax: max,
      yMin: stakeholder,
      yMax: max,
      backgroundColor: 'rgba(11, 93, 75, 0.06)',
      borderWidth: 0,
      drawTime: 'beforeDatasetsDraw',
    }
  }
  for (const strip of bandStrips(view)) {
    const from = Math.max(min, strip.threshold - strip.halfWidth)
    const to = Math.min(max, strip.threshold + strip.halfWidth)
    annotations[`band-${strip.axis}`] = {
      type: 'box',
      ...(strip.axis === 'impact'
        ? { xMin: from, xMax: to, yMin: min, yMax: max }
        : { xMin: min, xMax: max, yMin: from, yMax: to }),
      backgroundColor: BAND_FILL,
      borderWidth: 0,
      drawTime: 'beforeDatasetsDraw',
    }
  }
  const cut = view.cutPriority
  if (cut !== null) {
    // The points with (x + y)/2 = cut: the top-N boundary.
    annotations.cut = {
      ...line,
      xMin: Math.max(min, 2 * cut - max),
      yMin: Math.min(max, 2 * cut - min),
      xMax: Math.min(max, 2 * cut - min),
      yMax: Math.max(min, 2 * cut - max),
      label: label(`${text.cut} ${formatScore(cut)}`, 'end'),
    }
  }
  return annotations
}
