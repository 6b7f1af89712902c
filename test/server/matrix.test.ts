import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { ADMIN, client, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { openAssessment, type Respondent, seedRespondents } from '../support/matrix.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
})

const DK = null
const times = <T>(count: number, value: T): T[] => Array<T>(count).fill(value)

/**
 * The hand-computed fixture (weights 1, nMin 3, percentile 0.75, rule both). 12 respondents:
 * government 3, investors 4, employees 3, customers 2 (below nMin); suppliers and community none.
 *
 * Issue 1 impact:      gov 4,4,5 · inv 3,3,3,4 · emp 5,5,5 · cust 1,1
 * Issue 1 stakeholder: gov DK ×3 · inv 4 ×4    · emp 2,3,4 · cust 5,5
 * Issues 2, 3: 5 and 5 from everyone · issue 4: 5 and 1 · issues 5–33: 2 and 2.
 */
const FIXTURE: Respondent[] = [
  ...[4, 4, 5].map((x) => ({ group: 'government', scores: one(x, DK) })),
  ...[3, 3, 3, 4].map((x) => ({ group: 'investors', scores: one(x, 4) })),
  ...[2, 3, 4].map((y) => ({ group: 'employees', scores: one(5, y) })),
  ...times(2, { group: 'customers', scores: one(1, 5) }),
].map((respondent) => ({ ...respondent, rest: [2, 2] }))

function one(impact: number, stakeholder: number | null) {
  return { '1': [impact, stakeholder], '2': [5, 5], '3': [5, 5], '4': [5, 1] } as Record<
    string,
    [number | null, number | null]
  >
}

/**
 * Expected values, worked by hand.
 * Thresholds: impact has 29 issues at 2, issue 1, and three at 5; sorted, index 32·0.75 = 24 is
 * 2, so T = max(3, 2) = 3; stakeholder likewise (1, 2 ×29, …): T = 3.
 * Issue 1 impact: E = gov (13/3, s² = 1/3), inv (13/4, s² = 1/4), emp (5, s = 0); cust n = 2.
 *   S = (13/3 + 13/4 + 5)/3 = 151/36; C = 3/6 = 0.5; SE² = (1/9)(1/9 + 1/16 + 0) = 25/1296 →
 *   SE = 5/36; D = 5 − 13/4 = 1.75 (contested); n = 12.
 * Issue 1 stakeholder: gov has no answers (3 DK); E = inv (4, s = 0), emp (3, s² = 1).
 *   S = 3.5; C = 2/6 = 1/3 (low coverage); SE² = (1/4)(0) + (1/4)(1/3) = 1/12 → SE = 0.2887;
 *   |3.5 − 3| = 0.5 ≤ 1.96·0.2887 = 0.566: borderline. D = 1.
 *   P = (151/36 + 3.5)/2 = 277/72 → rank 3 after issues 2 and 3 (P = 5, then by code).
 */
function expectHandComputed(matrix: Record<string, unknown> & { issues: MatrixIssue[] }) {
  expect(matrix).toMatchObject({
    scale: { min: 1, max: 5 },
    rule: 'both',
    thresholds: { impact: 3, stakeholder: 3 },
  })
  const issue = byCode(matrix.issues, '1')
  expect(issue.impact).toBeCloseTo(151 / 36, 12)
  expect(issue.stakeholder).toBe(3.5)
  expect(issue.priority).toBeCloseTo(277 / 72, 12)
  expect(issue.coverage.impact).toBe(0.5)
  expect(issue.coverage.stakeholder).toBeCloseTo(1 / 3, 12)
  expect(issue.se.impact).toBeCloseTo(5 / 36, 12)
  expect(issue.se.stakeholder).toBeCloseTo(Math.sqrt(1 / 12), 12)
  expect(issue.spread).toEqual({ impact: 1.75, stakeholder: 1 })
  expect(issue.n).toEqual({ impact: 12, stakeholder: 9 })
  expect(issue.dontKnow).toEqual({ impact: 0, stakeholder: 3 })
  expect(issue).toMatchObject({
    code: '1',
    aspect: 'environmental',
    name: 'Environmental compliance',
    tier: 'review',
    rank: 3,
    flags: ['low-coverage', 'contested', 'borderline'],
  })
  const government = issue.groups.impact.find((g) => g.key === 'government')!
  expect(government).toMatchObject({ n: 3, dontKnow: 0, eligible: true })
  expect(government.mean).toBeCloseTo(13 / 3, 12)
  expect(government.sd).toBeCloseTo(Math.sqrt(1 / 3), 12)
  expect(issue.groups.impact.find((g) => g.key === 'customers')).toMatchObject({
    n: 2,
    mean: 1,
    eligible: false,
  })
  expect(byCode(matrix.issues, '2')).toMatchObject({ tier: 'material', rank: 1, priority: 5 })
  expect(byCode(matrix.issues, '3')).toMatchObject({ tier: 'material', rank: 2 })
  expect(byCode(matrix.issues, '4')).toMatchObject({ tier: 'review', rank: 4, priority: 3 })
  expect(byCode(matrix.issues, '33')).toMatchObject({ tier: 'not-material', rank: 33 })
  expect(matrix.issues.map((i) => i.code).slice(0, 6)).toEqual(['2', '3', '1', '4', '5', '6'])
}

