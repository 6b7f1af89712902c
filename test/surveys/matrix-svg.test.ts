import { describe, expect, test } from 'vitest'
import { matrixText } from '../../surveys/i18n/matrix.ts'
import { ASPECT_STYLES } from '../../surveys/reports/aspect-styles.ts'
import { labelOrder, placeLabels } from '../../surveys/reports/label-placement.ts'
import { footnoteLines, formatScore, plottedIssues } from '../../surveys/reports/matrix-footnote.ts'
import {
  escapeXml,
  estimateWidth,
  MATRIX_SVG_LABEL_SIZE,
  REPORT_FIGURE_OPTIONS,
  renderMatrixSvg,
  wrapText,
} from '../../surveys/reports/matrix-svg.ts'
import { snapshotMatrixView } from '../../surveys/schemas/matrix-view.ts'
import { demoScores, demoSnapshot } from '../support/snapshot.ts'

/** Throws unless every tag closes in order and every attribute is quoted: well-formed enough. */
function checkWellFormed(svg: string): void {
  const stack: string[] = []
  const tags = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g
  let last = 0
  for (let match = tags.exec(svg); match; match = tags.exec(svg)) {
    const between = svg.slice(last, match.index)
    if (/[<>]/.test(between)) throw new Error(`Stray markup before ${match[0]}: ${between}`)
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(between)) throw new Error(`Bare & in ${between}`)
    last = tags.lastIndex
    const [, closing, name, , selfClosing] = match
    if (selfClosing) continue
    if (closing) {
      const open = stack.pop()
      if (open !== name) throw new Error(`</${name}> closes <${open}>`)
    } else stack.push(name!)
  }
  if (/[<>]/.test(svg.slice(last))) throw new Error('Stray markup at the end')
  if (stack.length > 0) throw new Error(`Unclosed: ${stack.join(', ')}`)
}

const ASPECT_NAMES_OF = { en: 'Community investment', 'zh-Hant': '社區投資', 'zh-Hans': '社区投资' }

const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0

describe('renderMatrixSvg', () => {
  const view = snapshotMatrixView(demoSnapshot(), 'confirmed', 'en')

  test('is well-formed SVG with one point and one label per plotted issue', () => {
    expect(() => checkWellFormed('<svg><g></svg>')).toThrow()
    expect(() => checkWellFormed('<svg><text>a & b</text></svg>')).toThrow()
    const svg = renderMatrixSvg(view)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    checkWellFormed(svg)
    const plotted = plottedIssues(view)
    expect(plotted.length).toBe(33)
    expect(count(svg, /<g class="point" /g)).toBe(plotted.length)
    expect(count(svg, /class="point-label"/g)).toBe(plotted.length)
    for (const issue of plotted) {
      expect(svg).toContain(`data-code="${issue.code}" data-tier="${issue.tier}"`)
    }
  })

  test('draws both threshold lines at their values, and the material quadrant under `both`', () => {
    const svg = renderMatrixSvg(view)
    expect(count(svg, /class="threshold" data-axis="impact"/g)).toBe(1)
    expect(count(svg, /class="threshold" data-axis="stakeholder"/g)).toBe(1)
    expect(svg).toContain(`Threshold ${view.thresholds.impact!.toFixed(2)}`)
    expect(count(svg, /class="material-region"/g)).toBe(1)
    const noThresholds = renderMatrixSvg({
      ...view,
      thresholds: { impact: null, stakeholder: null },
    })
    expect(count(noThresholds, /class="threshold"/g)).toBe(0)
    expect(count(noThresholds, /class="material-region"/g)).toBe(0)
  })

  test('material points are larger with a dark ring; aspects keep their colours', () => {
    const svg = renderMatrixSvg(view)
    const material = svg.match(/<g class="point" data-code="7" data-tier="material">.*?<\/g>/)![0]
    expect(material).toContain('stroke-width="3.5"')
    const other = svg.match(/<g class="point" data-code="1" data-tier="not-material">.*?<\/g>/)![0]
    expect(other).toContain('stroke="#ffffff"')
    expect(other).toContain(`fill="${ASPECT_STYLES.environmental.color}"`)
  })

  test('leaves issues without a score on an axis out of the plot and says so', () => {
    const [first, ...rest] = view.issues
    const svg = renderMatrixSvg({ ...view, issues: [{ ...first!, stakeholder: null }, ...rest] })
    expect(count(svg, /<g class="point" /g)).toBe(32)
    expect(svg).toContain('1 issue(s) have no score on an axis')
  })

  test('has the title and a footnote with the response count, and escapes text', () => {
    const svg = renderMatrixSvg(
      { ...view, assessment: { ...view.assessment, name: 'R&D <FY25>' } },
      { notes: ['Checked "twice"'] },
    )
    checkWellFormed(svg)
    expect(svg).toContain('R&amp;D &lt;FY25&gt;')
    expect(svg).toContain('Responses: 60 (')
    expect(svg).not.toContain('60 responses')
    expect(svg).toContain('Checked &quot;twice&quot;')
  })

  test('renders Chinese names and axes', () => {
    const svg = renderMatrixSvg(snapshotMatrixView(demoSnapshot(), 'confirmed', 'zh-Hant'))
    checkWellFormed(svg)
    expect(svg).toContain('經濟、環境和社會影響的重要性')
    expect(svg).toContain('環境合規')
  })

  test('draws the top-N cut line when the threshold is top N', () => {
    const scores = demoScores()
    const svg = renderMatrixSvg({ ...view, cutPriority: scores.issues[4]!.priority })
    expect(count(svg, /class="threshold" data-axis="priority"/g)).toBe(1)
  })
})

