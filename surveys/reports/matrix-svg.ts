/**
 * The materiality matrix as a stand-alone SVG figure (title, axes 1..K, threshold lines, numbered
 * points coloured and shaped by aspect, material points emphasised, a key of the issues and a
 * footnote): the one drawing of the figure. The evidence pack rasterises it on the server
 * (server/services/svg-png.ts); the admin's PNG download and the printed disclosure rasterise it
 * in the browser. Pure: text widths are estimated, not measured, so the layout leaves room.
 */

import { bandStrips, hasReviewMark } from '../domain/borderline-band.ts'
import { ASPECT_NAMES, ASPECTS, AXIS_NAMES } from '../domain/model.ts'
import { type MatrixText, matrixText } from '../i18n/matrix.ts'
import type { MatrixIssue, MatrixView } from '../schemas/matrix-view.ts'
import { compareCodes } from '../scoring/ranking.ts'
import { ASPECT_STYLES, type AspectShape, BAND_FILL, INK } from './aspect-styles.ts'
import { labelOrder, placeLabels } from './label-placement.ts'
import { footnoteLines, formatScore, plottedIssues } from './matrix-footnote.ts'

export interface MatrixSvgOptions {
  /** Title lines; default: the assessment's name and the figure's name (and the group's). */
  title?: string[]
  /** Lines added after the default footnote (responses, weights, thresholds, axes). */
  notes?: string[]
  /** The numbered key of every issue beside the plot; default true. */
  key?: boolean
  /** The footnote under the plot; default true (a report's caption may say it instead). */
  footnote?: boolean
  /**
   * Where the legend goes: 'beside' the plot (default, with the key), or 'below' it, for a
   * figure printed in a narrow column: the figure is then as wide as the plot (1200 units, not
   * 1800), so its text prints half as large again; it has no numbered key.
   */
  legend?: 'beside' | 'below'
  /** Axis titles; default the stakeholder matrix's (impact on x, stakeholders on y). */
  axisTitles?: { x: string; y: string }
  /** Footnote lines in place of the stakeholder matrix's (responses, weights, thresholds). */
  caption?: string[]
  /** The review mark (dashed ring) in the legend; default true. The DM matrix has no review tier. */
  review?: boolean
  /** The heading of the numbered key; default "Issue". */
  keyTitle?: string
}

/**
 * The figure printed in a report's column (the disclosure draft): no title or footnote (the
 * report's caption and text say them), the legend below the plot so the labels print legibly.
 */
export const REPORT_FIGURE_OPTIONS: MatrixSvgOptions = {
  title: [],
  footnote: false,
  key: false,
  legend: 'below',
}

/** Sizes in SVG user units; the PNG is drawn at a multiple of WIDTH. */
export const MATRIX_SVG_WIDTH = 1800
/** The width of a figure with its legend below the plot. */
export const MATRIX_SVG_NARROW_WIDTH = 1200
/** The point labels' size in SVG units. */
export const MATRIX_SVG_LABEL_SIZE = 17

/** The figure's fonts: Latin first, then Chinese (Traditional, Simplified). */
export const MATRIX_SVG_FONT =
  "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', Arial, 'Noto Sans CJK TC', 'Noto Sans CJK SC', 'PingFang TC', sans-serif"
const MUTED = '#4a5a55'
const GRID = '#e3e8e6'
const QUADRANT = '#0b5d4b'
const PLOT = { left: 150, top: 150, size: 1000 }
const PANEL = { left: 1230, right: 1760 }
const MARGIN = 40
const FOOTNOTE_SIZE = 15
const RADIUS = { material: 13, other: 9 }
const REVIEW_RING = `fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="5 4"`

/**
 * The matrix of `view` as SVG text, in the view's language.
 * @example renderMatrixSvg(snapshotMatrixView(snapshot, 'confirmed', 'en'))
 */
