import { describe, expect, test } from 'vitest'
import { planIroImport } from '../../surveys/domain/iro-import.ts'
import { dmFigure } from '../../surveys/reports/dm-figure.ts'
import { renderMatrixSvg } from '../../surveys/reports/matrix-svg.ts'

const names = (en: string) => ({ en, 'zh-Hant': en, 'zh-Hans': en })

const input = {
  assessment: { id: '1', name: 'FY2025', status: 'open' as const },
  formula: 'mode-b' as const,
  topics: [
    {
      issueId: '1',
      code: 'E1.1',
      names: names('Adaptation'),
      impact: 3.5,
      financial: 2,
      material: true,
    },
    {
      issueId: '2',
      code: 'S1.1',
      names: names('Working conditions'),
      impact: 2,
      financial: 2.5,
      material: false,
    },
    {
      issueId: '3',
      code: 'G1.1',
      names: names('Culture'),
      impact: null,
      financial: 4,
      material: true,
    },
    {
      issueId: '4',
      code: 'G1.2',
      names: names('Suppliers'),
      impact: null,
      financial: null,
      material: false,
    },
  ],
  issues: new Map([['1', { aspect: 'environmental' as const, hkex: { aspect: 'A4', kpis: [] } }]]),
  thresholds: { impact: 3, financial: 3 },
  whatIf: false,
  locale: 'en' as const,
}

describe('the double-materiality figure (the one matrix figure)', () => {
  test('impact on x, financial on y, threshold lines, a point per topic scored on both', () => {
    const svg = renderMatrixSvg(...dmFigure(input))
    expect(svg).toContain('>Impact materiality</text>')
    expect(svg).toContain('>Financial materiality</text>')
    expect(svg).not.toContain('Significance of economic')
    // T_I = 3 at x = 150 + (3 − 1)·250 = 650; T_F = 3 at y = 150 + 1000 − 500 = 650.
    expect(svg).toMatch(/data-axis="impact" x1="650"/)
    expect(svg).toMatch(/data-axis="stakeholder" x1="150" y1="650"/)
    const points = [...svg.matchAll(/class="point" data-code="([^"]+)" data-tier="([^"]+)"/g)]
    expect(points.map((m) => [m[1], m[2]]).sort()).toEqual([
      ['E1.1', 'material'],
      ['S1.1', 'not-material'],
    ])
    // G1.1 (financial only) is listed in the key, starred; G1.2 (no score) is not in the figure.
    expect(svg).toContain('Culture *')
    expect(svg).not.toContain('Suppliers')
    expect(svg).toContain('Scored on one axis only (1 topic): listed, not plotted.')
    // No review tier in double materiality, so no review ring in the legend.
    expect(svg).not.toContain('management decides')
  })

  test('what-if thresholds move the lines and the decision, and the figure says so', () => {
    const svg = renderMatrixSvg(
      ...dmFigure({ ...input, thresholds: { impact: 4, financial: 3 }, whatIf: true }),
    )
    expect(svg).toMatch(/data-axis="impact" x1="900"/)
    expect(svg).toContain('data-code="E1.1" data-tier="not-material"')
    expect(svg).toContain('What-if thresholds (not saved)')
  })
})

describe('planIroImport', () => {
  const topics = new Map([['e1.1', '7']])
  test('labels in any language and the keys themselves; lists split at semicolons', () => {
    const plan = planIroImport(
      [
        {
          row: 2,
          values: {
            code: 'e1.1',
            type: '风险',
            actual: 'potential',
            humanRights: '是',
            valueChain: 'Upstream；自身營運',
            horizons: 'short; Long (> 5 years)',
            description: "'=Formula-looking text",
            evidence: 'https://example.com/a.pdf Audit; A note only',
            owner: '',
          },
        },
      ],
      topics,
    )
    expect(plan.errors).toEqual([])
    expect(plan.iros).toEqual([
      {
        row: 2,
        issueId: '7',
        type: 'risk',
        actual: false,
        humanRights: true,
        valueChain: ['upstream', 'own-operations'],
        horizons: ['short', 'long'],
        description: '=Formula-looking text',
        affectedStakeholders: [],
        evidence: [{ url: 'https://example.com/a.pdf', note: 'Audit' }, { note: 'A note only' }],
        owner: null,
      },
    ])
  })

  test('each wrong cell is an error of its row and field; the row is left out', () => {
    const plan = planIroImport(
      [{ row: 4, values: { code: '', type: 'Risky', actual: 'Actual', description: 'x' } }],
      topics,
    )
    expect(plan.iros).toEqual([])
    expect(plan.invalidRows).toBe(1)
    expect(plan.errors.map((error) => [error.row, error.field, error.code])).toEqual([
      [4, 'code', 'required'],
      [4, 'type', 'unknown_choice'],
    ])
  })
})
