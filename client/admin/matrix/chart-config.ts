import type { ChartConfiguration, ChartDataset, Plugin, PointStyle, TooltipItem } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { ASPECT_NAMES, ASPECTS, AXIS_NAMES } from '#surveys/domain'
import type { MatrixText } from '#surveys/i18n/matrix'
import type { MatrixIssue, MatrixView } from '#surveys/matrix-view'
import { ASPECT_STYLES, formatScore } from './format.ts'
import { placeLabels } from './labels.ts'

/** One plotted issue: chart.js keeps it as the point's raw data. */
export interface MatrixPoint {
  x: number
  y: number
  issue: MatrixIssue
}

/** What a chart shows, on screen or in the print export. */
export interface ChartModel {
  view: MatrixView
  text: MatrixText
  /** The print export: title, footnote lines, and bigger type. */
  print?: { title: string[]; footnote: string[] }
}

export type MatrixChartConfig = ChartConfiguration<'scatter', MatrixPoint[]>

const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang TC", "Noto Sans CJK TC", "Noto Sans CJK SC", "Microsoft JhengHei", sans-serif'
const INK = '#1b2a26'

/** Issues with a score on both axes; the rest are "insufficient data" and listed only. */
export function plottedIssues(view: MatrixView): MatrixIssue[] {
  return view.issues.filter((issue) => issue.impact !== null && issue.stakeholder !== null)
}

/** The datasets: one per aspect (the legend), points sized and ringed by tier. */
export function datasetsOf(model: ChartModel): ChartDataset<'scatter', MatrixPoint[]>[] {
  const scale = model.print ? 1.6 : 1
  const plotted = plottedIssues(model.view)
  return ASPECTS.map((aspect) => {
    const style = ASPECT_STYLES[aspect]
    const points = plotted
      .filter((issue) => issue.aspect === aspect)
      .map((issue) => ({ x: issue.impact!, y: issue.stakeholder!, issue }))
    const material = (point: MatrixPoint | undefined) => point?.issue.tier === 'material'
    return {
      label: ASPECT_NAMES[aspect][model.view.locale],
      data: points,
      pointStyle: style.shape as PointStyle,
      backgroundColor: style.color,
      pointRadius: (ctx) => scale * (material(ctx.raw as MatrixPoint) ? 8 : 5.5),
      pointHoverRadius: (ctx) => scale * (material(ctx.raw as MatrixPoint) ? 10 : 7.5),
      pointBorderColor: (ctx) => (material(ctx.raw as MatrixPoint) ? INK : '#ffffff'),
      pointBorderWidth: (ctx) => scale * (material(ctx.raw as MatrixPoint) ? 2.5 : 1.5),
      clip: 12,
    }
  })
}