export function renderMatrixSvg(view: MatrixView, options: MatrixSvgOptions = {}): string {
  const t = matrixText[view.locale]
  const scale = scaleOf(view)
  const plotted = plottedIssues(view)
  const title = options.title ?? defaultTitle(view, t)
  const lines =
    options.footnote === false
      ? []
      : [...(options.caption ?? footnoteLines(view, t)), ...(options.notes ?? [])]
  const below = options.legend === 'below'
  const width = below ? MATRIX_SVG_NARROW_WIDTH : MATRIX_SVG_WIDTH
  const footnote = lines.flatMap((line) => wrapText(line, width - 2 * MARGIN, FOOTNOTE_SIZE))
  const plotBottom = PLOT.top + PLOT.size
  const panel = below
    ? legendBelow(view, t, plotBottom + 130, width, options.review !== false)
    : key(view, t, options.key !== false, options.review !== false, options.keyTitle)
  const footnoteTop = below ? panel.bottom + 20 : plotBottom + 120
  const height = Math.max(
    footnote.length > 0 ? footnoteTop + footnote.length * 22 + 30 : plotBottom + 110,
    panel.bottom + 40,
  )
  // Without a title the figure starts just above the plot.
  const top = title.length === 0 ? PLOT.top - 50 : 0
  const box = `0 ${top} ${width} ${height - top}`
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height - top}" viewBox="${box}" font-family="${MATRIX_SVG_FONT}">`,
    `<title>${escapeXml(title.join(' — '))}</title>`,
    `<rect${top ? ` y="${top}"` : ''} width="100%" height="100%" fill="#ffffff"/>`,
    ...title.map((line, i) =>
      text(line, MARGIN, 58 + i * 36, {
        size: i === 0 ? 30 : 22,
        weight: i === 0 ? 'bold' : 'normal',
      }),
    ),
    grid(scale),
    regions(view, scale),
    axes(view, scale, options.axisTitles),
    thresholdLines(view, t, scale),
    points(plotted, scale),
    panel.svg,
    ...footnote.map((line, i) =>
      text(line, MARGIN, footnoteTop + i * 22, { size: FOOTNOTE_SIZE, fill: MUTED }),
    ),
    '</svg>',
  ]
  return `${parts.join('\n')}\n`
}

function defaultTitle(view: MatrixView, t: MatrixText): string[] {
  const group = view.groups.find((g) => g.key === view.group)
  return [view.assessment.name, group ? `${t.title} — ${group.name}` : t.title]
}

interface Scale {
  min: number
  max: number
  x: (value: number) => number
  y: (value: number) => number
}

function scaleOf(view: MatrixView): Scale {
  const { min, max } = view.scale
  const unit = PLOT.size / (max - min)
  return {
    min,
    max,
    x: (value) => PLOT.left + (value - min) * unit,
    y: (value) => PLOT.top + PLOT.size - (value - min) * unit,
  }
}

function grid(scale: Scale): string {
  const lines: string[] = []
  for (let value = scale.min; value <= scale.max + 1e-9; value += 0.5) {
    const major = Number.isInteger(value)
    const stroke = `stroke="${major ? '#cfd8d5' : GRID}" stroke-width="${major ? 1.2 : 0.8}"`
    const x = round(scale.x(value))
    const y = round(scale.y(value))
    lines.push(
      `<line x1="${x}" y1="${PLOT.top}" x2="${x}" y2="${PLOT.top + PLOT.size}" ${stroke}/>`,
      `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.left + PLOT.size}" y2="${y}" ${stroke}/>`,
    )
  }
  return `<g class="grid">${lines.join('')}</g>`
}

/** The area the rule calls material, lightly shaded, with the borderline band over it. */
function regions(view: MatrixView, scale: Scale): string {
  return materialRegion(view, scale) + bandRegions(view, scale)
}

