/**
 * chart.js for the double-materiality matrix, loaded only when it is shown (its own chunk).
 * x = impact materiality, y = financial materiality, a point per topic, threshold lines.
 */
import { Chart, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js'
import annotationPlugin, { type AnnotationOptions } from 'chartjs-plugin-annotation'
import { type YearArrow, yearArrowsPlugin } from '../matrix/chart-arrows.ts'

Chart.register(ScatterController, PointElement, LinearScale, Tooltip, annotationPlugin)

export interface DmPoint {
  x: number
  y: number
  issueId: string
  code: string
  label: string
  material: boolean
  /** A score missing on that axis: the point sits on the axis's edge, drawn hollow. */
  partial: boolean
}

export interface DmModel {
  points: DmPoint[]
  thresholds: { impact: number | null; financial: number | null }
  axes: { impact: string; financial: string; threshold: string }
  min: number
  /** Year over year: from each topic's point in the earlier year (the matrix's arrow code). */
  arrows: YearArrow[]
  onSelect(issueId: string): void
}

function annotations(model: DmModel): Record<string, AnnotationOptions> {
  const line = {
    type: 'line' as const,
    borderColor: '#4a5a55',
    borderWidth: 1.5,
    borderDash: [6, 4],
  }
  const result: Record<string, AnnotationOptions> = {}
  const { impact, financial } = model.thresholds
  if (impact !== null) result.impact = { ...line, scaleID: 'x', value: impact }
  if (financial !== null) result.financial = { ...line, scaleID: 'y', value: financial }
  return result
}

function config(model: DmModel) {
  const color = (p: DmPoint) => (p.material ? '#0b5a4a' : '#8a9a95')
  return {
    type: 'scatter' as const,
    data: {
      datasets: [
        {
          data: model.points,
          pointRadius: 7,
          pointHoverRadius: 9,
          pointBackgroundColor: model.points.map((p) => (p.partial ? '#ffffff' : color(p))),
          pointBorderColor: model.points.map(color),
          pointBorderWidth: 2,
        },
      ],
    },
    options: {
      animation: false as const,
      maintainAspectRatio: false,
      scales: {
        x: { min: model.min, max: 5, title: { display: true, text: model.axes.impact } },
        y: { min: model.min, max: 5, title: { display: true, text: model.axes.financial } },
      },
      plugins: {
        annotation: { annotations: annotations(model) },
        materialityArrows: { arrows: model.arrows, scale: 1 },
        tooltip: {
          callbacks: {
            label: (item: { raw: unknown }) => (item.raw as DmPoint).label,
          },
        },
      },
      onClick: (_event: unknown, elements: { index: number }[]) => {
        const point = elements[0] && model.points[elements[0].index]
        if (point) model.onSelect(point.issueId)
      },
    },
    plugins: [yearArrowsPlugin],
  }
}

/**
 * Marks where each point is drawn ("code:x,y") and the axes' titles ("x | y"), so tests click a
 * topic without sleeping and tell this chart from the survey's without reading pixels.
 */
function mark(chart: Chart<'scatter', DmPoint[]>, model: DmModel) {
  chart.canvas.dataset.axes = `${model.axes.impact} | ${model.axes.financial}`
  const elements = chart.getDatasetMeta(0).data
  chart.canvas.dataset.positions = (chart.data.datasets[0]?.data ?? [])
    .map(
      (p, i) => `${p.code}:${Math.round(elements[i]?.x ?? 0)},${Math.round(elements[i]?.y ?? 0)}`,
    )
    .join(' ')
}

/** Creates the chart on a canvas in the page; `update` swaps the model in place. */
export function createDmChart(canvas: HTMLCanvasElement, model: DmModel) {
  const chart = new Chart<'scatter', DmPoint[]>(canvas, config(model))
  mark(chart, model)
  return {
    update(next: DmModel) {
      const fresh = config(next)
      chart.data = fresh.data
      chart.options = fresh.options
      chart.update()
      mark(chart, next)
    },
    destroy: () => chart.destroy(),
  }
}
