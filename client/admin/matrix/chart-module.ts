/**
 * chart.js and its annotation plugin, loaded only when a matrix is shown (a separate chunk of
 * the admin bundle; the survey bundle never sees it).
 */
import {
  animator,
  Chart,
  LinearScale,
  type Plugin,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js'
import annotationPlugin from 'chartjs-plugin-annotation'
import { compareCodes } from '#surveys/scoring/ranking'
import { type ChartModel, chartConfig, datasetsOf } from './chart-config.ts'
import { avoidInLabels } from './chart-plugins.ts'
import type { MatrixPoint } from './matrix-point.ts'

Chart.register(ScatterController, PointElement, LinearScale, Tooltip)
Chart.register(annotationPlugin)
// The threshold lines' labels sit over the points: the numbers keep clear of them.
avoidInLabels((chart) =>
  annotationPlugin
    .getAnnotations(chart)
    .flatMap(({ label }) =>
      label?.options.display && label.width > 0
        ? [{ left: label.x, top: label.y, right: label.x2, bottom: label.y2 }]
        : [],
    ),
)

export interface MatrixChart {
  /** Swaps data and options in place; the points move to their new scores. */
  update(model: ChartModel): void
  destroy(): void
}

/**
 * Marks the canvas once the points have stopped moving: `data-settled`, and where each point is
 * drawn in `data-positions` ("code:x,y" in canvas pixels, by code). chart.js renders once more
 * when an animation completes, with the animator no longer running. Tests wait on these marks
 * and compare the positions instead of sleeping through the animation.
 */
const settledMarks: Plugin<'scatter'> = {
  id: 'materialitySettled',
  afterRender(chart) {
    if (animator.running(chart)) return
    const positions = chart.data.datasets.flatMap((dataset, d) => {
      const elements = chart.getDatasetMeta(d).data
      return (dataset.data as MatrixPoint[]).map((point, i) => {
        const element = elements[i]
        return { code: point.issue.code, x: element?.x ?? NaN, y: element?.y ?? NaN }
      })
    })
    positions.sort((a, b) => compareCodes(a.code, b.code))
    chart.canvas.dataset.positions = positions
      .map(({ code, x, y }) => `${code}:${Math.round(x)},${Math.round(y)}`)
      .join(' ')
    chart.canvas.dataset.settled = 'true'
  },
}

/** Creates the chart on a canvas that is already in the page. */
export function createMatrixChart(canvas: HTMLCanvasElement, model: ChartModel): MatrixChart {
  const initial = chartConfig(model)
  initial.plugins = [...(initial.plugins ?? []), settledMarks]
  const chart = new Chart<'scatter', MatrixPoint[]>(canvas, initial)
  return {
    update(next) {
      delete canvas.dataset.settled
      const config = chartConfig(next)
      // Keep the dataset objects so chart.js animates each point from where it was.
      const fresh = datasetsOf(next)
      chart.data.datasets.forEach((dataset, i) => {
        Object.assign(dataset, fresh[i])
      })
      chart.options = config.options ?? {}
      chart.update()
    },
    destroy: () => chart.destroy(),
  }
}