function bandRegions(view: MatrixView, scale: Scale): string {
  return bandStrips(view)
    .map(({ axis, threshold, halfWidth }) => {
      const from = Math.max(scale.min, threshold - halfWidth)
      const to = Math.min(scale.max, threshold + halfWidth)
      const [x1, x2, y1, y2] =
        axis === 'impact' ? [from, to, scale.min, scale.max] : [scale.min, scale.max, from, to]
      return `<rect class="band" data-axis="${axis}" x="${round(scale.x(x1))}" y="${round(scale.y(y2))}" width="${round(scale.x(x2) - scale.x(x1))}" height="${round(scale.y(y1) - scale.y(y2))}" fill="${BAND_FILL}"/>`
    })
    .join('')
}

function materialRegion(view: MatrixView, scale: Scale): string {
  const { impact, stakeholder } = view.thresholds
  const shade = (x1: number, y1: number, x2: number, y2: number) =>
    `<rect class="material-region" x="${round(scale.x(x1))}" y="${round(scale.y(y2))}" width="${round(scale.x(x2) - scale.x(x1))}" height="${round(scale.y(y1) - scale.y(y2))}" fill="${QUADRANT}" fill-opacity="0.07"/>`
  const { min, max } = scale
  if (view.rule === 'both' && impact !== null && stakeholder !== null) {
    return shade(impact, stakeholder, max, max)
  }
  if (view.rule === 'impactOnly' && impact !== null) return shade(impact, min, max, max)
  if (view.rule === 'either' && impact !== null && stakeholder !== null) {
    return shade(impact, min, max, max) + shade(min, stakeholder, impact, max)
  }
  return ''
}

function axes(view: MatrixView, scale: Scale, titles?: { x: string; y: string }): string {
  const bottom = PLOT.top + PLOT.size
  const ticks: string[] = []
  for (let value = scale.min; value <= scale.max; value += 1) {
    ticks.push(
      text(String(value), scale.x(value), bottom + 32, { size: 18, anchor: 'middle' }),
      text(String(value), PLOT.left - 16, scale.y(value) + 6, { size: 18, anchor: 'end' }),
    )
  }
  const centre = PLOT.top + PLOT.size / 2
  const xTitle = titles?.x ?? AXIS_NAMES.impact[view.locale]
  const yTitle = titles?.y ?? AXIS_NAMES.stakeholder[view.locale]
  return [
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.size}" height="${PLOT.size}" fill="none" stroke="${MUTED}" stroke-width="1.5"/>`,
    ...ticks,
    text(xTitle, PLOT.left + PLOT.size / 2, bottom + 72, {
      size: 20,
      weight: 'bold',
      anchor: 'middle',
      className: 'axis-title',
    }),
    `<g transform="translate(${PLOT.left - 62} ${centre}) rotate(-90)">${text(yTitle, 0, 0, {
      size: 20,
      weight: 'bold',
      anchor: 'middle',
      className: 'axis-title',
    })}</g>`,
  ].join('\n')
}

function thresholdLines(view: MatrixView, t: MatrixText, scale: Scale): string {
  const { impact, stakeholder } = view.thresholds
  const dash = `stroke="${MUTED}" stroke-width="2" stroke-dasharray="10 7"`
  const parts: string[] = []
  const label = (content: string, x: number, y: number, anchor: 'start' | 'end') =>
    text(content, x, y, { size: 16, anchor, fill: MUTED, halo: true })
  if (impact !== null) {
    const x = round(scale.x(impact))
    parts.push(
      `<line class="threshold" data-axis="impact" x1="${x}" y1="${PLOT.top}" x2="${x}" y2="${PLOT.top + PLOT.size}" ${dash}/>`,
      label(`${t.threshold} ${formatScore(impact)}`, x + 8, PLOT.top + 24, 'start'),
    )
  }
  if (stakeholder !== null) {
    const y = round(scale.y(stakeholder))
    parts.push(
      `<line class="threshold" data-axis="stakeholder" x1="${PLOT.left}" y1="${y}" x2="${PLOT.left + PLOT.size}" y2="${y}" ${dash}/>`,
      label(`${t.threshold} ${formatScore(stakeholder)}`, PLOT.left + PLOT.size - 8, y - 10, 'end'),
    )
  }
  const cut = view.cutPriority
  if (cut !== null) {
    // The points with (x + y)/2 = cut: the top-N boundary.
    const { min, max } = scale
    const x1 = Math.max(min, 2 * cut - max)
    const x2 = Math.min(max, 2 * cut - min)
    parts.push(
      `<line class="threshold" data-axis="priority" x1="${round(scale.x(x1))}" y1="${round(scale.y(2 * cut - x1))}" x2="${round(scale.x(x2))}" y2="${round(scale.y(2 * cut - x2))}" ${dash}/>`,
      label(`${t.cut} ${formatScore(cut)}`, scale.x(x2) - 8, scale.y(2 * cut - x2) - 10, 'end'),
    )
  }
  return parts.join('\n')
}

