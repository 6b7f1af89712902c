import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { assessmentHarness, assignIros, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

type Harness = Awaited<ReturnType<typeof assessmentHarness>>

/** A double-materiality assessment on the ESRS topics, with its issue ids by code. */
async function doubleAssessment(harness: Harness, body: Record<string, unknown> = {}) {
  const created = await harness.admin.post('/api/assessments', {
    name: 'FY2025 double materiality',
    method: 'double',
    library: 'esrs',
    ...body,
  })
  expect(created.status).toBe(201)
  const id: string = created.json.id
  const issues = (await harness.admin.get(`/api/assessments/${id}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  const issueId = (code: string) => issues.find((issue) => issue.code === code)?.id ?? ''
  return { id, issueId, created: created.json }
}

const NEGATIVE = {
  type: 'negative-impact',
  actual: false,
  humanRights: true,
  valueChain: ['upstream'],
  horizons: ['medium'],
  description: 'Excessive overtime at a contract manufacturer',
  affectedStakeholders: ['Workers at tier-1 suppliers'],
  evidence: [{ url: 'https://example.com/audit-2025.pdf', note: 'Supplier audit, finding 4' }],
  owner: 'Head of procurement',
}

const iroRows = (assessmentId: string) =>
  rows<Record<string, unknown>>(
    database,
    sql`SELECT issue_id::text, type, actual, human_rights, value_chain, horizons, description,
          affected_stakeholders, evidence, owner
        FROM iros WHERE assessment_id = ${assessmentId}::bigint ORDER BY id`,
  )

const scoreRows = (iroId: string) =>
  rows<{ assessor: string; scores: unknown }>(
    database,
    sql`SELECT u.email AS assessor, s.scores FROM iro_scores s JOIN users u ON u.id = s.assessor_id
        WHERE s.iro_id = ${iroId}::bigint ORDER BY u.email`,
  )

describe('POST /api/assessments with method double', () => {
  test('stores the method, the ESRS sub-topics as issues and the default formula', async () => {
    const harness = await assessmentHarness(database)
    const { id, created } = await doubleAssessment(harness)
    expect(created).toMatchObject({ method: 'double' })
    const [stored] = await rows<{ method: string; settings: { doubleMateriality: unknown } }>(
      database,
      sql`SELECT method, settings FROM assessments WHERE id = ${id}::bigint`,
    )
    expect(stored?.method).toBe('double')
    expect(stored?.settings.doubleMateriality).toEqual({
      formula: 'mode-b',
      thresholds: { impact: 3, financial: 3 },
    })
    const codes = await rows<{ code: string }>(
      database,
      sql`SELECT code FROM assessment_issues WHERE assessment_id = ${id}::bigint ORDER BY position`,
    )
    expect(codes).toHaveLength(37)
    expect(codes.slice(0, 3).map((row) => row.code)).toEqual(['E1.1', 'E1.2', 'E1.3'])
  })

  test('defaults to the matrix; an unknown method is 400 and stores nothing', async () => {
    const harness = await assessmentHarness(database)
    const [matrix] = await rows<{ method: string }>(
      database,
      sql`SELECT method FROM assessments WHERE id = ${harness.id}::bigint`,
    )
    expect(matrix?.method).toBe('matrix')
    const bad = await harness.admin.post('/api/assessments', { name: 'X', method: 'triple' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields)).toEqual(['method'])
    const [count] = await rows<{ n: number }>(
      database,
      sql`SELECT count(*)::int AS n FROM assessments`,
    )
    expect(count?.n).toBe(1)
  })
})

describe('IRO register', () => {
  test('adds, lists, edits and removes IROs, each audited', async () => {
    const harness = await assessmentHarness(database)
    const { id, issueId } = await doubleAssessment(harness)
    const created = await harness.admin.post(`/api/assessments/${id}/iros`, {
      ...NEGATIVE,
      issueId: issueId('S2.1'),
    })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ issueId: issueId('S2.1'), assessors: 0, myScores: null })
    expect(await iroRows(id)).toEqual([
      {
        issue_id: issueId('S2.1'),
        type: 'negative-impact',
        actual: false,
        human_rights: true,
        value_chain: ['upstream'],
        horizons: ['medium'],
        description: NEGATIVE.description,
        affected_stakeholders: NEGATIVE.affectedStakeholders,
        evidence: NEGATIVE.evidence,
        owner: 'Head of procurement',
      },
    ])
    const iroId: string = created.json.id

    const listed = await harness.admin.get(`/api/assessments/${id}/iros`)
    expect(listed.json.iros.map((iro: { id: string }) => iro.id)).toEqual([iroId])

    const edited = await harness.admin.patch(`/api/assessments/${id}/iros/${iroId}`, {
      actual: true,
      issueId: issueId('S1.1'),
    })
    expect(edited.status).toBe(200)
    expect(await iroRows(id)).toMatchObject([{ actual: true, issue_id: issueId('S1.1') }])
    expect((await auditEntries(database, 'iro'))[0]).toMatchObject({
      action: 'update',
      before: { actual: false },
      after: { actual: true },
    })

    expect((await harness.admin.delete(`/api/assessments/${id}/iros/${iroId}`)).status).toBe(204)
    expect(await iroRows(id)).toEqual([])
    expect((await auditEntries(database, 'iro')).map((entry) => entry.action)).toEqual([
      'delete',
      'update',
      'create',
    ])
  })

  test('400 for bad fields or another assessment’s topic; nothing stored', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await doubleAssessment(harness)
    const bad = await harness.admin.post(`/api/assessments/${id}/iros`, {
      ...NEGATIVE,
      issueId: '1',
      type: 'impact',
      horizons: ['soon'],
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['horizons.0', 'type'])
    const [otherIssue] = await rows<{ id: string }>(
      database,
      sql`SELECT id::text FROM assessment_issues WHERE assessment_id = ${harness.id}::bigint LIMIT 1`,
    )
    const foreign = await harness.admin.post(`/api/assessments/${id}/iros`, {
      ...NEGATIVE,
      issueId: otherIssue?.id,
    })
    expect(foreign.status).toBe(400)
    expect(foreign.json.error.fields.issueId).toEqual(['Choose a topic of this assessment.'])
    expect(await iroRows(id)).toEqual([])
  })

  test('a matrix assessment has no register (409); roles and other organisations are checked', async () => {
    const harness = await assessmentHarness(database)
    const { id, issueId } = await doubleAssessment(harness)
    const matrix = await harness.admin.post(`/api/assessments/${harness.id}/iros`, {
      ...NEGATIVE,
      issueId: '1',
    })
    expect(matrix.status).toBe(409)
    expect(matrix.json.error.code).toBe('not_double_materiality')
    const body = { ...NEGATIVE, issueId: issueId('E1.1') }
    const assessor = await harness.as('assessor')
    expect((await assessor.post(`/api/assessments/${id}/iros`, body)).status).toBe(403)
    expect((await assessor.get(`/api/assessments/${id}/iros`)).status).toBe(200)
    const outsider = await harness.outsider()
    expect((await outsider.get(`/api/assessments/${id}/iros`)).status).toBe(404)
    expect(await iroRows(id)).toEqual([])
  })
})

describe('PUT /api/assessments/:id/iros/:iroId/scores', () => {
  test("stores the signed-in assessor's scores, replacing their own only", async () => {
    const harness = await assessmentHarness(database)
    const { id, issueId } = await doubleAssessment(harness)
    const iro = await harness.admin.post(`/api/assessments/${id}/iros`, {
      ...NEGATIVE,
      issueId: issueId('S2.1'),
    })
    const iroId: string = iro.json.id
    const path = `/api/assessments/${id}/iros/${iroId}/scores`
    const first = await harness.as('assessor')
    const second = await harness.as('assessor')
    await assignIros(harness.admin, id, [first, second])
    const saved = await first.put(path, { scale: 4, scope: 3, irremediability: 5, likelihood: 2 })
    expect(saved.status).toBe(200)
    await second.put(path, { scale: 2, scope: 3, irremediability: null })
    await first.put(path, { scale: 5, scope: 3, irremediability: 5, likelihood: 2 })
    expect(await scoreRows(iroId)).toEqual([
      {
        assessor: 'assessor1@example.com',
        scores: { scale: 5, scope: 3, irremediability: 5, likelihood: 2 },
      },
      { assessor: 'assessor2@example.com', scores: { scale: 2, scope: 3, irremediability: null } },
    ])
    const listed = await first.get(`/api/assessments/${id}/iros`)
    expect(listed.json.iros[0]).toMatchObject({
      assessors: 2,
      myScores: { scale: 5, scope: 3, irremediability: 5, likelihood: 2 },
    })
    expect((await auditEntries(database, 'iro'))[0]).toMatchObject({ action: 'score' })
  })

  test('refuses 0, scores the IRO does not take, viewers and a closed assessment', async () => {
    const harness = await assessmentHarness(database)
    const { id, issueId } = await doubleAssessment(harness)
    const risk = await harness.admin.post(`/api/assessments/${id}/iros`, {
      issueId: issueId('E1.1'),
      type: 'risk',
      actual: false,
      horizons: ['short'],
      description: 'Flooding of the Kwai Chung data centre',
    })
    const path = `/api/assessments/${id}/iros/${risk.json.id}/scores`
    const assessor = await harness.as('assessor')
    await assignIros(harness.admin, id, [assessor])
    const zero = await assessor.put(path, { horizons: { short: { magnitude: 0, likelihood: 3 } } })
    expect(zero.status).toBe(400)
    expect(Object.keys(zero.json.error.fields)).toEqual(['horizons.short.magnitude'])
    const misplaced = await assessor.put(path, {
      scale: 3,
      horizons: { long: { magnitude: 4, likelihood: 4 } },
    })
    expect(misplaced.status).toBe(400)
    expect(Object.keys(misplaced.json.error.fields).sort()).toEqual(['horizons.long', 'scale'])
    const viewer = await harness.as('viewer')
    const body = { horizons: { short: { magnitude: 4, likelihood: 4 } } }
    expect((await viewer.put(path, body)).status).toBe(403)
    expect(await scoreRows(risk.json.id)).toEqual([])

    expect((await harness.admin.patch(`/api/assessments/${id}`, { status: 'open' })).status).toBe(
      200,
    )
    expect((await assessor.put(path, body)).status).toBe(200)
    expect((await harness.admin.patch(`/api/assessments/${id}`, { status: 'closed' })).status).toBe(
      200,
    )
    const closed = await assessor.put(path, {
      horizons: { short: { magnitude: 1, likelihood: 1 } },
    })
    expect(closed.status).toBe(409)
    expect(await scoreRows(risk.json.id)).toEqual([
      { assessor: 'assessor1@example.com', scores: body },
    ])
  })
})

describe('GET /api/assessments/:id/double-materiality', () => {
  /** Two assessors on an impact and a risk under E1.1; S2.1 has an IRO nobody scored. */
  async function scored(harness: Harness) {
    const { id, issueId } = await doubleAssessment(harness)
    const post = (body: Record<string, unknown>) =>
      harness.admin.post(`/api/assessments/${id}/iros`, body)
    const impact = await post({
      issueId: issueId('E1.1'),
      type: 'negative-impact',
      actual: false,
      description: 'Heat stress on outdoor maintenance crews',
    })
    const risk = await post({
      issueId: issueId('E1.1'),
      type: 'risk',
      actual: false,
      horizons: ['short', 'long'],
      description: 'Typhoon damage to the data centre',
    })
    const unscored = await post({ ...NEGATIVE, issueId: issueId('S2.1') })
    const a = await harness.as('assessor')
    const b = await harness.as('assessor')
    await assignIros(harness.admin, id, [a, b])
    const score = (who: typeof a, iro: { json: { id: string } }, body: object) =>
      who.put(`/api/assessments/${id}/iros/${iro.json.id}/scores`, body)
    // Means: scale (2+4)/2 = 3, scope 2, irremediability (3+1)/2 = 2, likelihood 4.
    await score(a, impact, { scale: 2, scope: 2, irremediability: 3, likelihood: 4 })
    await score(b, impact, { scale: 4, scope: 2, irremediability: 1 })
    // Short: M (2+4)/2 = 3, L 3 → √9 = 3; long: M 5, no likelihood → skipped.
    await score(a, risk, {
      horizons: { short: { magnitude: 2, likelihood: 3 }, long: { magnitude: 5 } },
    })
    await score(b, risk, { horizons: { short: { magnitude: 4, likelihood: 3 } } })
    return { id, issueId, impact: impact.json.id, risk: risk.json.id, unscored: unscored.json.id }
  }

  test('answers the contract with hand-computed Mode B scores; unscored is null', async () => {
    const harness = await assessmentHarness(database)
    const { id, issueId, impact, risk, unscored } = await scored(harness)
    const result = await harness.admin.get(`/api/assessments/${id}/double-materiality`)
    expect(result.status).toBe(200)
    expect(result.json).toMatchObject({
      formula: 'mode-b',
      thresholds: { impact: 3, financial: 3 },
    })
    expect(result.json.topics).toHaveLength(37)
    const topic = (code: string) =>
      result.json.topics.find((entry: { code: string }) => entry.code === code)
    // Sev = (3+2+2)/3 = 7/3; I = min(7/3, (7/3 + 4)/2) = 7/3. F = √(3·3) = 3.
    expect(topic('E1.1')).toMatchObject({
      issueId: issueId('E1.1'),
      financial: 3,
      material: true,
      iros: [
        { id: impact, financial: null, disagreement: true, assessors: 2 },
        { id: risk, impact: null, financial: 3, horizons: { short: 3 } },
      ],
    })
    expect(topic('E1.1').impact).toBeCloseTo(7 / 3, 12)
    expect(topic('S2.1')).toMatchObject({
      impact: null,
      financial: null,
      material: false,
      iros: [{ id: unscored, impact: null, financial: null, assessors: 0 }],
    })
    expect(topic('G1.3')).toMatchObject({
      impact: null,
      financial: null,
      material: false,
      iros: [],
    })
  })

  test('takes the preset while a draft, then locks the formula when the assessment opens', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await scored(harness)
    const preset = {
      formula: 'severity-likelihood',
      thresholds: { 'negative-impact': 2, 'positive-impact': 3, risk: 1.5, opportunity: 3 },
    }
    const set = await harness.admin.patch(`/api/assessments/${id}`, {
      settings: { doubleMateriality: preset },
    })
    expect(set.status).toBe(200)
    const result = (await harness.admin.get(`/api/assessments/${id}/double-materiality`)).json
    expect(result).toMatchObject({
      formula: 'severity-likelihood',
      thresholds: { impact: null, financial: null },
      typeThresholds: preset.thresholds,
    })
    const e11 = result.topics.find((entry: { code: string }) => entry.code === 'E1.1')
    // Sev = (7/3 + 3)/2 = 8/3; impact = 8/3 · 4/5 = 32/15 ≥ 2. Risk: 3·3/5 = 1.8 ≥ 1.5.
    expect(e11.impact).toBeCloseTo(32 / 15, 12)
    expect(e11.financial).toBeCloseTo(1.8, 12)
    expect(e11).toMatchObject({ impactMaterial: true, financialMaterial: true, material: true })

    await harness.admin.patch(`/api/assessments/${id}`, { status: 'open' })
    const locked = await harness.admin.patch(`/api/assessments/${id}`, {
      settings: { doubleMateriality: { formula: 'mode-b', thresholds: {} } },
      reason: 'Board asked for Mode B',
    })
    expect(locked.status).toBe(409)
    expect(locked.json.error.code).toBe('formula_locked')
    const [stored] = await rows<{ settings: { doubleMateriality: unknown } }>(
      database,
      sql`SELECT settings FROM assessments WHERE id = ${id}::bigint`,
    )
    expect(stored?.settings.doubleMateriality).toEqual(preset)
  })

  test('exports the register with its scores as CSV, headings in the language asked', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await scored(harness)
    const csv = await harness.admin.get(`/api/assessments/${id}/iros.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines[0]).toBe(
      'Code,Topic,Type,Actual or potential,Relates to human rights,Value chain,Time horizons,Description,Affected stakeholders,Evidence,Owner,Assessors,Impact,Financial,Material',
    )
    expect(lines).toHaveLength(4)
    expect(lines[1]).toBe(
      'E1.1,Climate change adaptation,Negative impact,Potential,No,,,Heat stress on outdoor maintenance crews,,,,2,2.33,,No',
    )
    expect(lines[2]).toMatch(
      /^E1\.1,.*,Risk,Potential,No,,Short \(≤ 1 year\); Long \(> 5 years\),.*,2,,3\.00,Yes$/,
    )
    const hant = await harness.admin.get(`/api/assessments/${id}/iros.csv?lang=zh-Hant`)
    expect(hant.text).toContain('負面影響')
  })

  test('a matrix assessment has no double-materiality result, nor a formula', async () => {
    const harness = await assessmentHarness(database)
    const result = await harness.admin.get(`/api/assessments/${harness.id}/double-materiality`)
    expect(result.status).toBe(409)
    const patch = await harness.admin.patch(`/api/assessments/${harness.id}`, {
      settings: { doubleMateriality: { formula: 'mode-b', thresholds: {} } },
    })
    expect(patch.status).toBe(400)
    expect(Object.keys(patch.json.error.fields)).toEqual(['settings.doubleMateriality'])
  })
})
