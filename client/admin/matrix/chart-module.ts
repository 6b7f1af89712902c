/**
 * chart.js and its annotation plugin, loaded only when a matrix is shown (a separate chunk of
 * the admin bundle; the survey bundle never sees it).
 */
import { Chart, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js'
import annotationPlugin from 'chartjs-plugin-annotation'
import { type ChartModel, chartConfig, datasetsOf } from './chart-config.ts'
import type { MatrixPoint } from './matrix-point.ts'

Chart.register(ScatterController, PointElement, LinearScale, Tooltip)
Chart.register(annotationPlugin)

export interface MatrixChart {
  /** Swaps data and options in place; the points move to their new scores. */
  update(model: ChartModel): void
  destroy(): void
}

/** Creates the chart on a canvas that is already in the page. */
export function createMatrixChart(canvas: HTMLCanvasElement, model: ChartModel): MatrixChart {
  const chart = new Chart<'scatter', MatrixPoint[]>(canvas, chartConfig(model))
  return {
    update(next) {
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