/** The whole chart.js configuration. */
export function chartConfig(model: ChartModel): MatrixChartConfig {
  const { view, text, print } = model
  const size = (n: number) => (print ? Math.round(n * 1.6) : n)
  const font = (n: number, weight: 'normal' | 'bold' = 'normal') => ({
    family: FONT,
    size: size(n),
    weight,
  })
  const axis = (key: 'impact' | 'stakeholder') => ({
    type: 'linear' as const,
    min: view.scale.min,
    max: view.scale.max,
    ticks: { stepSize: 0.5, font: font(12), color: INK },
    grid: { color: '#e3e8e6' },
    title: {
      display: true,
      text: AXIS_NAMES[key][view.locale],
      font: font(14, 'bold'),
      color: INK,
    },
  })
  return {
    type: 'scatter',
    data: { datasets: datasetsOf(model) },
    options: {
      responsive: !print,
      maintainAspectRatio: !print,
      aspectRatio: 1.25,
      animation: print ? false : { duration: 350 },
      layout: { padding: size(16) },
      scales: { x: axis('impact'), y: axis('stakeholder') },
      plugins: {
        legend: {
          display: Boolean(print),
          position: 'bottom',
          labels: {
            usePointStyle: true,
            font: font(12),
            color: INK,
            // Each aspect's own mark, not the style of its first (perhaps material) point.
            generateLabels: (chart) => [
              ...ASPECTS.map((aspect, datasetIndex) => ({
                text: chart.data.datasets[datasetIndex]?.label ?? aspect,
                fillStyle: ASPECT_STYLES[aspect].color,
                strokeStyle: ASPECT_STYLES[aspect].color,
                pointStyle: ASPECT_STYLES[aspect].shape as PointStyle,
                lineWidth: 0,
                fontColor: INK,
                datasetIndex,
              })),
              {
                text: text.materialLegend,
                fillStyle: '#ffffff',
                strokeStyle: INK,
                pointStyle: 'circle' as PointStyle,
                lineWidth: size(3),
                fontColor: INK,
              },
            ],
          },
        },
        title: {
          display: Boolean(print),
          text: print?.title ?? '',
          font: font(18, 'bold'),
          color: INK,
        },
        subtitle: {
          display: Boolean(print),
          position: 'bottom',
          align: 'start',
          text: print?.footnote ?? '',
          font: font(11),
          color: INK,
          padding: { top: size(12) },
        },
        tooltip: print ? { enabled: false } : tooltipOptions(model),
        annotation: { annotations: annotationsOf(view, text, size) },
      },
    },
    plugins: [pointLabels(size(11)), ...(print ? [whiteBackground] : [])],
  }
}

function tooltipOptions({ view, text }: ChartModel) {
  const groupName = new Map(view.groups.map((group) => [group.key, group.name]))
  return {
    callbacks: {
      title: (items: TooltipItem<'scatter'>[]) => {
        const issue = (items[0]?.raw as MatrixPoint | undefined)?.issue
        return issue ? `${issue.code}. ${issue.name}` : ''
      },
      label: (item: TooltipItem<'scatter'>) => {
        const { issue } = item.raw as MatrixPoint
        const line = (axis: 'impact' | 'stakeholder') =>
          `${text[axis]} ${formatScore(issue[axis])} (${text.se} ${formatScore(issue.se[axis])}, ${text.n} ${issue.n[axis]})`
        return [line('impact'), line('stakeholder'), `${text.tier}: ${text[`tier_${issue.tier}`]}`]
      },
      afterBody: (items: TooltipItem<'scatter'>[]) => {
        const issue = (items[0]?.raw as MatrixPoint | undefined)?.issue
        if (!issue) return []
        const lines = issue.groups.impact.map((group) => {
          const other = issue.groups.stakeholder.find((g) => g.key === group.key)
          return `${groupName.get(group.key) ?? group.key}: ${formatScore(group.mean)} / ${formatScore(other?.mean ?? null)}`
        })
        return ['', `${text.groupMeans}:`, ...lines]
      },
    },
  }
}

function annotationsOf(
  view: MatrixView,
  text: MatrixText,
  size: (n: number) => number,
): Record<string, AnnotationOptions> {
  const { impact, stakeholder } = view.thresholds
  const { min, max } = view.scale
  const line = {
    type: 'line' as const,
    borderColor: '#4a5a55',
    borderWidth: size(1.5),
    borderDash: [size(6), size(4)],
  }
  const label = (content: string, position: 'start' | 'end') => ({
    display: true,
    content,
    position,
    backgroundColor: 'rgba(255,255,255,0.85)',
    color: INK,
    font: { size: size(11) },
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

/** Draws each point's number beside it, clear of the others, with a leader line if moved away. */
function pointLabels(fontSize: number): Plugin<'scatter'> {
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
      const placements = placeLabels(measured, chartArea)
      placements.forEach((place, i) => {
        const entry = entries[i]!
        const from = measured[i]!
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
    },
  }
}

function labelOrder(issue: MatrixIssue): number {
  return (issue.tier === 'material' ? 0 : 1000) + (issue.rank ?? 999)
}

const whiteBackground: Plugin<'scatter'> = {
  id: 'materialityWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart
    ctx.save()
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}
