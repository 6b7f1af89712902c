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

/** A key beside the printed chart: each point's number and its issue, in the chart's language. */
export interface PngKey {
  title: string
  entries: { code: string; name: string; material: boolean }[]
}

/**
 * Draws the matrix off-screen at print resolution (or `size`) on white and returns it as a PNG,
 * with the key to the right of the chart when one is given.
 */
export async function renderMatrixPng(
  model: ChartModel,
  size = PRINT,
  key?: PngKey,
): Promise<Blob> {
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
    const image = key ? withKey(canvas, key, size) : canvas
    return await new Promise<Blob>((resolve, reject) =>
      image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png'),
    )
  } finally {
    chart.destroy()
    holder.remove()
  }
}

const KEY = { width: 520, top: 96, line: 27, size: 17, gap: 12, ink: '#1d2b27' }

/** The chart with the key drawn in a column to its right (taller if the list needs it). */
function withKey(chart: HTMLCanvasElement, key: PngKey, size: typeof PRINT): HTMLCanvasElement {
  const ratio = size.pixelRatio
  const height = Math.max(size.height, KEY.top + (key.entries.length + 2) * KEY.line)
  const out = document.createElement('canvas')
  out.width = (size.width + KEY.width) * ratio
  out.height = height * ratio
  const ctx = out.getContext('2d')
  if (!ctx) return chart
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(chart, 0, 0)
  ctx.scale(ratio, ratio)
  const font = getComputedStyle(document.body).fontFamily
  const left = size.width
  const right = size.width + KEY.width - 40
  ctx.fillStyle = KEY.ink
  ctx.textBaseline = 'alphabetic'
  ctx.font = `bold 20px ${font}`
  ctx.fillText(key.title, left, KEY.top - 24)
  ctx.font = `bold ${KEY.size}px ${font}`
  const codeWidth = Math.max(0, ...key.entries.map((e) => ctx.measureText(e.code).width))
  key.entries.forEach((entry, i) => {
    const y = KEY.top + i * KEY.line
    ctx.font = `${entry.material ? 'bold ' : ''}${KEY.size}px ${font}`
    ctx.textAlign = 'right'
    ctx.fillText(entry.code, left + codeWidth, y)
    ctx.textAlign = 'left'
    const x = left + codeWidth + KEY.gap
    ctx.fillText(fitted(ctx, entry.name, right - x), x, y)
  })
  return out
}

/** The text, cut with an ellipsis to fit `width` as drawn in the context's font. */
function fitted(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text
  let cut = text
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1)
  return `${cut}…`
}
