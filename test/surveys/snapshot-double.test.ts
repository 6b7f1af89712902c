import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { DEFAULT_DOUBLE_MATERIALITY } from '../../surveys/domain/double-materiality.ts'
import { canonicalJson, readSnapshot } from '../../surveys/domain/snapshot.ts'
import type { SnapshotDoubleMateriality } from '../../surveys/domain/snapshot-double.ts'
import { DOUBLE_RESULT_HEADER, doubleResultCsv } from '../../surveys/reports/evidence-double.ts'
import { scoreDoubleMateriality } from '../../surveys/scoring/double-materiality.ts'
import {
  type TopicViewsBeside,
  viewsBesideScores,
} from '../../surveys/scoring/stakeholder-views.ts'
import { csvObjects } from '../support/csv.ts'
import { demoSnapshot, idOf } from '../support/snapshot.ts'

/** A double-materiality part as it was sealed before stakeholder views and ranks were. */
function sealedBeforeViews(): SnapshotDoubleMateriality {
  const result = scoreDoubleMateriality({
    issues: [
      { id: idOf('7'), code: '7' },
      { id: idOf('10'), code: '10' },
      { id: idOf('15'), code: '15' },
    ],
    iros: [
      {
        id: '1',
        issueId: idOf('7'),
        type: 'negative-impact',
        actual: false,
        humanRights: true,
        horizons: ['medium'],
        scores: [{ assessor: '5', scores: { scale: 4, scope: 3, irremediability: 4 } }],
      },
      {
        id: '2',
        issueId: idOf('10'),
        type: 'risk',
        actual: false,
        humanRights: false,
        horizons: ['short'],
        scores: [
          { assessor: '5', scores: { horizons: { short: { magnitude: 2, likelihood: 3 } } } },
        ],
      },
    ],
    settings: DEFAULT_DOUBLE_MATERIALITY,
  })
  return {
    settings: DEFAULT_DOUBLE_MATERIALITY,
    iros: [],
    scores: [],
    topics: result.topics,
  }
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** A view as the confirmation seals it: a score on 1–5, its answers, difference and flag. */
function viewsOf(impact: number | null, expert: number | null): TopicViewsBeside {
  const view = (score: number | null) => ({ score, n: score === null ? 0 : 6, groups: [] })
  return viewsBesideScores(
    { impact: expert, financial: null },
    { issueId: '', impact: view(impact), financial: view(null) },
  )
}

describe('a double-materiality snapshot sealed before the stakeholder views were', () => {
  test('seals and re-serialises to the same bytes and hash as before', () => {
    // The SHA-256 of this snapshot as sealed at commit f711839, before the views were: versions
    // confirmed then must hash as they did, so the views are a field only where present.
    const before = 'bb4a004e4aa2960f61d98c6b50c3367b12758df62db970961d50ba2ad9d71eb1'
    const text = canonicalJson(demoSnapshot({ doubleMateriality: sealedBeforeViews() }))
    expect(text).not.toContain('stakeholderViews')
    expect(sha256(text)).toBe(before)
    expect(canonicalJson(readSnapshot(text))).toBe(text)
  })

  test('its pack’s double-materiality.csv keeps its columns; a version with views adds theirs', () => {
    const old = demoSnapshot({ doubleMateriality: sealedBeforeViews() })
    expect(Object.keys(csvObjects(doubleResultCsv(old, old.doubleMateriality!))[0]!)).toEqual(
      DOUBLE_RESULT_HEADER,
    )
    const double = sealedBeforeViews()
    double.topics = double.topics.map((topic) => ({
      ...topic,
      stakeholderViews: viewsOf(topic.impact === null ? null : 2.5, topic.impact),
    }))
    const sealed = demoSnapshot({ doubleMateriality: double })
    const rows = csvObjects(doubleResultCsv(sealed, double))
    // Topic 7: I_t = mean(4, 3, 4) = 3.67, SV_I 2.5: 1.17 apart, a reason was required.
    expect(rows[0]).toMatchObject({
      'topic code': '7',
      'impact (I_t)': '3.6667',
      'impact view (SV_I)': '2.5000',
      'impact view answers': '6',
      'impact difference (I_t − SV_I)': '1.1667',
      'financial view (SV_F)': '',
      'view rationale required': 'yes',
    })
    expect(rows[1]).toMatchObject({ 'topic code': '10', 'view rationale required': 'no' })
    expect(canonicalJson(sealed)).toContain('"stakeholderViews":{"financial":{')
  })
})
