import type {
  ChartConfiguration,
  ChartDataset,
  PointStyle,
  ScriptableScaleContext,
  TooltipItem,
} from 'chart.js'
import { issueBands } from '#surveys/domain/borderline-band'
import { ASPECT_NAMES, ASPECTS, AXIS_NAMES } from '#surveys/domain/model'
import type { Comparison } from '#surveys/domain/year-over-year'
import type { MatrixText } from '#surveys/i18n/matrix'
import { ASPECT_STYLES, INK } from '#surveys/reports/aspect-styles'
import { formatScore, plottedIssues } from '#surveys/reports/matrix-footnote'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { axesUsedBy } from '#surveys/scoring/score-matrix'
import { axisTitleExtents, axisTitleFont, fitAxisTitle, NARROW_CHART } from './axis-titles.ts'
import { annotationsOf } from './chart-annotations.ts'
import { yearArrows, yearArrowsPlugin } from './chart-arrows.ts'
import { pointLabels, reviewRings } from './chart-plugins.ts'
import { FONT } from './format.ts'
import type { MatrixPoint } from './matrix-point.ts'

/**
 * What the on-screen chart shows. Files and print use the SVG figure
 * (surveys/reports/matrix-svg.ts), which places labels and colours points the same way.
 */
export interface ChartModel {
  view: MatrixView
  text: MatrixText
  /** Against an earlier year: arrows from last year's positions. */
  comparison?: Comparison | null
  /** Every issue's arrow, not only material issues' and large moves'. */
  allArrows?: boolean
}

export type MatrixChartConfig = ChartConfiguration<'scatter', MatrixPoint[]>

/** The datasets: one per aspect (the legend), points sized and ringed by tier. */
export function datasetsOf(model: ChartModel): ChartDataset<'scatter', MatrixPoint[]>[] {
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
      pointRadius: (ctx) => (material(ctx.raw as MatrixPoint) ? 8 : 5.5),
      pointHoverRadius: (ctx) => (material(ctx.raw as MatrixPoint) ? 10 : 7.5),
      pointBorderColor: (ctx) => (material(ctx.raw as MatrixPoint) ? INK : '#ffffff'),
      pointBorderWidth: (ctx) => (material(ctx.raw as MatrixPoint) ? 2.5 : 1.5),
      clip: 12,
    }
  })
}

/** The whole chart.js configuration. */
export function chartConfig(model: ChartModel): MatrixChartConfig {
  const { view, text } = model
  const font = (n: number, weight: 'normal' | 'bold' = 'normal') => ({
    family: FONT,
    size: n,
    weight,
  })
  const axis = (key: 'impact' | 'stakeholder') => ({
    type: 'linear' as const,
    min: view.scale.min,
    max: view.scale.max,
    ticks: {
      stepSize: 0.5,
      font: (context: ScriptableScaleContext) => font(context.chart.width < NARROW_CHART ? 11 : 12),
      color: INK,
    },
    grid: { color: '#e3e8e6' },
    title: {
      display: true,
      text: AXIS_NAMES[key][view.locale],
      font: axisTitleFont(1280),
      color: INK,
    },
    afterSetDimensions: fitAxisTitle(AXIS_NAMES[key][view.locale]),
  })
  return {
    type: 'scatter',
    data: { datasets: datasetsOf(model) },
    options: {
      // The canvas fills its box, whose shape the stylesheet sets (squarer on a phone).
      maintainAspectRatio: false,
      animation: { duration: 350 },
      layout: { padding: 16 },
      scales: { x: axis('impact'), y: axis('stakeholder') },
      plugins: {
        legend: { display: false },
        tooltip: tooltipOptions(model),
        annotation: { annotations: annotationsOf(view, text) },
        materialityArrows: {
          arrows: yearArrows(view, model.comparison, { all: model.allArrows ?? false }),
          scale: 1,
        },
      },
    },
    // A number with no free spot is left out and listed under the chart; the figure in files
    // (matrix-svg.ts) has room for all of them and a key beside it.
    plugins: [yearArrowsPlugin, reviewRings, pointLabels(11), axisTitleExtents],
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