function points(plotted: MatrixIssue[], scale: Scale): string {
  // Material issues first, then by rank: they choose their label spots first.
  const ordered = [...plotted].sort((a, b) => labelOrder(a) - labelOrder(b))
  const marks = ordered.map((issue) => ({
    issue,
    x: scale.x(issue.impact!),
    y: scale.y(issue.stakeholder!),
    radius: issue.tier === 'material' ? RADIUS.material : RADIUS.other,
  }))
  const labelSize = MATRIX_SVG_LABEL_SIZE
  const placements = placeLabels(
    marks.map((mark) => ({
      ...mark,
      width: estimateWidth(mark.issue.code, labelSize) + 4,
      height: labelSize,
    })),
    { left: PLOT.left, top: PLOT.top, right: PLOT.left + PLOT.size, bottom: PLOT.top + PLOT.size },
  )
  // Non-material marks first, so material ones are drawn on top.
  const drawOrder = marks
    .map((mark, i) => ({ mark, place: placements[i]! }))
    .sort((a, b) => Number(isMaterial(a.mark.issue)) - Number(isMaterial(b.mark.issue)))
  const shapes = drawOrder.map(({ mark }) => {
    const { issue } = mark
    const material = isMaterial(issue)
    const style = ASPECT_STYLES[issue.aspect]
    const stroke = material
      ? `stroke="${INK}" stroke-width="3.5"`
      : `stroke="#ffffff" stroke-width="1.5"`
    const ring = hasReviewMark(issue)
      ? `<circle class="review-ring" cx="${round(mark.x)}" cy="${round(mark.y)}" r="${mark.radius + 6}" ${REVIEW_RING}/>`
      : ''
    return `<g class="point" data-code="${escapeXml(issue.code)}" data-tier="${issue.tier}">${shape(style.shape, mark.x, mark.y, mark.radius, `fill="${style.color}" ${stroke}`)}${ring}</g>`
  })
  const labels = drawOrder.map(({ mark, place }) => {
    const leader = place.leader
      ? `<line x1="${round(mark.x)}" y1="${round(mark.y)}" x2="${round(place.x)}" y2="${round(place.y)}" stroke="#6b7b76" stroke-width="1.2"/>`
      : ''
    return (
      leader +
      text(mark.issue.code, place.x, place.y + labelSize * 0.36, {
        size: labelSize,
        weight: isMaterial(mark.issue) ? 'bold' : 'normal',
        anchor: 'middle',
        halo: true,
        className: 'point-label',
      })
    )
  })
  return [
    `<g class="points">${shapes.join('\n')}</g>`,
    `<g class="labels">${labels.join('\n')}</g>`,
  ].join('\n')
}

