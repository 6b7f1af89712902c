import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { bandStrips } from '#surveys/domain/borderline-band'
import type { MatrixText } from '#surveys/i18n/matrix'
import { BAND_FILL } from '#surveys/reports/aspect-styles'
import { formatScore } from '#surveys/reports/matrix-footnote'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { type LineLabel, lineLabel } from './line-labels.ts'

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
  const labels = lineLabels(view, text)
  const annotations: Record<string, AnnotationOptions> = {}
  if (impact !== null) {
    annotations.impact = {
      ...line,
      scaleID: 'x',
      value: impact,
      label: lineLabel(labels, 'impact'),
    }
  }
  if (stakeholder !== null) {
    annotations.stakeholder = {
      ...line,
      scaleID: 'y',
      value: stakeholder,
      label: lineLabel(labels, 'stakeholder'),
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
  const cut = labels.find((label) => label.id === 'cut')
  if (cut) {
    const { x1, y1, x2, y2 } = cut.line
    annotations.cut = {
      ...line,
      xMin: x1,
      yMin: y1,
      xMax: x2,
      yMax: y2,
      label: lineLabel(labels, 'cut'),
    }
  }
  return annotations
}

/**
 * The lines' labels, in the order they choose their spots: the impact threshold's at the top of
 * its line, the stakeholder threshold's at the right end of its, the top-N cut's at its end.
 */
function lineLabels(view: MatrixView, text: MatrixText): LineLabel[] {
  const { impact, stakeholder } = view.thresholds
  const { min, max } = view.scale
  const cut = view.cutPriority
  const labels: LineLabel[] = []
  if (impact !== null) {
    labels.push({
      id: 'impact',
      content: `${text.threshold} ${formatScore(impact)}`,
      from: 'start',
      line: { x1: impact, y1: max, x2: impact, y2: min },
    })
  }
  if (stakeholder !== null) {
    labels.push({
      id: 'stakeholder',
      content: `${text.threshold} ${formatScore(stakeholder)}`,
      from: 'end',
      line: { x1: min, y1: stakeholder, x2: max, y2: stakeholder },
    })
  }
  if (cut !== null) {
    // The points with (x + y)/2 = cut: the top-N boundary.
    labels.push({
      id: 'cut',
      content: `${text.cut} ${formatScore(cut)}`,
      from: 'end',
      line: {
        x1: Math.max(min, 2 * cut - max),
        y1: Math.min(max, 2 * cut - min),
        x2: Math.min(max, 2 * cut - min),
        y2: Math.max(min, 2 * cut - max),
      },
    })
  }
  return labels
}