interface MatrixIssue {
  code: string
  name: string
  impact: number | null
  stakeholder: number | null
  priority: number | null
  coverage: { impact: number; stakeholder: number }
  se: { impact: number | null; stakeholder: number | null }
  spread: { impact: number | null; stakeholder: number | null }
  n: { impact: number; stakeholder: number }
  dontKnow: { impact: number; stakeholder: number }
  tier: string
  rank: number | null
  flags: string[]
  groups: { impact: { key: string; n: number; mean: number | null; sd: number }[] }
}

function byCode(issues: MatrixIssue[], code: string): MatrixIssue {
  const issue = issues.find((candidate) => candidate.code === code)
  if (!issue) throw new Error(`no issue ${code}`)
  return issue
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return queryRows<T>(database.db, query)
}

describe('GET /api/assessments/:id/matrix', () => {
  test('computes the hand-worked fixture from the running sums', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    await seedRespondents(database, id, FIXTURE)
    const matrix = await admin.get(`/api/assessments/${id}/matrix`)
    expect(matrix.status).toBe(200)
    expectHandComputed(matrix.json)
    expect(matrix.json.responses).toEqual({
      total: 12,
      flagged: 0,
      byGroup: {
        government: 3,
        investors: 4,
        customers: 2,
        employees: 3,
        suppliers: 0,
        community: 0,
      },
    })
    expect(matrix.json).toMatchObject({ live: true, whatIf: false, group: null })
    expect(matrix.json.issues).toHaveLength(33)
    // The sums stored are the exact integers of the raw ratings.
    const [sums] = await rows<{ n: number; sum: number; squares: number; dk: number }>(sql`
      SELECT s.n::int, s.sum::int, s.sum_squares::int AS squares, s.dont_know::int AS dk
      FROM score_sums s JOIN assessment_issues i ON i.id = s.issue_id
      JOIN stakeholder_groups g ON g.id = s.group_id
      WHERE i.code = '1' AND s.axis = 'impact' AND g.key = 'investors'`)
    expect(sums).toEqual({ n: 4, sum: 13, squares: 43, dk: 0 })
    const [mark] = await rows<{ id: number }>(
      sql`SELECT response_id::int AS id FROM score_watermarks`,
    )
    const [last] = await rows<{ id: number }>(sql`SELECT max(id)::int AS id FROM responses`)
    expect(mark!.id).toBe(last!.id)
  })

  test('folds responses that arrive later, counts flagged ones, and can leave them out', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    await seedRespondents(database, id, FIXTURE)
    await admin.get(`/api/assessments/${id}/matrix`)
    // A straight-lining employee answers 1 everywhere: employees' impact on issue 1 becomes
    // 5,5,5,1 → mean 16/4 = 4.
    await seedRespondents(database, id, [
      { group: 'employees', rest: [1, 1], flags: ['straight-lining'] },
    ])
    const live = await admin.get(`/api/assessments/${id}/matrix`)
    const employees = byCode(live.json.issues, '1').groups.impact.find((g) => g.key === 'employees')
    expect(employees).toMatchObject({ n: 4, mean: 4 })
    expect(live.json.responses).toMatchObject({ total: 13, flagged: 1 })
    await database.db.execute(
      sql`UPDATE assessments SET settings = settings || '{"excludeFlagged": true}'::jsonb`,
    )
    const excluded = await admin.get(`/api/assessments/${id}/matrix`)
    expectHandComputed(excluded.json)
    expect(excluded.json.responses).toMatchObject({ total: 12, flagged: 1 })
    const [count] = await rows<{ n: number }>(sql`
      SELECT sum(responses)::int AS n FROM score_response_counts WHERE flagged`)
    expect(count!.n).toBe(1)
  })

  test('one group’s view scores that group alone', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    await seedRespondents(database, id, FIXTURE)
    const view = await admin.get(`/api/assessments/${id}/matrix?group=investors`)
    expect(view.status).toBe(200)
    // investors alone: issue 1 impact 13/4, coverage 1; stakeholder 4
    const issue = byCode(view.json.issues, '1')
    expect(issue).toMatchObject({ impact: 3.25, stakeholder: 4, coverage: { impact: 1 } })
    expect(issue.groups.impact.map((g) => g.key)).toEqual(['investors'])
    expect(view.json.responses).toEqual({ total: 4, flagged: 0, byGroup: { investors: 4 } })
    expect(view.json.group).toBe('investors')
    const unknown = await admin.get(`/api/assessments/${id}/matrix?group=nobody`)
    expect(unknown.status).toBe(400)
    expect(unknown.json.error.fields.group).toBeDefined()
  })

  test('what-if weights, thresholds and rule recompute without saving', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    await seedRespondents(database, id, FIXTURE)
    // weights gov 2, inv 1, emp 1: S = (2·13/3 + 13/4 + 5)/4 = (104 + 39 + 60)/48 = 203/48
    const weighted = await admin.get(
      `/api/assessments/${id}/matrix?weights=government:2&locale=zh-Hant`,
    )
    expect(weighted.status).toBe(200)
    expect(byCode(weighted.json.issues, '1').impact).toBeCloseTo(203 / 48, 12)
    expect(byCode(weighted.json.issues, '1').name).toBe('環境合規')
    expect(weighted.json.whatIf).toBe(true)
    expect(weighted.json.settings.weights).toMatchObject({ government: 2, investors: 1 })
    // absolute 4.5/4.5 under either: issue 4 (5, 1) is material, 1 is below both
    const absolute = await admin.get(
      `/api/assessments/${id}/matrix?threshold=absolute&impact=4.5&stakeholder=4.5&rule=either`,
    )
    expect(absolute.json.thresholds).toEqual({ impact: 4.5, stakeholder: 4.5 })
    expect(byCode(absolute.json.issues, '4').tier).toBe('material')
    const topN = await admin.get(`/api/assessments/${id}/matrix?threshold=topN&n=3`)
    expect(topN.json.cutPriority).toBeCloseTo(277 / 72, 12)
    expect(byCode(topN.json.issues, '1').tier).toBe('review')
    const saved = await admin.get(`/api/assessments/${id}/matrix`)
    expectHandComputed(saved.json)
    const [settings] = await rows<{ rule: string }>(
      sql`SELECT settings->>'rule' AS rule FROM assessments`,
    )
    expect(settings!.rule).toBe('both')
  })

  test('rejects bad what-if parameters with field messages', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    for (const [search, field] of [
      ['threshold=percentile', 'p'],
      ['threshold=percentile&p=1.5', 'p'],
      ['threshold=absolute&impact=4', 'impact'],
      ['rule=most', 'rule'],
      ['weights=government', 'weights'],
      ['weights=government:-1', 'weights'],
      ['weights=nobody:1', 'weights'],
    ] as const) {
      const response = await admin.get(`/api/assessments/${id}/matrix?${search}`)
      expect(response.status, search).toBe(400)
      expect(Object.keys(response.json.error.fields), search).toContain(field)
    }
  })

  test('an assessment without responses has no scores, and strangers cannot see it', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    const empty = await admin.get(`/api/assessments/${id}/matrix`)
    expect(empty.status).toBe(200)
    expect(empty.json.responses.total).toBe(0)
    expect(empty.json.issues.every((i: MatrixIssue) => i.impact === null && i.rank === null)).toBe(
      true,
    )
    await seedUser(database, { email: 'other@example.com', role: 'admin' })
    const other = await signIn(harness.app, 'other@example.com')
    expect((await other.get(`/api/assessments/${id}/matrix`)).status).toBe(404)
    expect((await other.get('/api/assessments/987654/matrix')).status).toBe(404)
  })

  test('after closing, the matrix is the same and no longer live', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    await seedRespondents(database, id, FIXTURE)
    await admin.patch(`/api/assessments/${id}`, { status: 'closed' })
    const closed = await admin.get(`/api/assessments/${id}/matrix`)
    expect(closed.json).toMatchObject({ live: false, assessment: { status: 'closed' } })
    expectHandComputed(closed.json)
  })

  test('feeds the fixture through POST /api/survey/:token/submit and gets the same numbers', async () => {
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin)
    const issues: { id: string; code: string }[] = (
      await admin.get(`/api/assessments/${id}/issues`)
    ).json.issues
    const codes = new Map(issues.map((issue) => [issue.code, issue.id]))
    for (const respondent of FIXTURE) {
      const links = await admin.post(`/api/assessments/${id}/links`, {
        group: respondent.group,
        kind: 'single-use',
        count: 1,
      })
      const ratings = [...codes].flatMap(([code, issueId]) => {
        const [impact, stakeholder] = respondent.scores?.[code] ?? respondent.rest ?? [DK, DK]
        return [
          { issueId, axis: 'impact', score: impact },
          { issueId, axis: 'stakeholder', score: stakeholder },
        ]
      })
      const submitted = await client(harness.app).post(
        `/api/survey/${links.json.links[0].token}/submit`,
        { submissionId: randomUUID(), locale: 'en', ratings },
      )
      expect(submitted.status, submitted.text).toBe(201)
    }
    expectHandComputed((await admin.get(`/api/assessments/${id}/matrix`)).json)
  })
})