function shape(kind: AspectShape, x: number, y: number, r: number, paint: string): string {
  const polygon = (corners: [number, number][]) =>
    `<polygon points="${corners.map(([px, py]) => `${round(x + px)},${round(y + py)}`).join(' ')}" ${paint}/>`
  switch (kind) {
    case 'circle':
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${r}" ${paint}/>`
    case 'rect': {
      const half = r * 0.9
      return `<rect x="${round(x - half)}" y="${round(y - half)}" width="${round(2 * half)}" height="${round(2 * half)}" ${paint}/>`
    }
    case 'triangle': {
      const c = r * 1.25
      return polygon([
        [0, -c],
        [c * 0.866, c * 0.5],
        [-c * 0.866, c * 0.5],
      ])
    }
    case 'rectRot': {
      const c = r * 1.25
      return polygon([
        [0, -c],
        [c, 0],
        [0, c],
        [-c, 0],
      ])
    }
  }
}

/** The legend (aspects and the material mark) and, if `withKey`, a numbered key of every issue. */
function key(
  view: MatrixView,
  t: MatrixText,
  withKey: boolean,
  withReview: boolean,
  keyTitle = t.issue,
): { svg: string; bottom: number } {
  const parts: string[] = [text(t.legend, PANEL.left, PLOT.top + 6, { size: 20, weight: 'bold' })]
  let y = PLOT.top + 42
  const panelWidth = PANEL.right - PANEL.left - 34
  for (const aspect of ASPECTS) {
    const style = ASPECT_STYLES[aspect]
    parts.push(
      shape(style.shape, PANEL.left + 10, y - 6, 9, `fill="${style.color}"`),
      text(ellipsize(ASPECT_NAMES[aspect][view.locale], panelWidth, 17), PANEL.left + 36, y, {
        size: 17,
      }),
    )
    y += 30
  }
  parts.push(
    `<circle cx="${PANEL.left + 10}" cy="${y - 6}" r="${RADIUS.material}" fill="#ffffff" stroke="${INK}" stroke-width="3.5"/>`,
    ...wrapText(t.materialLegend, panelWidth, 17).map((line, i) =>
      text(line, PANEL.left + 36, y + i * 22, { size: 17 }),
    ),
  )
  y += 30 + 22 * (wrapText(t.materialLegend, panelWidth, 17).length - 1)
  const review = withReview ? wrapText(t.reviewLegend, panelWidth, 17) : []
  if (withReview) {
    parts.push(
      `<circle cx="${PANEL.left + 10}" cy="${y - 6}" r="${RADIUS.other + 3}" ${REVIEW_RING}/>`,
      ...review.map((line, i) => text(line, PANEL.left + 36, y + i * 22, { size: 17 })),
    )
    y += 30 + 22 * (review.length - 1)
  }
  y += 26
  if (!withKey) return { svg: `<g class="key">${parts.join('\n')}</g>`, bottom: y }
  parts.push(text(keyTitle, PANEL.left, y, { size: 20, weight: 'bold' }))
  y += 30
  const listed = [...view.issues].sort((a, b) => compareCodes(a.code, b.code))
  const available = PLOT.top + PLOT.size + 60 - y
  const step = Math.max(16, Math.min(24, available / Math.max(1, listed.length)))
  const size = Math.min(16, Math.round(step * 0.72))
  const codeWidth = Math.max(...listed.map((issue) => estimateWidth(issue.code, size)), 0) + 10
  for (const issue of listed) {
    const material = isMaterial(issue)
    const weight = material ? 'bold' : 'normal'
    const unplotted = issue.impact === null || issue.stakeholder === null
    const name = `${issue.name}${unplotted ? ' *' : ''}`
    parts.push(
      text(issue.code, PANEL.left + codeWidth - 10, y, { size, weight, anchor: 'end' }),
      text(ellipsize(name, PANEL.right - PANEL.left - codeWidth, size), PANEL.left + codeWidth, y, {
        size,
        weight,
      }),
    )
    y += step
  }
  return { svg: `<g class="key">${parts.join('\n')}</g>`, bottom: y }
}

/**
 * The legend under the plot, in two columns from `top`: the aspects, then the material and
 * review marks (for the narrow, printed figure).
 */
