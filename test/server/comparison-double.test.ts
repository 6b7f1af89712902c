import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readSnapshot } from '#surveys/domain/snapshot'
import type { Comparison } from '#surveys/domain/year-over-year'
import type { DoubleComparison, TopicChange } from '#surveys/domain/year-over-year-double'
import { assessmentHarness, assignIros, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// Year over year of double-materiality assessments (issue 15 §8, surveys/METHOD-MODE-B.md §8):
// against an earlier double-materiality year, sealed or live, and across methods. Hand-worked
// scores: a risk's F = √(M·L) of its best horizon; a negative actual impact's I = mean(scale,
// scope, irremediability); T_I = T_F = 3.

let database: TestDatabase
let harness: Awaited<ReturnType<typeof assessmentHarness>>
let assessor: Awaited<ReturnType<typeof harness.as>>
const CLIMATE = 'Our data centres are leased and carbon-neutral; the risks scored below threshold.'

beforeAll(async () => {
  database = await createTestDb()
  harness = await assessmentHarness(database)
  assessor = await harness.as('assessor')
})
afterAll(() => database.close())

interface Year {
  id: string
  url: string
  codes: Map<string, string>
  iros: Map<string, string>
}

type IroScore = Record<string, unknown>
const risk = (magnitude: number, likelihood: number) => ({
  horizons: { medium: { magnitude, likelihood } },
})
const impact = (scale: number, scope: number, irremediability: number) => ({
  scale,
  scope,
  irremediability,
})

/**
 * A double-materiality year with a privacy risk (S4.1), a climate risk (E1.1) and a labour
 * impact (S1.1) scored by one assessor; opened, scored and (unless `open`) closed.
 */
async function doubleYear(
  name: string,
  scores: Record<'S4.1' | 'E1.1' | 'S1.1', IroScore>,
  options: { copyFrom?: string; open?: boolean } = {},
): Promise<Year> {
  const created = await harness.admin.post('/api/assessments', {
    name,
    ...(options.copyFrom ? { copyFrom: options.copyFrom } : { method: 'double', library: 'esrs' }),
  })
  expect(created.status, created.text).toBe(201)
  const id: string = created.json.id
  const url = `/api/assessments/${id}`
  const issues = (await harness.admin.get(`${url}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  const codes = new Map(issues.map((issue) => [issue.code, issue.id]))
  const iros = new Map<string, string>()
  for (const code of ['S4.1', 'E1.1', 'S1.1'] as const) {
    const added = await harness.admin.post(`${url}/iros`, {
      issueId: codes.get(code),
      type: code === 'S1.1' ? 'negative-impact' : 'risk',
      actual: code === 'S1.1',
      valueChain: ['own-operations'],
      horizons: code === 'S1.1' ? [] : ['medium'],
      description: `${code} in ${name}`,
    })
    expect(added.status, added.text).toBe(201)
    iros.set(code, added.json.id)
  }
  await status(url, 'open')
  await assignIros(harness.admin, id, [assessor])
  for (const [code, body] of Object.entries(scores)) {
    const scored = await assessor.put(`${url}/iros/${iros.get(code)}/scores`, body)
    expect(scored.status, scored.text).toBe(200)
  }
  if (!options.open) await status(url, 'closed')
  return { id, url, codes, iros }
}

async function status(url: string, value: 'open' | 'closed') {
  const response = await harness.admin.patch(url, { status: value })
  expect(response.status, response.text).toBe(200)
}

/** Confirms the proposals of a closed double-materiality year, climate explained. */
async function confirmDouble(year: Year) {
  const computed = (await harness.admin.get(`${year.url}/confirmation`)).json.computed as {
    issueId: string
    tier: string
    explainIfNotMaterial?: boolean
  }[]
  const decisions = computed.map((issue) => ({
    issueId: issue.issueId,
    material: issue.tier === 'material',
    ...(issue.explainIfNotMaterial && issue.tier !== 'material' ? { rationale: CLIMATE } : {}),
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const confirmed = await harness.admin.post(`${year.url}/confirmation`, { decisions, order })
  expect(confirmed.status, confirmed.text).toBe(201)
}

async function compare(year: Year, previous?: string) {
  const query = previous ? `?previous=${previous}` : ''
  const response = await harness.admin.get(`${year.url}/comparison${query}`)
  expect(response.status, response.text).toBe(200)
  return response.json as {
    previous: { id: string; name: string }
    comparison: Comparison | null
    double: DoubleComparison | null
    sentence: string
  }
}

interface LiveTopic {
  code: string
  impact: number | null
  financial: number | null
  material: boolean
}

async function liveTopics(year: Year): Promise<Map<string, LiveTopic>> {
  const result = await harness.admin.get(`${year.url}/double-materiality`)
  expect(result.status, result.text).toBe(200)
  return new Map((result.json.topics as LiveTopic[]).map((topic) => [topic.code, topic]))
}

async function sealedTopics(year: Year) {
  const [stored] = await rows<{ snapshot: string }>(
    database,
    sql`SELECT snapshot FROM confirmations WHERE assessment_id = ${year.id}::bigint
        ORDER BY version DESC LIMIT 1`,
  )
  const snapshot = readSnapshot(stored!.snapshot)
  const material = new Set(snapshot.order)
  return new Map(
    snapshot.doubleMateriality!.topics.map((topic) => [
      topic.code,
      { ...topic, material: material.has(topic.issueId) },
    ]),
  )
}

const byCode = (double: DoubleComparison, code: string): TopicChange =>
  double.topics.find((topic) => topic.code === code)!

let fy2024: Year
let fy2025: Year

describe('GET …/comparison of a double-materiality year', () => {
  test('against the confirmed year it was copied from: I_t, F_t as sealed and as scored now', async () => {
    // FY2024: privacy √(4·4) = 4 material, climate √(2·2) = 2 not, labour (4+4+2)/3 = 3.33 material.
    fy2024 = await doubleYear('FY2024 DM', {
      'S4.1': risk(4, 4),
      'E1.1': risk(2, 2),
      'S1.1': impact(4, 4, 2),
    })
    await confirmDouble(fy2024)
    // FY2025 (open, live): privacy √(2·2) = 2 leaves, climate √(4·4) = 4 enters, labour 2 leaves.
    fy2025 = await doubleYear(
      'FY2025 DM',
      { 'S4.1': risk(2, 2), 'E1.1': risk(4, 4), 'S1.1': impact(2, 2, 2) },
      { copyFrom: fy2024.id, open: true },
    )
    const { previous, comparison, double, sentence } = await compare(fy2025)
    expect(previous).toEqual({ id: fy2024.id, name: 'FY2024 DM' })
    expect(comparison).toBeNull()
    expect(double).toMatchObject({
      basis: 'scores',
      previousFormula: 'mode-b',
      currentFormula: 'mode-b',
      formulaChanged: false,
    })
    expect(byCode(double!, 'S4.1')).toMatchObject({
      presence: 'both',
      financial: { before: 4, after: 2, delta: -2 },
      impact: { before: null, after: null, delta: null },
      movement: 'left',
    })
    expect(byCode(double!, 'E1.1')).toMatchObject({
      financial: { before: 2, after: 4, delta: 2 },
      movement: 'entered',
    })
    const labour = byCode(double!, 'S1.1')
    expect(labour.impact.before).toBeCloseTo(10 / 3, 12)
    expect(labour.impact.after).toBe(2)
    expect(labour.impact.delta).toBeCloseTo(2 - 10 / 3, 12)
    expect(labour.movement).toBe('left')

    // Every topic against what is stored: the sealed snapshot before, the live result after.
    const sealed = await sealedTopics(fy2024)
    const live = await liveTopics(fy2025)
    expect(double!.topics).toHaveLength(live.size)
    for (const change of double!.topics) {
      const was = sealed.get(change.code)!
      const now = live.get(change.code)!
      expect([change.impact.before, change.financial.before]).toEqual([was.impact, was.financial])
      expect([change.impact.after, change.financial.after]).toEqual([now.impact, now.financial])
      const expected =
        was.material === now.material
          ? now.material
            ? 'stayed'
            : 'out'
          : now.material
            ? 'entered'
            : 'left'
      expect(change.movement, change.code).toBe(expected)
      expect(change.arrowFrom).toEqual(
        was.impact !== null && was.financial !== null
          ? { impact: was.impact, financial: was.financial }
          : null,
      )
    }
    expect(sentence).toMatch(
      /^Compared with the previous reporting period, “Climate change adaptation”/,
    )
    expect(sentence).toMatch(/were removed from it/)
  })

  test('a confirmed earlier year is read from its seal: editing its live scores changes nothing', async () => {
    const before = await compare(fy2025)
    // Behind the API's back: FY2024's privacy risk now scores √(1·1) = 1. The trigger refuses a
    // score of a confirmed assessment (migration 0022), so the edit is the privileged one, with
    // triggers off, as the database's superuser could make it.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`)
      await tx.execute(sql`
        UPDATE iro_scores SET scores = ${JSON.stringify(risk(1, 1))}::jsonb
        WHERE iro_id = ${fy2024.iros.get('S4.1')}::bigint`)
    })
    expect((await liveTopics(fy2024)).get('S4.1')?.financial).toBe(1)
    const after = await compare(fy2025)
    expect(after).toEqual(before)
    expect(byCode(after.double!, 'S4.1').financial.before).toBe(4)
  })

  test('an unconfirmed earlier year is compared live, and follows its scores', async () => {
    const pilot = await doubleYear(
      'FY2023 DM pilot',
      { 'S4.1': risk(3, 3), 'E1.1': risk(1, 1), 'S1.1': impact(5, 5, 5) },
      { open: true },
    )
    const first = await compare(fy2025, pilot.id)
    expect(first.previous).toEqual({ id: pilot.id, name: 'FY2023 DM pilot' })
    // Privacy √(3·3) = 3 was material and is 2 now; labour 5 → 2.
    expect(byCode(first.double!, 'S4.1')).toMatchObject({
      financial: { before: 3, after: 2, delta: -1 },
      movement: 'left',
    })
    expect(byCode(first.double!, 'S1.1').impact).toEqual({ before: 5, after: 2, delta: -3 })
    const rescored = await assessor.put(
      `${pilot.url}/iros/${pilot.iros.get('S4.1')}/scores`,
      risk(1, 4),
    )
    expect(rescored.status, rescored.text).toBe(200)
    // √(1·4) = 2: unchanged, so privacy did not leave the material set.
    expect(byCode((await compare(fy2025, pilot.id)).double!, 'S4.1')).toMatchObject({
      financial: { before: 2, after: 2, delta: 0 },
      movement: 'out',
    })
  })

  test('another formula: compared, flagged, and said in the sentence', async () => {
    const preset = await harness.admin.post('/api/assessments', {
      name: 'FY2023 DM preset',
      method: 'double',
      library: 'esrs',
    })
    const url = `/api/assessments/${preset.json.id}`
    const patched = await harness.admin.patch(url, {
      settings: { doubleMateriality: { formula: 'severity-likelihood', thresholds: {} } },
    })
    expect(patched.status, patched.text).toBe(200)
    const { double, sentence } = await compare(fy2025, preset.json.id)
    expect(double).toMatchObject({
      basis: 'scores',
      previousFormula: 'severity-likelihood',
      currentFormula: 'mode-b',
      formulaChanged: true,
    })
    // No IRO there: nothing scored before; E1.1 is 4 now.
    expect(byCode(double!, 'E1.1').financial).toEqual({ before: null, after: 4, delta: null })
    expect(sentence).toMatch(/The scoring formula changed from the severity × likelihood preset/)
  })
})