describe('text helpers', () => {
  test('escapeXml escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    )
  })

  test('wrapText keeps every line within the width and loses no word', () => {
    const line =
      'Responses: 73 responses (Government and regulators 6, Shareholders and investors 10)'
    const lines = wrapText(line, 300, 15)
    expect(lines.length).toBeGreaterThan(1)
    for (const part of lines) expect(estimateWidth(part, 15)).toBeLessThanOrEqual(300)
    expect(lines.join(' ')).toBe(line)
    const chinese = wrapText('經濟、環境和社會影響的重要性'.repeat(4), 200, 15)
    expect(chinese.join('')).toBe('經濟、環境和社會影響的重要性'.repeat(4))
  })

  test('formatScore gives two places, or the dash (or the words given) for no score', () => {
    expect(formatScore(3.456)).toBe('3.46')
    expect(formatScore(2)).toBe('2.00')
    expect(formatScore(null)).toBe('—')
    expect(formatScore(undefined)).toBe('—')
    expect(formatScore(null, 'Not scored')).toBe('Not scored')
    expect(formatScore(0, 'Not scored')).toBe('0.00')
  })
})

describe('the figure for downloads and print', () => {
  const view = snapshotMatrixView(demoSnapshot(), 'confirmed', 'zh-Hant')
  const keyed = (svg: string) => svg.includes('font-weight="bold">議題</text>')

  test('draws the key of issue numbers unless told not to, and keeps the legend', () => {
    const withKey = renderMatrixSvg(view)
    const without = renderMatrixSvg(view, { key: false })
    expect(keyed(withKey)).toBe(true)
    expect(keyed(without)).toBe(false)
    expect(withKey).toContain('環境合規')
    expect(without).not.toContain('環境合規')
    expect(without).toContain('社區投資')
    expect(count(without, /<g class="point" /g)).toBe(33)
    expect(count(withKey, /text-anchor="end">7<\/text>/g)).toBe(1)
    expect(count(without, /text-anchor="end">7<\/text>/g)).toBe(0)
  })

  test('without title and footnote, the figure starts above the plot and ends below it', () => {
    const svg = renderMatrixSvg(view, { title: [], footnote: false, key: false })
    checkWellFormed(svg)
    expect(svg).toMatch(/viewBox="0 100 1800 1160"/)
    expect(svg).toContain('<rect y="100" width="100%"')
    for (const line of footnoteLines(view, matrixText['zh-Hant'])) {
      expect(svg).not.toContain(escapeXml(line))
    }
  })

  // What prints on A4 (client/admin/disclosure/disclosure.css): 210 mm less 2 × 16 mm margins,
  // the image at most 21 cm high, its width and height kept in proportion.
  const POINTS_PER_MM = 72 / 25.4
  const COLUMN_PT = 178 * POINTS_PER_MM
  const MAX_HEIGHT_PT = 210 * POINTS_PER_MM
  /** The printed size in pt of each text of `svg`, by class or content. */
  function printedSizes(svg: string) {
    const [, , , width, height] = svg.match(/viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/)!
    const printedWidth = Math.min(COLUMN_PT, (MAX_HEIGHT_PT * Number(width)) / Number(height))
    const pt = (units: number) => (units * printedWidth) / Number(width)
    const sizes = (pattern: RegExp) => [...svg.matchAll(pattern)].map((m) => pt(Number(m[1])))
    return {
      labels: sizes(/<text [^>]*font-size="([\d.]+)"[^>]*class="point-label"/g),
      axisTitles: sizes(/<text [^>]*font-size="([\d.]+)"[^>]*class="axis-title"/g),
      axisNumbers: sizes(/<text [^>]*font-size="([\d.]+)"[^>]*>[1-5]<\/text>/g),
      all: sizes(/<text [^>]*font-size="([\d.]+)"/g),
    }
  }

  test.each(['en', 'zh-Hant', 'zh-Hans'] as const)(
    'the printed figure (%s) has point labels of 7 pt or more at A4 column width',
    (locale) => {
      const localView = snapshotMatrixView(demoSnapshot(), 'confirmed', locale)
      const svg = renderMatrixSvg(localView, REPORT_FIGURE_OPTIONS)
      checkWellFormed(svg)
      const sizes = printedSizes(svg)
      expect(sizes.labels).toHaveLength(33)
      // 17 units of 1200 across 178 mm: 7.15 pt (beside the legend, 1800 units: 4.77 pt).
      expect(sizes.labels[0]).toBeCloseTo(7.15, 2)
      expect(Math.min(...sizes.labels)).toBeGreaterThanOrEqual(7)
      expect(Math.min(...sizes.axisNumbers)).toBeGreaterThanOrEqual(7)
      expect(Math.min(...sizes.axisTitles)).toBeGreaterThanOrEqual(8)
      // The threshold labels, the smallest text, stay above 6.5 pt.
      expect(Math.min(...sizes.all)).toBeGreaterThanOrEqual(6.5)
      // The legend is below the plot: no text right of it.
      expect(svg).toMatch(/viewBox="0 100 1200 \d+"/)
      expect(svg).toContain(ASPECT_NAMES_OF[locale])
      expect(svg).not.toContain('font-weight="bold">議題</text>')
    },
  )

  test('the downloaded figure keeps its legend beside the plot', () => {
    const svg = renderMatrixSvg(view, { key: false })
    expect(svg).toMatch(/viewBox="0 0 1800 \d+"/)
    expect(svg).toContain(`font-size="${MATRIX_SVG_LABEL_SIZE}"`)
  })

  test('a group view names the group in the title and counts only its responses', () => {
    const group = view.groups[1]!
    const svg = renderMatrixSvg({ ...view, group: group.key })
    expect(svg).toContain(`${matrixText['zh-Hant'].title} — ${group.name}`)
    const responses = footnoteLines({ ...view, group: group.key }, matrixText['zh-Hant'])[0]!
    expect(responses).toContain(`${group.name} ${view.responses.byGroup[group.key]}`)
    expect(responses).not.toContain(view.groups[0]!.name)
  })
})

