import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { DEMO_EMAIL, DEMO_REVIEWER_EMAIL, loadDemo } from '#server/demo/load'
import { DEMO_MATERIAL } from '#server/demo/responses'
import { createTestApp, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
  harness = createTestApp(database)
})
afterAll(() => database.close())

describe('npm run demo', () => {
  test('loads a closed assessment whose material tier is exactly issues 7, 10, 15, 29, 30', async () => {
    const demo = await loadDemo(harness.deps)
    expect(demo.responses).toBeGreaterThanOrEqual(65)
    expect(demo.responses).toBeLessThanOrEqual(75)
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const matrix = await admin.get(`/api/assessments/${demo.assessmentId}/matrix`)
    expect(matrix.status).toBe(200)
    expect(matrix.json).toMatchObject({ live: false, assessment: { status: 'closed' } })
    expect(matrix.json.responses.total).toBe(demo.responses)
    expect(Object.values(matrix.json.responses.byGroup).every((n) => Number(n) >= 6)).toBe(true)
    const issues: { code: string; tier: string; impact: number }[] = matrix.json.issues
    expect(issues).toHaveLength(33)
    expect(issues.every((issue) => issue.impact !== null)).toBe(true)
    const material = issues.filter((issue) => issue.tier === 'material').map((issue) => issue.code)
    expect(material.sort((a, b) => Number(a) - Number(b))).toEqual(DEMO_MATERIAL)
    expect(matrix.json.responses.flagged).toBe(2)
    const [stored] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM responses WHERE assessment_id = ${demo.assessmentId}`,
    )
    expect(stored!.n).toBe(demo.responses)
  })

  test('an earlier year, FY2022, confirmed and approved by another person, is the one FY2023 copies', async () => {
    const demo = await loadDemo(harness.deps)
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const earlier = (await admin.get(`/api/assessments/${demo.earlierId}`)).json
    const current = (await admin.get(`/api/assessments/${demo.assessmentId}`)).json
    expect(earlier).toMatchObject({
      name: 'FY2022 materiality assessment (demo)',
      status: 'approved',
    })
    expect(current).toMatchObject({ status: 'closed', previousId: String(demo.earlierId) })

    const [sealed] = await queryRows<{ confirmer: string; approver: string; decision: string }>(
      database.db,
      sql`SELECT cu.email AS confirmer, au.email AS approver, a.decision::text AS decision
          FROM confirmations c
          JOIN approvals a ON a.confirmation_id = c.id
          JOIN users cu ON cu.id = c.confirmed_by
          JOIN users au ON au.id = a.decided_by
          WHERE c.assessment_id = ${demo.earlierId}`,
    )
    expect(sealed).toEqual({
      confirmer: DEMO_REVIEWER_EMAIL,
      approver: DEMO_EMAIL,
      decision: 'approve',
    })
    const [audit] = await queryRows<{ after: { selfApproved: boolean } }>(
      database.db,
      sql`SELECT after FROM audit_log WHERE assessment_id = ${demo.earlierId} AND action = 'approve'`,
    )
    expect(audit!.after.selfApproved).toBe(false)
    const [unconfirmed] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM confirmations WHERE assessment_id = ${demo.assessmentId}`,
    )
    expect(unconfirmed!.n).toBe(0)

    // The disclosure and the evidence pack of FY2022, and FY2023 against it, at once.
    const disclosure = await admin.get(`/api/assessments/${demo.earlierId}/disclosure`)
    expect(disclosure.status).toBe(200)
    expect(disclosure.json).toMatchObject({ version: 1, approved: true })
    expect(disclosure.text).not.toMatch(/self-approved/i)
    const pack = await harness.app.request(
      `http://localhost/api/assessments/${demo.earlierId}/evidence-pack`,
      { headers: { cookie: admin.cookie } },
    )
    expect(pack.status).toBe(200)
    expect(pack.headers.get('content-type')).toBe('application/zip')
    const { json } = await admin.get(`/api/assessments/${demo.assessmentId}/comparison`)
    expect(json.previous).toEqual({ id: String(demo.earlierId), name: earlier.name })
    const moved = (movement: string) =>
      json.comparison.issues
        .filter((issue: { movement: string }) => issue.movement === movement)
        .map((issue: { code: string }) => issue.code)
    expect(moved('entered')).toEqual(['29'])
    expect(moved('left')).toEqual(expect.arrayContaining(['16']))
  })

  test("carries respondents' comments and suggested issues in three languages", async () => {
    const demo = await loadDemo(harness.deps)
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const { json } = await admin.get(`/api/assessments/${demo.assessmentId}/comments`)
    expect(json.comments).toHaveLength(18)
    expect(json.suggestions).toHaveLength(5)
    const locales = (items: { locale: string }[]) => [...new Set(items.map((i) => i.locale))].sort()
    expect(locales(json.comments)).toEqual(['en', 'zh-Hans', 'zh-Hant'])
    expect(locales(json.suggestions)).toEqual(['en', 'zh-Hans', 'zh-Hant'])
    const [answered] = await queryRows<{ locales: string[] }>(
      database.db,
      sql`SELECT array_agg(DISTINCT locale ORDER BY locale) AS locales FROM responses
          WHERE assessment_id = ${demo.assessmentId}`,
    )
    expect(answered!.locales).toEqual(['en', 'zh-Hans', 'zh-Hant'])
  })

  test('is deterministic: a second run gives the same scores, with a new password', async () => {
    const first = await loadDemo(harness.deps)
    const second = await loadDemo(harness.deps)
    expect(second.password).not.toBe(first.password)
    const admin = await signIn(harness.app, DEMO_EMAIL, second.password)
    const scores = async (id: number) =>
      (await admin.get(`/api/assessments/${id}/matrix`)).json.issues.map(
        (issue: { code: string; impact: number; stakeholder: number; tier: string }) => [
          issue.code,
          issue.impact,
          issue.stakeholder,
          issue.tier,
        ],
      )
    expect(await scores(second.assessmentId)).toEqual(await scores(first.assessmentId))
  })

  test('a double-materiality year: the IRO register scored by assessors, flags and reminders', async () => {
    const demo = await loadDemo(harness.deps)
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const url = `/api/assessments/${demo.doubleId}`
    const assessment = (await admin.get(url)).json
    expect(assessment).toMatchObject({ method: 'double', status: 'open' })
    expect(assessment.settings.doubleMateriality.magnitudeBands).toEqual({
      basis: 'EBITDA',
      limits: [0.5, 1, 2.5, 5],
    })
    const register = (await admin.get(`${url}/iros`)).json.iros as { description: string }[]
    expect(register).toHaveLength(demo.iros)
    const text = register.map((iro) => iro.description).join(' ')
    for (const theme of [
      'language models',
      'GPU',
      'Voice recordings',
      'contract manufacturers',
      'AI researchers',
    ]) {
      expect(text).toContain(theme)
    }
    const result = (await admin.get(`${url}/double-materiality`)).json
    type Topic = {
      code: string
      impact: number | null
      financial: number | null
      material: boolean
      iros: { disagreement: boolean }[]
      stakeholderViews: { rationaleRequired: boolean; impact: { score: number | null } }
    }
    const topic = (code: string) => result.topics.find((t: Topic) => t.code === code) as Topic
    // Hand-computed from the register's scores (surveys/METHOD-MODE-B.md).
    expect(topic('E1.2').impact).toBeCloseTo(19 / 6, 12)
    expect(topic('E1.3').financial).toBeCloseTo(Math.sqrt(14), 12)
    expect(topic('S4.1').impact).toBeCloseTo(23 / 6, 12)
    expect(topic('S2.1').impact).toBeCloseTo(3, 12)
    expect(topic('S1.2').financial).toBeCloseTo(Math.sqrt(14), 12)
    expect(topic('G1.6').impact).toBeCloseTo(5 / 3, 12)
    const material = result.topics.filter((t: Topic) => t.material).map((t: Topic) => t.code)
    expect(material).toEqual(['E1.2', 'E1.3', 'S1.2', 'S2.1', 'S4.1', 'S4.2'])
    const disagreeing = result.topics
      .filter((t: Topic) => t.iros.some((iro) => iro.disagreement))
      .map((t: Topic) => t.code)
    expect(disagreeing).toEqual(['S2.1', 'S4.2'])
    const flagged = result.topics
      .filter((t: Topic) => t.stakeholderViews.rationaleRequired)
      .map((t: Topic) => t.code)
    expect(flagged).toEqual(['S1.2', 'S2.1'])
    expect(result.topics.every((t: Topic) => t.stakeholderViews.impact.score !== null)).toBe(true)

    const progress = (await admin.get(`${url}/assessor-progress`)).json.assessors as {
      name: string
      assigned: number
      scored: number
      reminders: { note: string | null }[]
    }[]
    const people = progress.find((entry) => entry.name === 'Head of people (demo)')!
    expect(people).toMatchObject({ assigned: 4, scored: 3 })
    expect(people.reminders).toHaveLength(1)
    expect(progress.filter((entry) => entry.assigned > 0)).toHaveLength(3)
  })

  test('the double-materiality year compares with its confirmed FY2023 pilot on the matrix', async () => {
    const demo = await loadDemo(harness.deps)
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const url = `/api/assessments/${demo.doubleId}`
    expect((await admin.get(url)).json.previousId).toBe(String(demo.pilotId))
    const pilot = (await admin.get(`/api/assessments/${demo.pilotId}/confirmation`)).json
    expect(pilot.versions[0]).toMatchObject({ version: 1, approval: { decision: 'approve' } })
    const { json } = await admin.get(`${url}/comparison`)
    expect(json.previous.id).toBe(String(demo.pilotId))
    expect(json.double).toMatchObject({ basis: 'scores', formulaChanged: false })
    type Change = {
      code: string
      movement: string
      impact: { before: number | null }
      financial: { before: number | null }
      arrowFrom: unknown
    }
    const change = (code: string) =>
      json.double.topics.find((t: Change) => t.code === code) as Change
    // The pilot's scores by hand (server/demo/double-pilot.ts); FY2024's material set as above.
    expect(change('E1.2')).toMatchObject({
      movement: 'entered',
      impact: { before: 2 },
      financial: { before: 2 },
      arrowFrom: { impact: 2, financial: 2 },
    })
    expect(change('S4.1').impact.before).toBeCloseTo(10 / 3, 12)
    expect(change('S4.1')).toMatchObject({ movement: 'stayed', financial: { before: 3 } })
    expect(change('S4.2').financial.before).toBeCloseTo(Math.sqrt(6), 12)
    expect(change('S4.2').movement).toBe('entered')
    expect(change('S1.1').movement).toBe('left')
    expect(change('E1.3').movement).toBe('stayed')
    const moved = (movement: string) =>
      json.double.topics.filter((t: Change) => t.movement === movement).map((t: Change) => t.code)
    expect(moved('entered').sort()).toEqual(['E1.2', 'S1.2', 'S2.1', 'S4.2'])
    expect(moved('left')).toEqual(['S1.1'])
  })
})
