import type { Chart } from 'chart.js'
import type { LabelOptions, PartialEventContext } from 'chartjs-plugin-annotation'
import { hasReviewMark } from '#surveys/domain/borderline-band'
import { INK } from '#surveys/reports/aspect-styles'
import { type Area, type LinePlacement, placeOnLine } from '#surveys/reports/label-placement'
import { REVIEW_RING } from './chart-plugins.ts'
import { FONT } from './format.ts'
import type { MatrixPoint } from './matrix-point.ts'

/** A line's label (a threshold's, the top-N cut's): its words, its line in scores, its end. */
export interface LineLabel {
  /** The line's annotation id. */
  id: string
  content: string
  /** The end it sits at when nothing is in the way. */
  from: 'start' | 'end'
  line: { x1: number; y1: number; x2: number; y2: number }
}

const SIZE = 11
const LINE_HEIGHT = 1.2
const PADDING = 6

/**
 * The annotation plugin's options for one line's label: drawn from its end inward, or beside the
 * line, wherever its box covers no point (placeOnLine), worked out each time the chart lays out.
 * The labels choose in the order given, each clear of those before it.
 */
export function lineLabel(labels: readonly LineLabel[], id: string): LabelOptions {
  const place = ({ chart }: PartialEventContext) => placeAll(chart, labels).get(id)
  return {
    display: true,
    content: labels.find((label) => label.id === id)?.content ?? '',
    backgroundColor: 'rgba(255,255,255,0.85)',
    color: INK,
    font: { family: FONT, size: SIZE, weight: 'bold', lineHeight: LINE_HEIGHT },
    padding: PADDING,
    position: (context) => `${(place(context)?.t ?? 1) * 100}%`,
    xAdjust: (context) => place(context)?.dx ?? 0,
    yAdjust: (context) => place(context)?.dy ?? 0,
  }
}

/** How far a point reaches from its centre: its review ring, or its outline. */
function reach(point: MatrixPoint): number {
  if (hasReviewMark(point.issue)) return REVIEW_RING + 0.75
  return point.issue.tier === 'material' ? 8 + 1.25 : 5.5 + 0.75
}

/** Where each line's label goes on the chart as laid out now. */
function placeAll(chart: Chart, labels: readonly LineLabel[]): Map<string, LinePlacement> {
  const { x, y } = chart.scales
  const placements = new Map<string, LinePlacement>()
  if (!x || !y) return placements
  const area: Area = chart.chartArea
  const points = chart.data.datasets.flatMap((dataset, d) =>
    chart.isDatasetVisible(d)
      ? (dataset.data as MatrixPoint[]).map((point) => ({
          x: x.getPixelForValue(point.x),
          y: y.getPixelForValue(point.y),
          radius: reach(point),
        }))
      : [],
  )
  const { ctx } = chart
  ctx.save()
  ctx.font = `bold ${SIZE}px ${FONT}`
  const obstacles: Area[] = []
  for (const label of labels) {
    const size = {
      width: ctx.measureText(label.content).width + 2 * PADDING,
      height: SIZE * LINE_HEIGHT + 2 * PADDING,
    }
    const line = {
      x1: x.getPixelForValue(label.line.x1),
      y1: y.getPixelForValue(label.line.y1),
      x2: x.getPixelForValue(label.line.x2),
      y2: y.getPixelForValue(label.line.y2),
    }
    const options = { from: label.from, margin: PADDING, obstacles }
    const placed = placeOnLine(line, size, points, area, options)
    placements.set(label.id, placed)
    obstacles.push(placed.box)
  }
  ctx.restore()
  return placements
}
