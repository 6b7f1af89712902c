import type { Axis } from '#surveys/domain/model'
import { DEFAULT_SETTINGS } from '#surveys/domain/settings'
import { buildSnapshot, type Snapshot, type SnapshotInput } from '#surveys/domain/snapshot'
import { DEFAULT_STAKEHOLDER_GROUPS } from '#surveys/domain/stakeholders'
import { HKEX_33 } from '#surveys/libraries/hkex-33'
import { type Aggregate, type MatrixScores, scoreMatrix } from '#surveys/scoring/score-matrix'

// A result shaped like the source report's: 33 issues, six equally weighted groups of ten
// respondents. Issues 7, 10, 15, 29 and 30 score high on both axes (material), 3, 9 and 16 high on
// impact only (review under the `both` rule), the rest low (not material).

/** The five material issues of the source report, by code. */
export const MATERIAL_CODES = ['7', '10', '15', '29', '30']
export const REVIEW_CODES = ['3', '9', '16']

const HIGH = [5, 5, 4, 5, 4, 5, 4, 5, 5, 4]
/** Ten answers of 2 and 3 with `threes` threes: mean 2 + threes/10. */
const low = (threes: number) => Array.from({ length: 10 }, (_, i) => (i < threes ? 3 : 2))

function answers(scores: number[]): Pick<Aggregate, 'n' | 'sum' | 'sumSquares' | 'dontKnow'> {
  const sum = scores.reduce((a, b) => a + b, 0)
  const sumSquares = scores.reduce((a, b) => a + b * b, 0)
  return { n: scores.length, sum, sumSquares, dontKnow: 0 }
}

function scoresFor(code: string, axis: Axis): number[] {
  if (MATERIAL_CODES.includes(code)) return HIGH
  if (REVIEW_CODES.includes(code) && axis === 'impact') return HIGH
  return low((Number(code) * 3) % 9)
}

/** Issue ids are "100" + code, so ids and codes never get mixed up unnoticed. */
export const idOf = (code: string) => `100${code}`

export function demoScores(): MatrixScores {
  const aggregates = HKEX_33.flatMap((issue) =>
    DEFAULT_STAKEHOLDER_GROUPS.flatMap((group) =>
      (['impact', 'stakeholder'] as const).map((axis) => ({
        issueId: idOf(issue.code),
        axis,
        groupKey: group.key,
        ...answers(scoresFor(issue.code, axis)),
      })),
    ),
  )
  return scoreMatrix({
    issues: HKEX_33.map((issue) => ({ id: idOf(issue.code), code: issue.code })),
    groups: DEFAULT_STAKEHOLDER_GROUPS,
    aggregates,
    settings: DEFAULT_SETTINGS,
  })
}

const INVITED: Record<string, number | null> = {
  government: 12,
  investors: 20,
  customers: null,
  employees: 80,
  suppliers: 25,
  community: null,
}

/**
 * A confirmed snapshot of the demo result: the five material issues confirmed in the source
 * report's order, the three review issues decided not material with reasons.
 */
export function demoSnapshot(overrides: Partial<SnapshotInput> = {}): Snapshot {
  const scores = demoScores()
  const order = MATERIAL_CODES.map(idOf)
  return buildSnapshot({
    assessment: {
      id: '1',
      name: 'FY2025 materiality assessment',
      organisation: { id: '1', name: 'Acme Holdings' },
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    },
    identification: { library: 'hkex-33' },
    survey: { openedAt: '2026-01-05T01:00:00.000Z', closedAt: '2026-02-27T10:00:00.000Z' },
    settings: DEFAULT_SETTINGS,
    // Sixty responses (ten per group); the digest is a placeholder, no pack is built from it.
    responses: { count: 60, lastId: '60', digest: 'ab'.repeat(32) },
    scores,
    issues: HKEX_33.map((issue) => ({ ...issue, id: idOf(issue.code), gri: [...issue.gri] })),
    groups: DEFAULT_STAKEHOLDER_GROUPS.map((group) => ({
      key: group.key,
      names: group.names,
      channels: group.channels,
      weight: group.weight,
      axes: [...group.axes],
      invited: INVITED[group.key] ?? null,
      responded: 10,
    })),
    decisions: scores.issues.map((issue) => ({
      issueId: issue.id,
      material: order.includes(issue.id),
      rationale:
        issue.tier === 'review'
          ? 'Rated high on impact but low by stakeholders; our operations are small here.'
          : null,
      computedTier: issue.tier,
      override: false,
    })),
    order,
    version: 1,
    previousHash: null,
    confirmedBy: { id: '2', name: 'Rita Reviewer', email: 'rita@example.com' },
    confirmedAt: '2026-03-12T02:00:00.000Z',
    ...overrides,
  })
}
