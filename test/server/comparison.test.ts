import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { findAssessment } from '#db/queries/assessments'
import { insertConfirmation } from '#db/queries/confirmations'
import { insertMembership } from '#db/queries/users'
import type { SessionUser } from '#server/context'
import { loadComparison } from '#server/services/comparison'
import { sealSnapshot } from '#server/services/snapshots'
import type { Axis } from '#surveys/domain/model'
import type { Comparison, IssueChange } from '#surveys/domain/year-over-year'
import { ADMIN, client, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { demoSnapshot, idOf, MATERIAL_CODES } from '../support/snapshot.ts'
import { submission } from '../support/survey.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let admin: ReturnType<typeof client>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  admin = await signIn(harness.app, ADMIN.email)
})

const GROUPS = ['government', 'investors', 'customers', 'employees', 'suppliers', 'community']
const RESPONDENTS_PER_GROUP = 3

/** A respondent's score of an issue (by code) on an axis; `r` tells the respondents apart. */
type Scorer = (code: string, axis: Axis, r: number) => number

/**
 * Last year: issues 1–5 score 5 on both axes (material under the default percentile rule), the
 * rest 1–3. This year: issue 1 is dropped from the library, issues 3–7 score high (6 and 7
 * enter, 2 leaves), and the rest move a little, so every delta is a real difference.
 */
const LAST_YEAR: Scorer = (code, axis, r) =>
  Number(code) <= 5 ? 5 : 1 + ((Number(code) + (r === 0 ? 1 : 0) + (axis === 'impact' ? 0 : 1)) % 3)
const THIS_YEAR: Scorer = (code, axis, r) =>
  Number(code) >= 3 && Number(code) <= 7
    ? 5 - (r === 0 && axis === 'stakeholder' ? 1 : 0)
    : 1 + ((Number(code) * 2 + (r === 2 ? 1 : 0) + (axis === 'impact' ? 1 : 0)) % 3)

/** Opens the assessment, submits three responses per group through single-use links, closes it. */
async function collect(id: string, scorer: Scorer) {
  expect((await admin.patch(`/api/assessments/${id}`, { status: 'open' })).status).toBe(200)
  for (const group of GROUPS) {
    const links = await admin.post(`/api/assessments/${id}/links`, {
      group,
      kind: 'single-use',
      count: RESPONDENTS_PER_GROUP,
    })
    expect(links.status).toBe(201)
    for (const [r, link] of (links.json.links as { token: string }[]).entries()) {
      const respondent = client(harness.app)
      const questionnaire = (await respondent.get(`/api/survey/${link.token}`)).json as {
        issues: { id: string; code: string; axes: Axis[] }[]
      }
      const ratings = questionnaire.issues.flatMap((issue) =>
        issue.axes.map((axis) => ({ issueId: issue.id, axis, score: scorer(issue.code, axis, r) })),
      )
      const submitted = await respondent.post(
        `/api/survey/${link.token}/submit`,
        submission(questionnaire, { ratings }),
      )
      expect(submitted.status, submitted.text).toBe(201)
    }
  }
  expect((await admin.patch(`/api/assessments/${id}`, { status: 'closed' })).status).toBe(200)
}

