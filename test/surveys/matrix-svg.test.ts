import { describe, expect, test } from 'vitest'
import { ASPECT_STYLES as CLIENT_STYLES } from '../../client/admin/matrix/format.ts'
import { ASPECT_STYLES } from '../../surveys/reports/aspect-styles.ts'
import {
  escapeXml,
  estimateWidth,
  plottedIssues,
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
})

test('the server figure and the admin chart use the same aspect palette', () => {
  expect(ASPECT_STYLES).toEqual(CLIENT_STYLES)
})
