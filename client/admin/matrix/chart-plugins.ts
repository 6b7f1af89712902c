import type { Chart, Plugin } from 'chart.js'
import { hasReviewMark } from '#surveys/domain/borderline-band'
import { INK } from '#surveys/reports/aspect-styles'
import { type Area, labelOrder, placeLabels } from '#surveys/reports/label-placement'
import { compareCodes } from '#surveys/scoring/ranking'
import { FONT } from './format.ts'
import type { MatrixPoint } from './matrix-point.ts'

/** Boxes drawn over the points by other plugins, which numbers keep clear of. */
let obstaclesOf: (chart: Chart) => Area[] = () => []

/** Tells the labels what else is drawn over the points (chart-module.ts: the annotations). */
export function avoidInLabels(find: (chart: Chart) => Area[]) {
  obstaclesOf = find
}

/**
 * Draws each point's number beside it, clear of the others, with a leader line if moved away.
 * A number with no free spot (a phone's crowded middle) is not drawn: the codes left out go into
 * `data-unlabelled` (and a `matrix-labels` event tells the page), the boxes drawn into
 * `data-label-boxes` ("code left top right bottom", comma-separated) for tests to check.
 */
export function pointLabels(fontSize: number): Plugin<'scatter'> {
  return {
    id: 'materialityPointLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart
      const entries = chart.data.datasets.flatMap((dataset, d) => {
        const meta = chart.getDatasetMeta(d)
        if (meta.hidden) return []
        return (dataset.data as MatrixPoint[]).map((point, i) => ({
          point,
          element: meta.data[i] as unknown as {
            x: number
            y: number
            options?: { radius?: number }
          },
        }))
      })
      // Material issues, then by rank, choose their spots first.
      entries.sort((a, b) => labelOrder(a.point.issue) - labelOrder(b.point.issue))
      ctx.save()
      const font = (bold: boolean) => `${bold ? '700' : '500'} ${fontSize}px ${FONT}`
      const measured = entries.map(({ point, element }) => {
        ctx.font = font(point.issue.tier === 'material')
        return {
          x: element.x,
          y: element.y,
          radius: element.options?.radius ?? 5,
          width: ctx.measureText(point.issue.code).width + 2,
          height: fontSize,
        }
      })
      const obstacles = obstaclesOf(chart as unknown as Chart)
      const placements = placeLabels(measured, chartArea, { omitCrowded: true, obstacles })
      const boxes: string[] = []
      const left: string[] = []
      placements.forEach((place, i) => {
        const entry = entries[i]!
        const from = measured[i]!
        if (place.crowded) {
          left.push(entry.point.issue.code)
          return
        }
        const x = place.x - from.width / 2
        const y = place.y - from.height / 2
        const box = [x, y, x + from.width, y + from.height].map((n) => n.toFixed(1))
        boxes.push([entry.point.issue.code, ...box].join(' '))
        if (place.leader) {
          ctx.strokeStyle = '#6b7b76'
          ctx.lineWidth = Math.max(1, fontSize / 12)
          ctx.beginPath()
          ctx.moveTo(from.x, from.y)
          ctx.lineTo(place.x, place.y)
          ctx.stroke()
        }
        ctx.font = font(entry.point.issue.tier === 'material')
        ctx.textAlign = 'center'
        ctx.textBaseline = 'middle'
        ctx.lineWidth = fontSize / 4
        ctx.strokeStyle = 'rgba(255,255,255,0.95)'
        ctx.strokeText(entry.point.issue.code, place.x, place.y)
        ctx.fillStyle = INK
        ctx.fillText(entry.point.issue.code, place.x, place.y)
      })
      ctx.restore()
      const { dataset } = chart.canvas
      dataset.labelBoxes = boxes.join(',')
      dataset.labelObstacles = obstacles
        .map((box) => [box.left, box.top, box.right, box.bottom].map((n) => n.toFixed(1)).join(' '))
        .join(',')
      const unlabelled = left.sort(compareCodes).join(' ')
      if (dataset.unlabelled !== unlabelled) {
        dataset.unlabelled = unlabelled
        chart.canvas.dispatchEvent(new CustomEvent('matrix-labels'))
      }
    },
  }
}

/** The review ring's radius at screen size: clear of a 5.5 px point and its white border. */
export const REVIEW_RING = 9.5

/**
 * A dashed ring around each point the scores leave to management (review), so a point in the
 * material area or the borderline band reads as what the table says it is. chart.js points
 * have no dashed border, hence a plugin. The codes ringed go into `data-review-rings`.
 */
export const reviewRings: Plugin<'scatter'> = {
  id: 'materialityReviewRings',
  afterDatasetsDraw(chart) {
    const { ctx } = chart
    ctx.save()
    ctx.strokeStyle = INK
    ctx.lineWidth = 1.5
    ctx.setLineDash([3, 2.5])
    const ringed: string[] = []
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d)
      if (meta.hidden) return
      ;(dataset.data as MatrixPoint[]).forEach((point, i) => {
        if (!hasReviewMark(point.issue)) return
        const element = meta.data[i] as unknown as { x: number; y: number }
        ctx.beginPath()
        ctx.arc(element.x, element.y, REVIEW_RING, 0, 2 * Math.PI)
        ctx.stroke()
        ringed.push(point.issue.code)
      })
    })
    ctx.restore()
    // What was ringed, for tests to read off the canvas.
    chart.canvas.dataset.reviewRings = ringed.sort(compareCodes).join(' ')
  },
}