/** Two years of one organisation: FY2024 with responses, FY2025 copied forward from it. */
async function twoYears(options: { scaleMax?: 7; scorer?: Scorer } = {}) {
  const first = await admin.post('/api/assessments', { name: 'FY2024' })
  const lastYear: string = first.json.id
  await collect(lastYear, LAST_YEAR)
  const second = await admin.post('/api/assessments', { name: 'FY2025', copyFrom: lastYear })
  expect(second.status).toBe(201)
  const thisYear: string = second.json.id
  expect(second.json.previousId).toBe(lastYear)
  const issues = (await admin.get(`/api/assessments/${thisYear}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  const dropped = issues.find((issue) => issue.code === '1')!
  expect((await admin.delete(`/api/assessments/${thisYear}/issues/${dropped.id}`)).status).toBe(204)
  if (options.scaleMax) {
    const patched = await admin.patch(`/api/assessments/${thisYear}`, {
      settings: { scaleMax: options.scaleMax },
    })
    expect(patched.status, patched.text).toBe(200)
  }
  await collect(thisYear, options.scorer ?? THIS_YEAR)
  return { lastYear, thisYear, organisationId: Number(first.json.organisationId) }
}

interface MatrixIssue {
  code: string
  impact: number | null
  stakeholder: number | null
  priority: number | null
  rank: number | null
  tier: string
}

async function matrixOf(id: string): Promise<Map<string, MatrixIssue>> {
  const matrix = await admin.get(`/api/assessments/${id}/matrix`)
  expect(matrix.status).toBe(200)
  return new Map((matrix.json.issues as MatrixIssue[]).map((issue) => [issue.code, issue]))
}

const byCode = (comparison: Comparison, code: string): IssueChange =>
  comparison.issues.find((issue) => issue.code === code)!

const codesWith = (comparison: Comparison, movement: IssueChange['movement']) =>
  comparison.issues
    .filter((issue) => issue.movement === movement)
    .map((issue) => issue.code)
    .sort((a, b) => Number(a) - Number(b))

describe('GET /api/assessments/:id/comparison', () => {
  test('compares with the assessment copied from: deltas are the difference of the two matrices', async () => {
    const { lastYear, thisYear } = await twoYears()
    const response = await admin.get(`/api/assessments/${thisYear}/comparison`)
    expect(response.status, response.text).toBe(200)
    const { previous, comparison, sentence } = response.json as {
      previous: { id: string; name: string }
      comparison: Comparison
      sentence: string
    }
    expect(previous).toEqual({ id: lastYear, name: 'FY2024' })
    expect(comparison.basis).toBe('raw')

    const before = await matrixOf(lastYear)
    const after = await matrixOf(thisYear)
    // Every issue of both years once: this year's 32, then the dropped one.
    expect(comparison.issues).toHaveLength(33)
    let moved = 0
    for (const [code, now] of after) {
      const was = before.get(code)!
      const change = byCode(comparison, code)
      expect(change.presence).toBe('both')
      for (const axis of ['impact', 'stakeholder', 'priority'] as const) {
        expect(change[axis].before).toBeCloseTo(was[axis]!, 12)
        expect(change[axis].after).toBeCloseTo(now[axis]!, 12)
        expect(change[axis].delta).toBeCloseTo(now[axis]! - was[axis]!, 12)
      }
      expect(change.rank.delta).toBe(was.rank! - now.rank!)
      expect(change.arrowFrom).toEqual({ impact: was.impact, stakeholder: was.stakeholder })
      if (change.impact.delta !== 0) moved++
    }
    expect(moved).toBeGreaterThanOrEqual(15)

    // Entered and left follow the tiers of the two matrices; issue 1 was dropped.
    const material = (matrix: Map<string, MatrixIssue>) =>
      [...matrix.values()].filter((issue) => issue.tier === 'material').map((issue) => issue.code)
    expect(material(before).sort()).toEqual(['1', '2', '3', '4', '5'])
    expect(material(after).sort()).toEqual(['3', '4', '5', '6', '7'])
    expect(codesWith(comparison, 'entered')).toEqual(['6', '7'])
    expect(codesWith(comparison, 'left')).toEqual(['1', '2'])
    expect(codesWith(comparison, 'stayed')).toEqual(['3', '4', '5'])
    expect(byCode(comparison, '1')).toMatchObject({
      presence: 'dropped',
      arrowFrom: null,
      impact: { before: 5, after: null, delta: null },
    })
    expect(sentence).toContain('Energy use')
    expect(sentence).toContain('Water use')
    expect(sentence).toContain('Environmental compliance')
  })

  test('an explicit previous and a locale; without any previous the answer says so', async () => {
    const { lastYear, thisYear } = await twoYears()
    const zh = await admin.get(
      `/api/assessments/${thisYear}/comparison?previous=${lastYear}&locale=zh-Hant`,
    )
    expect(zh.status).toBe(200)
    expect(zh.json.sentence).toContain('能源使用')
    // The first year has nothing before it.
    const first = await admin.get(`/api/assessments/${lastYear}/comparison?locale=en`)
    expect(first.status).toBe(200)
    expect(first.json).toMatchObject({ previous: null, comparison: null })
    expect(first.json.sentence).toMatch(/first materiality assessment/)
    // Last year against this year works too (any other assessment of the organisation).
    const backwards = await admin.get(
      `/api/assessments/${lastYear}/comparison?previous=${thisYear}`,
    )
    expect(backwards.status).toBe(200)
    expect(backwards.json.comparison.issues.find((i: IssueChange) => i.code === '1').presence).toBe(
      'new',
    )
  })

  test('uses the latest confirmed snapshot of a year instead of its live scores', async () => {
    const { lastYear, thisYear } = await twoYears()
    const snapshot = demoSnapshot()
    const [user] = await queryRows<{ id: number }>(database.db, sql`SELECT id::int FROM users`)
    await insertConfirmation(database.db, {
      assessmentId: Number(lastYear),
      version: 1,
      ...(({ text, hash }) => ({ snapshot: text, hash }))(sealSnapshot(snapshot)),
      confirmedBy: user!.id,
    })
    const { comparison } = (await admin.get(`/api/assessments/${thisYear}/comparison`)).json as {
      comparison: Comparison
    }
    const confirmed = new Map(snapshot.issues.map((issue) => [issue.code, issue]))
    const seven = byCode(comparison, '7')
    expect(seven.impact.before).toBeCloseTo(confirmed.get('7')!.impact.score!, 12)
    expect(seven.rank.before).toBe(confirmed.get('7')!.rank)
    // Material last year = what management confirmed: the demo's five issues.
    expect(snapshot.order).toEqual(MATERIAL_CODES.map(idOf))
    expect(codesWith(comparison, 'left')).toEqual(['10', '15', '29', '30'])
    expect(codesWith(comparison, 'stayed')).toEqual(['7'])
    expect(codesWith(comparison, 'entered')).toEqual(['3', '4', '5', '6'])
  })

  test('a change of scale (5 → 7 points) compares on the normalised 0–1 scale and says so', async () => {
    const SEVEN: Scorer = (code, axis, r) =>
      THIS_YEAR(code, axis, r) === 5 ? 7 : THIS_YEAR(code, axis, r)
    const { lastYear, thisYear } = await twoYears({ scaleMax: 7, scorer: SEVEN })
    const { comparison, sentence } = (await admin.get(`/api/assessments/${thisYear}/comparison`))
      .json as { comparison: Comparison; sentence: string }
    expect(comparison).toMatchObject({
      basis: 'normalised',
      previousScaleMax: 5,
      currentScaleMax: 7,
    })
    const before = await matrixOf(lastYear)
    const after = await matrixOf(thisYear)
    for (const code of ['2', '6', '20']) {
      const was = before.get(code)!
      const now = after.get(code)!
      const change = byCode(comparison, code)
      expect(change.impact.before).toBeCloseTo((was.impact! - 1) / 4, 12)
      expect(change.impact.after).toBeCloseTo((now.impact! - 1) / 6, 12)
      expect(change.impact.delta).toBeCloseTo((now.impact! - 1) / 6 - (was.impact! - 1) / 4, 12)
      // The arrow starts from last year's position moved onto this year's 1–7 scale.
      expect(change.arrowFrom!.stakeholder).toBeCloseTo(1 + ((was.stakeholder! - 1) / 4) * 6, 12)
    }
    expect(codesWith(comparison, 'entered')).toEqual(['6', '7'])
    expect(sentence).toMatch(/rating scale changed from 5 to 7 points/)
  })

  test('loadComparison serves the disclosure without a request; null without a previous', async () => {
    const { lastYear, thisYear } = await twoYears()
    const user = await sessionUserOf(ADMIN.email)
    const assessment = (await findAssessment(database.db, Number(thisYear)))!
    const loaded = await loadComparison(harness.deps, user, assessment, assessment.previousId)
    const viaHttp = (await admin.get(`/api/assessments/${thisYear}/comparison`)).json
    expect(loaded).toEqual({ comparison: viaHttp.comparison, double: null })
    expect(viaHttp.double).toBeNull()
    const first = (await findAssessment(database.db, Number(lastYear)))!
    expect(await loadComparison(harness.deps, user, first, first.previousId)).toBeNull()
  })

  test('any member may read; another organisation gets 404; unknown or foreign previous is refused', async () => {
    const { lastYear, thisYear, organisationId } = await twoYears()
    await seedUser(database, { email: 'viewer@example.com', role: 'viewer', organisationId })
    const viewer = await signIn(harness.app, 'viewer@example.com')
    expect((await viewer.get(`/api/assessments/${thisYear}/comparison`)).status).toBe(200)

    const other = await seedUser(database, { email: 'other@example.com', role: 'admin' })
    const outsider = await signIn(harness.app, other.email)
    const forbidden = await outsider.get(`/api/assessments/${thisYear}/comparison`)
    expect(forbidden.status).toBe(404)
    expect(forbidden.json.error.code).toBe('not_found')

    const unknown = await admin.get(`/api/assessments/${thisYear}/comparison?previous=999999`)
    expect(unknown.status).toBe(404)
    expect(unknown.json.error.message).toMatch(/assessment to compare with/)

    const itself = await admin.get(`/api/assessments/${thisYear}/comparison?previous=${thisYear}`)
    expect(itself.status).toBe(400)
    expect(itself.json.error.fields.previous).toBeDefined()

    const bad = await admin.get(`/api/assessments/${thisYear}/comparison?previous=abc&locale=fr`)
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['locale', 'previous'])

    // The other organisation's assessment: not found for someone outside it, refused for a
    // member of both organisations, who may read both but not compare across them.
    const foreign = (await outsider.post('/api/assessments', { name: 'Other FY2024' })).json.id
    const hidden = await admin.get(`/api/assessments/${thisYear}/comparison?previous=${foreign}`)
    expect(hidden.status).toBe(404)
    const both = await seedUser(database, {
      email: 'consultant@example.com',
      role: 'analyst',
      organisationId,
    })
    await insertMembership(database.db, {
      userId: both.userId,
      organisationId: other.organisationId,
      role: 'analyst',
    })
    const consultant = await signIn(harness.app, 'consultant@example.com')
    expect((await consultant.get(`/api/assessments/${foreign}`)).status).toBe(200)
    const across = await consultant.get(
      `/api/assessments/${thisYear}/comparison?previous=${foreign}`,
    )
    expect(across.status).toBe(400)
    expect(across.json.error.message).toMatch(/same organisation/)
    expect((await consultant.get(`/api/assessments/${lastYear}`)).status).toBe(200)
  })
})

/** The session user as the middleware builds it, for calling a service directly. */
async function sessionUserOf(email: string): Promise<SessionUser> {
  const rows = await queryRows<{
    id: number
    name: string
    organisationId: number
    role: string
    knownAs: string
  }>(
    database.db,
    sql`SELECT u.id::int, u.name, m.organisation_id::int AS "organisationId", m.role,
          m.name AS "knownAs"
        FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = ${email}`,
  )
  return {
    id: rows[0]!.id,
    email,
    name: rows[0]!.name,
    mustChangePassword: false,
    tokenHash: Buffer.alloc(32),
    memberships: rows.map((row) => ({
      organisationId: row.organisationId,
      organisationName: '',
      role: row.role as SessionUser['memberships'][number]['role'],
      name: row.knownAs,
    })),
  }
}
