import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { assessmentHarness, assignIros } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { respondAs } from '../support/stakeholder-responses.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

describe('stakeholder views beside the expert scores', () => {
  test('computed from submitted responses by ESRS role; a gap of 1.0 or more needs a rationale', async () => {
    const harness = await assessmentHarness(database)
    const created = await harness.admin.post('/api/assessments', {
      name: 'FY2025 double materiality',
      method: 'double',
      library: 'esrs',
    })
    const id: string = created.json.id
    const issues = (await harness.admin.get(`/api/assessments/${id}/issues`)).json.issues as {
      id: string
      code: string
    }[]
    const topic = (code: string) => issues.find((issue) => issue.code === code)!.id
    const [workers, consumers, climate] = [topic('S1.1'), topic('S4.1'), topic('E1.1')]
    await harness.admin.patch(`/api/assessments/${id}`, { status: 'open' })

    // Affected groups on the impact axis: employees 2, customers 3 on S1.1 → SV_I = 2.5.
    // Investors (users) on the stakeholder axis: 4 on S1.1 → SV_F = 4. The others do not count:
    // government (neither role) answers 5 on impact, investors' impact and employees'
    // stakeholder answers belong to the other view.
    await respondAs(harness, id, 'employees', { [workers]: [2, 1], [consumers]: [3, 1] })
    await respondAs(harness, id, 'customers', { [workers]: [3, 1], [consumers]: [3, 1] })
    await respondAs(harness, id, 'investors', { [workers]: [1, 4], [consumers]: [1, 2] })
    await respondAs(harness, id, 'government', { [workers]: [5, 5], [consumers]: [5, 5] })

    const assessor = await harness.as('assessor')
    const addIro = async (body: Record<string, unknown>, scores: Record<string, unknown>) => {
      const iro = await harness.admin.post(`/api/assessments/${id}/iros`, {
        description: 'An IRO',
        ...body,
      })
      await assignIros(harness.admin, id, [assessor], [iro.json.id])
      const path = `/api/assessments/${id}/iros/${iro.json.id}/scores`
      expect((await assessor.put(path, scores)).status).toBe(200)
    }
    // S1.1: I = mean(4, 4, 3) = 3.667, 1.167 above SV_I → flagged; F = √(4·4) = 4 = SV_F.
    await addIro(
      { issueId: workers, type: 'negative-impact', actual: true },
      { scale: 4, scope: 4, irremediability: 3 },
    )
    await addIro(
      { issueId: workers, type: 'risk', actual: false, horizons: ['short'] },
      { horizons: { short: { magnitude: 4, likelihood: 4 } } },
    )
    // S4.1: I = 4, exactly 1.0 above SV_I = 3 → flagged; F = √(3·1) = 1.73 vs SV_F = 2 → not.
    await addIro(
      { issueId: consumers, type: 'positive-impact', actual: true },
      { scale: 4, scope: 4 },
    )
    await addIro(
      { issueId: consumers, type: 'opportunity', actual: false, horizons: ['long'] },
      { horizons: { long: { magnitude: 3, likelihood: 1 } } },
    )

    const result = await harness.admin.get(`/api/assessments/${id}/double-materiality`)
    expect(result.status).toBe(200)
    const topics = result.json.topics as {
      issueId: string
      impact: number | null
      financial: number | null
      stakeholderViews: {
        impact: { score: number | null; n: number; difference: number | null; flagged: boolean }
        financial: { score: number | null; n: number; difference: number | null; flagged: boolean }
        rationaleRequired: boolean
      }
    }[]
    const of = (issueId: string) => topics.find((t) => t.issueId === issueId)!.stakeholderViews
    const s1 = of(workers)
    expect(s1.impact.score).toBeCloseTo(2.5, 12)
    expect(s1.impact.n).toBe(6)
    expect(s1.impact.difference).toBeCloseTo(11 / 3 - 2.5, 12)
    expect(s1.impact.flagged).toBe(true)
    expect(s1.financial.score).toBeCloseTo(4, 12)
    expect(s1.financial.n).toBe(3)
    expect(s1.financial).toMatchObject({ difference: 0, flagged: false })
    expect(s1.rationaleRequired).toBe(true)

    const s4 = of(consumers)
    expect(s4.impact).toMatchObject({ score: 3, difference: 1, flagged: true })
    expect(s4.financial.score).toBeCloseTo(2, 12)
    expect(s4.financial.difference).toBeCloseTo(Math.sqrt(3) - 2, 12)
    expect(s4.financial.flagged).toBe(false)
    expect(s4.rationaleRequired).toBe(true)

    // E1.1 has views (every respondent answered 3) but no expert score: nothing to compare.
    const e1 = of(climate)
    expect(e1.impact).toMatchObject({ score: 3, difference: null, flagged: false })
    expect(e1.rationaleRequired).toBe(false)
  })
})
