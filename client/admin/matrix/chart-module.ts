/**
 * chart.js and its annotation plugin, loaded only when a matrix is shown (a separate chunk of
 * the admin bundle; the survey bundle never sees it).
 */
import {
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js'
import annotationPlugin from 'chartjs-plugin-annotation'
import { type ChartModel, chartConfig, datasetsOf, type MatrixPoint } from './chart-config.ts'

Chart.register(ScatterController, PointElement, LinearScale, Tooltip, Legend, Title, SubTitle)
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

/** Print size: 1600 × 1150 CSS pixels drawn at 2× → a 3200 × 2300 PNG. */
export const PRINT = { width: 1600, height: 1150, pixelRatio: 2 }

/** Draws the matrix off-screen at print resolution (or `size`) on white and returns it as a PNG. */
export async function renderMatrixPng(model: ChartModel, size = PRINT): Promise<Blob> {
  const holder = document.createElement('div')
  holder.setAttribute('aria-hidden', 'true')
  holder.style.cssText = `position:fixed;left:-20000px;top:0;width:${size.width}px;height:${size.height}px`
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  holder.append(canvas)
  document.body.append(holder)
  const config = chartConfig(model)
  config.options = { ...config.options, devicePixelRatio: size.pixelRatio }
  const chart = new Chart<'scatter', MatrixPoint[]>(canvas, config)
  try {
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png'),
    )
  } finally {
    chart.destroy()
    holder.remove()
  }
}
