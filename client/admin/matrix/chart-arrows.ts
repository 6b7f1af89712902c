import type { ChartType, Plugin } from 'chart.js'
import type { Comparison } from '#surveys/domain/year-over-year'
import type { MatrixView } from '#surveys/schemas/matrix-view'

/** One year-over-year arrow in data units: last year's position → this year's point. */
export interface YearArrow {
  code: string
  from: { x: number; y: number }
  to: { x: number; y: number }
  /** This year's point is material (drawn larger), so the head stops further out. */
  material: boolean
}

export interface YearArrowsOptions {
  arrows: YearArrow[]
  /** A multiple of the screen sizes of lines and heads (1 on screen). */
  scale: number
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    materialityArrows: YearArrowsOptions
  }
}

const ARROW_COLOUR = 'rgba(100, 116, 111, 0.6)'

/**
 * How far (in points of this year's scale, straight-line) an issue that is not material must
 * have moved for its arrow to be drawn by default: the crowded middle is full of small moves.
 */
export const ARROW_MIN_MOVE = 0.25

/**
 * The arrows worth drawing of the moves given (last year's point → this year's, both plotted):
 * none for an unmoved point; unless `all`, only material points and those that moved at least
 * ARROW_MIN_MOVE. Both matrices draw through this and yearArrowsPlugin.
 */
export function arrowsOf(moves: readonly YearArrow[], { all = false } = {}): YearArrow[] {
  return moves.filter(({ from, to, material }) => {
    // Unmoved (up to rounding in the rescale): nothing to draw.
    if (Math.abs(from.x - to.x) < 1e-9 && Math.abs(from.y - to.y) < 1e-9) return false
    return all || material || Math.hypot(from.x - to.x, from.y - to.y) >= ARROW_MIN_MOVE
  })
}

/**
 * The arrows for issues present in both years and plotted in both: from the comparison's
 * `arrowFrom` (already on this year's scale) to where the chart draws the issue now.
 */
export function yearArrows(
  view: MatrixView,
  comparison: Comparison | null | undefined,
  options: { all?: boolean } = {},
) {
  if (!comparison) return []
  const now = new Map(view.issues.map((issue) => [issue.code, issue]))
  const moves = comparison.issues.flatMap((change): YearArrow[] => {
    const issue = now.get(change.code)
    const from = change.arrowFrom
    if (change.presence !== 'both' || !from || !issue) return []
    if (issue.impact === null || issue.stakeholder === null) return []
    return [
      {
        code: change.code,
        from: { x: from.impact, y: from.stakeholder },
        to: { x: issue.impact, y: issue.stakeholder },
        material: issue.tier === 'material',
      },
    ]
  })
  return arrowsOf(moves, options)
}

/**
 * Draws the year-over-year arrows under the points, thin and grey with a small head, and writes
 * how many it drew on the canvas (`data-arrows`), so a test can tell that it ran.
 */
export const yearArrowsPlugin: Plugin<'scatter'> = {
  id: 'materialityArrows',
  beforeDatasetsDraw(chart, _args, options: Partial<YearArrowsOptions>) {
    const arrows = options.arrows ?? []
    const scale = options.scale ?? 1
    const { ctx, chartArea, scales } = chart
    const x = scales.x
    const y = scales.y
    let drawn = 0
    ctx.save()
    ctx.beginPath()
    ctx.rect(chartArea.left, chartArea.top, chartArea.width, chartArea.height)
    ctx.clip()
    ctx.strokeStyle = ARROW_COLOUR
    ctx.fillStyle = ARROW_COLOUR
    ctx.lineWidth = 1.25 * scale
    for (const arrow of arrows) {
      if (!x || !y) break
      const x0 = x.getPixelForValue(arrow.from.x)
      const y0 = y.getPixelForValue(arrow.from.y)
      const x1 = x.getPixelForValue(arrow.to.x)
      const y1 = y.getPixelForValue(arrow.to.y)
      // Stop short of the point so the head shows beside it, not under it. A move too short
      // for a head still marks last year's position with its dot.
      const gap = (arrow.material ? 10 : 7.5) * scale
      const length = Math.hypot(x1 - x0, y1 - y0)
      if (length > gap + 8 * scale) drawArrow(ctx, { x: x0, y: y0 }, { x: x1, y: y1 }, gap, scale)
      else drawDot(ctx, { x: x0, y: y0 }, scale)
      drawn++
    }
    ctx.restore()
    chart.canvas.dataset.arrows = String(drawn)
  },
}

type Point = { x: number; y: number }

function drawDot(ctx: CanvasRenderingContext2D, at: Point, s: number) {
  ctx.beginPath()
  ctx.arc(at.x, at.y, 2 * s, 0, 2 * Math.PI)
  ctx.fill()
}

function drawArrow(ctx: CanvasRenderingContext2D, from: Point, to: Point, gap: number, s: number) {
  const angle = Math.atan2(to.y - from.y, to.x - from.x)
  const tip = { x: to.x - Math.cos(angle) * gap, y: to.y - Math.sin(angle) * gap }
  const head = 6 * s
  drawDot(ctx, from, s)
  ctx.beginPath()
  ctx.moveTo(from.x, from.y)
  ctx.lineTo(tip.x - Math.cos(angle) * head * 0.6, tip.y - Math.sin(angle) * head * 0.6)
  ctx.stroke()
  ctx.beginPath()
  ctx.moveTo(tip.x, tip.y)
  ctx.lineTo(
    tip.x - head * Math.cos(angle - Math.PI / 7),
    tip.y - head * Math.sin(angle - Math.PI / 7),
  )
  ctx.lineTo(
    tip.x - head * Math.cos(angle + Math.PI / 7),
    tip.y - head * Math.sin(angle + Math.PI / 7),
  )
  ctx.closePath()
  ctx.fill()
}
