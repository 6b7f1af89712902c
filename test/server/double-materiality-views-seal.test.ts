import { sql } from 'drizzle-orm'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readSnapshot } from '#surveys/domain/snapshot'
import { assessmentHarness, assignIros, rows } from '../support/assessments.ts'
import { csvObjects } from '../support/csv.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { respondAs } from '../support/stakeholder-responses.ts'

// Issue 15.6 sealed: the stakeholder views a confirmation checked the reasons against are written
// into the snapshot, shown from it and put in the version's evidence pack; later answers change
// the live views, never a sealed version's.

let database: TestDatabase
let harness: Awaited<ReturnType<typeof assessmentHarness>>
let id: string
let url: string
let workers: string

const GAP_REASON =
  'The survey reached office staff; the lab workers on night shifts were not asked.'
const CLIMATE_REASON = 'No climate-related impact, risk or opportunity was identified this year.'

interface Topic {
  issueId: string
  code: string
  stakeholderViews: Record<string, unknown>
}

beforeAll(async () => {
  database = await createTestDb()
  harness = await assessmentHarness(database)
  const created = await harness.admin.post('/api/assessments', {
    name: 'FY2026 double materiality',
    method: 'double',
    library: 'esrs',
  })
  id = created.json.id
  url = `/api/assessments/${id}`
  const issues = (await harness.admin.get(`${url}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  workers = issues.find((issue) => issue.code === 'S1.1')!.id
  expect((await harness.admin.patch(url, { status: 'open' })).status).toBe(200)
  // Affected groups on S1.1's impact: employees 2, customers 3 → SV_I = 2.5; investors 4 on
  // the stakeholder axis → SV_F = 4.
  await respondAs(harness, id, 'employees', { [workers]: [2, 1] })
  await respondAs(harness, id, 'customers', { [workers]: [3, 1] })
  await respondAs(harness, id, 'investors', { [workers]: [1, 4] })
  const iro = await harness.admin.post(`${url}/iros`, {
    issueId: workers,
    type: 'negative-impact',
    actual: true,
    description: 'Night shifts in the Shenzhen test lab',
  })
  expect(iro.status, iro.text).toBe(201)
  const assessor = await harness.as('assessor')
  await assignIros(harness.admin, id, [assessor])
  // I = mean(4, 4, 3) = 3.67: 1.17 above SV_I.
  const scored = await assessor.put(`${url}/iros/${iro.json.id}/scores`, {
    scale: 4,
    scope: 4,
    irremediability: 3,
  })
  expect(scored.status, scored.text).toBe(200)
  expect((await harness.admin.patch(url, { status: 'closed' })).status).toBe(200)
})
afterAll(() => database.close())

/** Each topic's stakeholder views as GET …/double-materiality gives them now, by topic id. */
async function liveViews() {
  const response = await harness.admin.get(`${url}/double-materiality`)
  expect(response.status, response.text).toBe(200)
  const topics: Topic[] = response.json.topics
  return new Map(topics.map((topic) => [topic.issueId, topic.stakeholderViews]))
}

async function storedSnapshots() {
  return rows<{ version: number; snapshot: string; hash: string }>(
    database,
    sql`SELECT version, snapshot, hash FROM confirmations
        WHERE assessment_id = ${id}::bigint ORDER BY version`,
  )
}

/** The sealed views of a stored snapshot, by topic id. */
function sealedViews(text: string) {
  const double = readSnapshot(text).doubleMateriality!
  return new Map(double.topics.map((topic) => [topic.issueId, topic.stakeholderViews]))
}

/** Confirms the proposals, every climate topic and every topic that asks for one with a reason. */
async function confirm() {
  const state = (await harness.admin.get(`${url}/confirmation`)).json
  const computed: {
    issueId: string
    tier: string
    explainIfNotMaterial?: boolean
    explainAlways?: boolean
  }[] = state.computed
  const decisions = computed.map((issue) => ({
    issueId: issue.issueId,
    material: issue.tier === 'material',
    ...(issue.explainAlways ? { rationale: GAP_REASON } : {}),
    ...(issue.explainIfNotMaterial || issue.tier === 'review' ? { rationale: CLIMATE_REASON } : {}),
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const confirmed = await harness.admin.post(`${url}/confirmation`, { decisions, order })
  expect(confirmed.status, confirmed.text).toBe(201)
  return confirmed.json as { version: number; hash: string }
}

async function pack(version: number) {
  const response = await harness.app.request(
    `http://localhost${url}/evidence-pack?version=${version}`,
    { headers: { origin: 'http://localhost', cookie: harness.admin.cookie } },
  )
  expect(response.status).toBe(200)
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
  return (name: string) => new TextDecoder().decode(files[name])
}

describe('the stakeholder views of a double-materiality confirmation are sealed', () => {
  test('the stored snapshot carries every topic’s views as the result gave them before confirming', async () => {
    const before = await liveViews()
    expect(before.get(workers)).toMatchObject({
      impact: { score: 2.5, n: 6, flagged: true },
      financial: { score: 4, n: 3, flagged: false },
      rationaleRequired: true,
    })
    await confirm()
    const [stored] = await storedSnapshots()
    const sealed = sealedViews(stored!.snapshot)
    expect(sealed.size).toBe(37)
    expect(sealed).toEqual(before)
    const shown = (await harness.admin.get(`${url}/confirmations/1`)).json.snapshot
    expect(sealedViews(JSON.stringify(shown))).toEqual(before)
    const result = csvObjects((await pack(1))('double-materiality.csv'))
    expect(result.find((row) => row['topic code'] === 'S1.1')).toMatchObject({
      'impact (I_t)': '3.6667',
      'impact view (SV_I)': '2.5000',
      'impact view answers': '6',
      'impact difference (I_t − SV_I)': '1.1667',
      'financial view (SV_F)': '4.0000',
      'financial difference (F_t − SV_F)': '',
      'view rationale required': 'yes',
      rationale: GAP_REASON,
    })
    expect((await pack(1))('README.txt')).toMatch(/stakeholder views beside I_t and F_t/)
  })

  test('new survey answers after a return and a reopening change the live views, not version 1’s', async () => {
    const [v1] = await storedSnapshots()
    const first = await pack(1)
    const approver = await harness.as('approver')
    const returned = await approver.post(`${url}/approval`, {
      decision: 'return',
      comment: 'Ask the lab workers on night shifts.',
      version: 1,
      hash: v1!.hash,
    })
    expect(returned.status, returned.text).toBe(201)
    const reopened = await harness.admin.patch(url, { status: 'open', reason: 'Survey the lab.' })
    expect(reopened.status, reopened.text).toBe(200)
    // Three more employees rate S1.1's impact 5: SV_I = mean(mean(2, 2, 2, 5, 5, 5), 3) = 3.25.
    await respondAs(harness, id, 'employees', { [workers]: [5, 1] })
    expect((await harness.admin.patch(url, { status: 'closed' })).status).toBe(200)
    const now = await liveViews()
    expect(now.get(workers)).toMatchObject({ impact: { score: 3.25, n: 9, flagged: false } })

    const [unchanged] = await storedSnapshots()
    expect(unchanged).toEqual(v1)
    expect(sealedViews(unchanged!.snapshot).get(workers)).toMatchObject({
      impact: { score: 2.5, n: 6, flagged: true },
    })
    const after = await pack(1)
    for (const name of ['double-materiality.csv', 'snapshot.json']) {
      expect(after(name), name).toBe(first(name))
    }
    await confirm()
    const [, v2] = await storedSnapshots()
    expect(sealedViews(v2!.snapshot)).toEqual(now)
    const result = csvObjects((await pack(2))('double-materiality.csv'))
    expect(result.find((row) => row['topic code'] === 'S1.1')).toMatchObject({
      'impact view (SV_I)': '3.2500',
      'view rationale required': 'no',
    })
  })
})
