import type { ChartConfiguration, ChartDataset, PointStyle, TooltipItem } from 'chart.js'
import { issueBands } from '#surveys/domain/borderline-band'
import { ASPECT_NAMES, ASPECTS, AXIS_NAMES } from '#surveys/domain/model'
import type { Comparison } from '#surveys/domain/year-over-year'
import type { MatrixText } from '#surveys/i18n/matrix'
import type { MatrixIssue, MatrixView } from '#surveys/schemas/matrix-view'
import { axesUsedBy } from '#surveys/scoring/score-matrix'
import { annotationsOf } from './chart-annotations.ts'
import { yearArrows, yearArrowsPlugin } from './chart-arrows.ts'
import { pointLabels, reviewRings, whiteBackground } from './chart-plugins.ts'
import { ASPECT_STYLES, FONT, formatScore, INK } from './format.ts'

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
  /** Against an earlier year: arrows from last year's positions. */
  comparison?: Comparison | null
}

export type MatrixChartConfig = ChartConfiguration<'scatter', MatrixPoint[]>

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
              {
                text: text.reviewLegend,
                fillStyle: '#ffffff',
                strokeStyle: INK,
                pointStyle: 'circle' as PointStyle,
                lineWidth: size(1.5),
                lineDash: [size(3), size(2.5)],
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
        materialityArrows: { arrows: yearArrows(view, model.comparison), scale: print ? 1.6 : 1 },
      },
    },
    plugins: [
      yearArrowsPlugin,
      reviewRings(print ? 1.6 : 1),
      pointLabels(size(11)),
      ...(print ? [whiteBackground] : []),
    ],
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
        const bands = issueBands(view, issue)
        const band = axesUsedBy(view.rule)
          .filter((axis) => view.thresholds[axis] !== null && bands[axis] !== null)
          .map((axis) => `${text[axis]} ±${formatScore(bands[axis])}`)
        return [
          line('impact'),
          line('stakeholder'),
          `${text.tier}: ${text[`tier_${issue.tier}`]}`,
          ...issue.flags.map((flag) => `· ${text[`flag_${flag}`]}`),
          ...(band.length > 0 ? [`${text.band}: ${band.join(text.listSeparator)}`] : []),
        ]
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