describe('across methods: material decisions only', () => {
  let matrix: Year

  test('a double-materiality year against a stakeholder-matrix year on the same topics', async () => {
    // A stakeholder matrix on the ESRS topics, confirmed with privacy and climate material.
    const created = await harness.admin.post('/api/assessments', {
      name: 'FY2023 matrix',
      library: 'esrs',
    })
    expect(created.status, created.text).toBe(201)
    const url = `/api/assessments/${created.json.id}`
    const issues = (await harness.admin.get(`${url}/issues`)).json.issues as {
      id: string
      code: string
    }[]
    matrix = { id: created.json.id, url, codes: new Map(), iros: new Map() }
    await status(url, 'open')
    await status(url, 'closed')
    const chosen = new Set(['S4.1', 'E1.1'])
    const decisions = issues.map((issue) => ({
      issueId: issue.id,
      material: chosen.has(issue.code),
      rationale: 'Decided by management without survey data.',
    }))
    const order = issues.filter((issue) => chosen.has(issue.code)).map((issue) => issue.id)
    const confirmed = await harness.admin.post(`${url}/confirmation`, { decisions, order })
    expect(confirmed.status, confirmed.text).toBe(201)

    const { comparison, double, sentence } = await compare(fy2025, matrix.id)
    expect(comparison).toBeNull()
    expect(double).toMatchObject({
      basis: 'decisions',
      previousFormula: null,
      currentFormula: 'mode-b',
    })
    const live = await liveTopics(fy2025)
    for (const change of double!.topics) {
      expect(change.impact).toEqual({ before: null, after: null, delta: null })
      expect(change.financial).toEqual({ before: null, after: null, delta: null })
      expect(change.arrowFrom).toBeNull()
      const was = chosen.has(change.code)
      const now = live.get(change.code)!.material
      const expected = was === now ? (now ? 'stayed' : 'out') : now ? 'entered' : 'left'
      expect(change.movement, change.code).toBe(expected)
    }
    expect(byCode(double!, 'E1.1').movement).toBe('stayed')
    expect(byCode(double!, 'S4.1').movement).toBe('left')
    expect(sentence).toMatch(/only the lists of material topics were compared, not the scores\.$/)
  })

  test('a stakeholder-matrix year against a confirmed double-materiality year', async () => {
    const { comparison, double } = await compare(matrix, fy2024.id)
    expect(double).toBeNull()
    expect(comparison!.basis).toBe('decisions')
    const sealed = await sealedTopics(fy2024)
    const byIssue = new Map(comparison!.issues.map((issue) => [issue.code, issue]))
    expect(byIssue.get('S4.1')?.movement).toBe('stayed')
    expect(byIssue.get('E1.1')?.movement).toBe('entered')
    expect(byIssue.get('S1.1')?.movement).toBe('left')
    for (const issue of comparison!.issues) {
      expect(issue.impact.delta).toBeNull()
      expect(issue.arrowFrom).toBeNull()
      expect(sealed.get(issue.code)?.material, issue.code).toBe(
        issue.movement === 'stayed' || issue.movement === 'left',
      )
    }
  })

  test('the disclosure of a confirmed double-materiality year says what changed', async () => {
    await status(fy2025.url, 'closed')
    await confirmDouble(fy2025)
    const disclosure = await harness.admin.get(`${fy2025.url}/disclosure?locale=zh-Hant`)
    expect(disclosure.status, disclosure.text).toBe(200)
    const gri32 = (disclosure.json.sections as { id: string; paragraphs: string[] }[]).find(
      (section) => section.id === 'gri-3-2',
    )!
    const { sentence } = await compare(fy2025)
    const inChinese = (await harness.admin.get(`${fy2025.url}/comparison?locale=zh-Hant`)).json
      .sentence as string
    expect(sentence).not.toBe(inChinese)
    expect(gri32.paragraphs).toContain(inChinese)
    expect(inChinese).toMatch(/^與上一報告期相比，/)
  })
})
