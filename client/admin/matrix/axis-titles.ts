import type { CartesianScaleOptions, Plugin, Scale } from 'chart.js'
import { FONT } from './format.ts'

/** A chart narrower than this is a phone's: smaller type on the axes. */
export const NARROW_CHART = 480

/** The axis title's font at a chart width. */
export function axisTitleFont(width: number) {
  return { family: FONT, size: width < NARROW_CHART ? 12 : 14, weight: 'bold' as const }
}

/**
 * Breaks a title into the fewest lines that each fit `room` pixels, at spaces where there are
 * any (CJK text has none and breaks between characters).
 * @example fitLines('Influence on stakeholders', 120, (s) => s.length * 8) // two lines
 */
export function fitLines(text: string, room: number, measure: (s: string) => number): string[] {
  const spaced = text.includes(' ')
  const pieces = spaced ? text.split(' ') : Array.from(text)
  const lines: string[] = []
  let line = ''
  for (const piece of pieces) {
    const next = line ? (spaced ? `${line} ${piece}` : line + piece) : piece
    if (line && measure(next) > room) {
      lines.push(line)
      line = piece
    } else line = next
  }
  return line ? [...lines, line] : lines
}

/**
 * A scale callback (`afterSetDimensions`) that sets the axis title to `text` in a size for the
 * chart's width, broken into lines when the axis is shorter than the title: on a phone the y-axis
 * title is longer than the chart is tall, and chart.js would cut it off at the canvas's edges.
 */
export function fitAxisTitle(text: string) {
  return (scale: Scale) => {
    const { title } = scale.options as CartesianScaleOptions
    const font = axisTitleFont(scale.chart.width)
    title.font = font
    const room = (scale.isHorizontal() ? scale.width : scale.height) - 8
    scale.ctx.save()
    scale.ctx.font = `${font.weight} ${font.size}px ${font.family}`
    const lines = fitLines(text, room, (s) => scale.ctx.measureText(s).width)
    scale.ctx.restore()
    title.text = lines.length > 1 ? lines : text
  }
}

/**
 * Writes where each axis title runs along its axis (`data-x-title`, `data-y-title`: start and
 * end in CSS pixels), as chart.js centres it on the scale, so a test can tell it is inside the
 * canvas.
 */
export const axisTitleExtents: Plugin<'scatter'> = {
  id: 'materialityAxisTitleExtents',
  afterDraw(chart) {
    for (const key of ['x', 'y'] as const) {
      const scale = chart.scales[key]
      if (!scale) continue
      const { text, font } = (scale.options as CartesianScaleOptions).title
      const { size, weight, family } = font as { size: number; weight: string; family: string }
      chart.ctx.save()
      chart.ctx.font = `${weight} ${size}px ${family}`
      const lines = Array.isArray(text) ? text : [text]
      const length = Math.max(...lines.map((line) => chart.ctx.measureText(String(line)).width))
      chart.ctx.restore()
      const middle = scale.isHorizontal()
        ? (scale.left + scale.right) / 2
        : (scale.top + scale.bottom) / 2
      chart.canvas.dataset[`${key}Title`] = `${Math.round(middle - length / 2)} ${Math.round(
        middle + length / 2,
      )} ${lines.length}`
    }
  },
}