function legendBelow(
  view: MatrixView,
  t: MatrixText,
  top: number,
  width: number,
  withReview: boolean,
) {
  const columnWidth = (width - 2 * MARGIN) / 2
  const labelWidth = columnWidth - 50
  const parts: string[] = [text(t.legend, MARGIN, top, { size: 20, weight: 'bold' })]
  const entries: { mark: (x: number, y: number) => string; label: string }[] = [
    ...ASPECTS.map((aspect) => {
      const style = ASPECT_STYLES[aspect]
      return {
        mark: (x: number, y: number) => shape(style.shape, x, y, 9, `fill="${style.color}"`),
        label: ASPECT_NAMES[aspect][view.locale],
      }
    }),
    {
      mark: (x, y) =>
        `<circle cx="${x}" cy="${y}" r="${RADIUS.material}" fill="#ffffff" stroke="${INK}" stroke-width="3.5"/>`,
      label: t.materialLegend,
    },
    ...(withReview
      ? [
          {
            mark: (x: number, y: number) =>
              `<circle cx="${x}" cy="${y}" r="${RADIUS.other + 3}" ${REVIEW_RING}/>`,
            label: t.reviewLegend,
          },
        ]
      : []),
  ]
  let y = top + 36
  for (let row = 0; row < entries.length; row += 2) {
    let lines = 1
    for (const [column, entry] of entries.slice(row, row + 2).entries()) {
      const x = MARGIN + column * columnWidth
      const wrapped = wrapText(entry.label, labelWidth, 17)
      lines = Math.max(lines, wrapped.length)
      parts.push(
        entry.mark(x + 10, y - 6),
        ...wrapped.map((line, i) => text(line, x + 36, y + i * 22, { size: 17 })),
      )
    }
    y += 30 + 22 * (lines - 1)
  }
  return { svg: `<g class="key">${parts.join('\n')}</g>`, bottom: y + 10 }
}

interface TextOptions {
  size: number
  weight?: 'normal' | 'bold'
  anchor?: 'start' | 'middle' | 'end'
  fill?: string
  /** A white outline under the glyphs, so text over lines and points stays legible. */
  halo?: boolean
  className?: string
}

function text(content: string, x: number, y: number, options: TextOptions): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size}"`,
    `fill="${options.fill ?? INK}"`,
    ...(options.weight === 'bold' ? ['font-weight="bold"'] : []),
    ...(options.anchor && options.anchor !== 'start' ? [`text-anchor="${options.anchor}"`] : []),
    ...(options.halo
      ? ['stroke="#ffffff"', 'stroke-width="4"', 'stroke-linejoin="round"', 'paint-order="stroke"']
      : []),
    ...(options.className ? [`class="${options.className}"`] : []),
  ]
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )
}

/**
 * An estimate of a text's width: CJK and full-width characters one em, others a wide sans
 * serif's average (DejaVu Sans, the widest of the fonts the server may have).
 */
export function estimateWidth(value: string, size: number): number {
  let ems = 0
  for (const char of value) {
    const code = char.codePointAt(0)!
    if (code >= 0x2e80) ems += 1
    else if (/[A-Z0-9mwMW]/.test(char)) ems += 0.68
    else if (/[ilj.,:;'|!()\s]/.test(char)) ems += 0.32
    else ems += 0.58
  }
  return ems * size
}

/** The text cut with an ellipsis to fit `width`. */
function ellipsize(value: string, width: number, size: number): string {
  if (estimateWidth(value, size) <= width) return value
  let cut = value
  while (cut.length > 1 && estimateWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/** Lines no wider than `width`, broken at spaces where there are any (CJK breaks anywhere). */
export function wrapText(value: string, width: number, size: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of value.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (estimateWidth(candidate, size) <= width) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = ''
    let rest = word
    while (estimateWidth(rest, size) > width) {
      let cut = rest.length - 1
      while (cut > 1 && estimateWidth(rest.slice(0, cut), size) > width) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  return line ? [...lines, line] : lines
}

function isMaterial(issue: MatrixIssue): boolean {
  return issue.tier === 'material'
}

const round = (value: number) => Math.round(value * 10) / 10