describe('placeLabels', () => {
  const area = { left: 0, top: 0, right: 200, bottom: 200 }

  test('puts a lone label to the right of its point, clear of the point', () => {
    const [place] = placeLabels([{ x: 100, y: 100, radius: 10, width: 20, height: 10 }], area)
    // radius + 3 from the centre, then half the label's width.
    expect(place).toEqual({ x: 123, y: 100, leader: false, crowded: false })
  })

  test('no two labels overlap, and none covers another point', () => {
    const points = [
      { x: 100, y: 100, radius: 8, width: 16, height: 12 },
      { x: 104, y: 100, radius: 8, width: 16, height: 12 },
      { x: 100, y: 106, radius: 8, width: 16, height: 12 },
    ]
    const places = placeLabels(points, area)
    const box = (p: { x: number; y: number }) => ({
      l: p.x - 8,
      r: p.x + 8,
      t: p.y - 6,
      b: p.y + 6,
    })
    const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b
    for (const [i, a] of places.entries()) {
      for (const b of places.slice(i + 1)) expect(overlap(box(a), box(b))).toBe(false)
    }
  })

  test('material issues, then by rank, choose first', () => {
    const issues = [
      { tier: 'not-material', rank: 1 },
      { tier: 'material', rank: 5 },
      { tier: 'material', rank: 2 },
      { tier: 'review', rank: null },
    ]
    const sorted = [...issues].sort((a, b) => labelOrder(a) - labelOrder(b))
    expect(sorted.map((issue) => issue.rank)).toEqual([2, 5, 1, null])
  })
})

describe('placeLabels on a crowded screen', () => {
  const area = { left: 0, top: 0, right: 40, bottom: 40 }
  const crowd = Array.from({ length: 30 }, () => ({
    x: 20,
    y: 20,
    radius: 3,
    width: 10,
    height: 10,
  }))

  test('marks what has no free spot as crowded, the first label never', () => {
    const placed = placeLabels(crowd, area, { omitCrowded: true })
    expect(placed[0]!.crowded).toBe(false)
    expect(placed.filter((place) => place.crowded).length).toBeGreaterThan(0)
  })

  test('keeps clear of obstacles', () => {
    const [place] = placeLabels([{ x: 20, y: 20, radius: 3, width: 10, height: 10 }], area, {
      obstacles: [{ left: 24, top: 0, right: 40, bottom: 40 }],
    })
    expect(place!.x + 5).toBeLessThanOrEqual(24)
    expect(place!.crowded).toBe(false)
  })
})
