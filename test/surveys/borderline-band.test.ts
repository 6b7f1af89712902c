import { describe, expect, test } from 'vitest'
import { bandLegend, bandStrips, issueBands } from '../../surveys/domain/borderline-band.ts'
import type { BorderlineSettings } from '../../surveys/domain/settings.ts'
import { matrixText } from '../../surveys/i18n/matrix.ts'
import { renderMatrixSvg } from '../../surveys/reports/matrix-svg.ts'
import { type MatrixView, snapshotMatrixView } from '../../surveys/schemas/matrix-view.ts'
import { demoSnapshot, REVIEW_CODES } from '../support/snapshot.ts'

const t = matrixText.en
const demo = snapshotMatrixView(demoSnapshot(), 'confirmed', 'en')

/** Three plotted issues with chosen SEs, thresholds 3.5 (impact) and 3.2 (stakeholder). */
function viewWith(borderline: BorderlineSettings, rule: MatrixView['rule'] = 'both'): MatrixView {
  const ses = [0.02, 0.1, 0.3]
  const issues = demo.issues.slice(0, 3).map((issue, i) => ({
    ...issue,
    se: { impact: ses[i]!, stakeholder: ses[2 - i]! / 2 },
  }))
  return {
    ...demo,
    rule,
    thresholds: { impact: 3.5, stakeholder: 3.2 },
    settings: { ...demo.settings, borderline },
    issues,
  }
}

describe('bandStrips', () => {
  test('k·SE: each strip is the median of the issues’ own bands', () => {
    // impact: max(0.10, 1.96·{0.02, 0.1, 0.3}) = 0.10, 0.196, 0.588 → median 0.196
    // stakeholder SEs 0.15, 0.05, 0.01 → 0.294, 0.10, 0.10 → median 0.10
    const strips = bandStrips(viewWith({ mode: 'se', k: 1.96 }))
    expect(strips.map((s) => s.axis)).toEqual(['impact', 'stakeholder'])
    expect(strips[0]!.threshold).toBe(3.5)
    expect(strips[0]!.halfWidth).toBeCloseTo(0.196, 12)
    expect(strips[1]!.halfWidth).toBeCloseTo(0.1, 12)
    expect(
      issueBands(viewWith({ mode: 'se', k: 1.96 }), viewWith({ mode: 'off' }).issues[2]!),
    ).toMatchObject({ stakeholder: 0.1 })
  })

  test('a fixed width is the strip on every threshold the rule reads', () => {
    const both = bandStrips(viewWith({ mode: 'fixed', width: 0.25 }))
    expect(both).toEqual([
      { axis: 'impact', threshold: 3.5, halfWidth: 0.25 },
      { axis: 'stakeholder', threshold: 3.2, halfWidth: 0.25 },
    ])
    const impactOnly = bandStrips(viewWith({ mode: 'fixed', width: 0.25 }, 'impactOnly'))
    expect(impactOnly.map((s) => s.axis)).toEqual(['impact'])
  })

  test('none when the band is off or under top N', () => {
    expect(bandStrips(viewWith({ mode: 'off' }))).toEqual([])
    const topN = { ...viewWith({ mode: 'fixed', width: 0.25 }) }
    topN.thresholds = { impact: null, stakeholder: null }
    expect(bandStrips(topN)).toEqual([])
  })
})

describe('bandLegend', () => {
  test('says how the band is set and how wide the strip is drawn', () => {
    expect(bandLegend(viewWith({ mode: 'se', k: 1.96 }), t)).toBe(
      'Shaded strip: the borderline band, within max(0.10, 1.96·SE) of a threshold (drawn at the median: Impact ±0.20, Stakeholder ±0.10). An issue inside it goes to review.',
    )
    expect(bandLegend(viewWith({ mode: 'fixed', width: 0.3 }), t)).toContain('within ±0.30')
    expect(bandLegend(viewWith({ mode: 'off' }), t)).toBe(t.bandOff)
    const topN = viewWith({ mode: 'off' })
    topN.cutPriority = 3.1
    expect(bandLegend(topN, t)).toBeNull()
  })
})

describe('the band in the SVG figure', () => {
  test('a strip per threshold, a dashed ring on every review point, the band in the footnote', () => {
    const svg = renderMatrixSvg(demo)
    expect(svg.match(/class="band" data-axis="impact"/g)).toHaveLength(1)
    expect(svg.match(/class="band" data-axis="stakeholder"/g)).toHaveLength(1)
    const review = demo.issues.filter((issue) => issue.tier === 'review')
    expect(review.map((issue) => issue.code).sort()).toEqual([...REVIEW_CODES].sort())
    expect(svg.match(/class="review-ring"/g)).toHaveLength(review.length)
    for (const issue of review) {
      expect(svg).toMatch(
        new RegExp(`data-code="${issue.code}" data-tier="review">[^\\n]*review-ring`),
      )
    }
    expect(svg).toContain('the borderline band, within max(0.10, 1.96·SE)')
    expect(renderMatrixSvg(viewWith({ mode: 'off' }))).not.toContain('class="band"')
  })
})
