import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { readCsv } from '#surveys/reports/csv'
import { client, createTestApp, signIn } from '../support/app.ts'
import { FORMULA_PAYLOADS, formulaCells } from '../support/csv.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { submission } from '../support/survey.ts'

// Hostile text typed into everything that reaches a CSV (issue names in three languages, audit
// reasons, confirmation rationales, respondents' comments), then every CSV endpoint read back: no cell may be one a
// spreadsheet would run as a formula. The browser-made links CSV is in test/client/downloads.

const [P0, P1, P2, P3, P4, P5] = FORMULA_PAYLOADS as [
  string,
  string,
  string,
  string,
  string,
  string,
]

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let admin: Awaited<ReturnType<typeof signIn>>
let url: string

beforeAll(async () => {
  database = await createTestDb()
  harness = createTestApp(database)
  const demo = await loadDemo(harness.deps)
  url = `/api/assessments/${demo.assessmentId}`
  admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
  expect((await admin.patch(url, { status: 'open', reason: P0 })).status).toBe(200)
  const issues: { id: string }[] = (await admin.get(`${url}/issues`)).json.issues
  const rename = async (issueId: string, names: Record<string, string>, reason: string) => {
    const response = await admin.patch(`${url}/issues/${issueId}`, { names, reason })
    expect(response.status, response.text).toBe(200)
  }
  await rename(issues[0]!.id, { en: P0, 'zh-Hant': P1, 'zh-Hans': P2 }, P3)
  await rename(issues[1]!.id, { en: P3, 'zh-Hant': P4, 'zh-Hans': P5 }, P4)
  const link = await admin.post(`${url}/links`, { group: 'customers', kind: 'open' })
  const token = link.json.links[0].token
  const questionnaire = (await client(harness.app).get(`/api/survey/${token}`)).json
  const commented = submission(questionnaire, {
    comments: [
      { issueId: issues[0]!.id, body: P0 },
      { issueId: issues[1]!.id, body: P3 },
    ],
    suggestedIssues: P4,
  })
  const submitted = await client(harness.app).post(`/api/survey/${token}/submit`, commented)
  expect(submitted.status, submitted.text).toBe(201)
  expect((await admin.patch(url, { status: 'closed', reason: P4 })).status).toBe(200)
  const matrix: { id: string; tier: string }[] = (await admin.get(`${url}/matrix`)).json.issues
  const decisions = matrix.map((issue, i) => ({
    issueId: issue.id,
    // Every issue departs from its tier or is under review, so every one carries a rationale.
    material: issue.tier !== 'material',
    rationale: `${FORMULA_PAYLOADS[i % FORMULA_PAYLOADS.length]} (the board's reasons)`,
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const confirmed = await admin.post(`${url}/confirmation`, { decisions, order })
  expect(confirmed.status, confirmed.text).toBe(201)
}, 120_000)
afterAll(() => database.close())

async function download(path: string) {
  const response = await harness.app.request(`http://localhost${path}`, {
    headers: { cookie: admin.cookie },
  })
  expect(response.status, path).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

const cells = (csv: string) => readCsv(csv).flat()

describe('formula injection through every CSV the server makes', () => {
  test('the ranked table (export.csv) in each language guards issue names', async () => {
    for (const [locale, payload] of [
      ['en', P0],
      ['zh-Hant', P1],
      ['zh-Hans', P2],
    ] as const) {
      const csv = strFromU8(await download(`${url}/export.csv?locale=${locale}`))
      expect(formulaCells(csv), locale).toEqual([])
      expect(cells(csv)).toContain(`'${payload}`)
    }
  })

  test('the audit trail (audit.csv) guards reasons', async () => {
    const csv = strFromU8(await download(`${url}/audit.csv`))
    expect(formulaCells(csv)).toEqual([])
    for (const payload of [P0, P3, P4]) expect(cells(csv)).toContain(`'${payload}`)
  })

  test("respondents' comments (comments.csv) guard comments and suggestions", async () => {
    for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
      const csv = strFromU8(await download(`${url}/comments.csv?lang=${lang}`))
      expect(formulaCells(csv), lang).toEqual([])
      for (const payload of [P0, P3, P4]) expect(cells(csv)).toContain(`'${payload}`)
    }
    // Issue names in the CSV come from the renamed, hostile issues too.
    expect(cells(strFromU8(await download(`${url}/comments.csv?lang=zh-Hans`)))).toContain(`'${P2}`)
  })

  test('every CSV of the evidence pack guards names and rationales', async () => {
    const files = unzipSync(await download(`${url}/evidence-pack`))
    const csvs = Object.keys(files).filter((name) => name.endsWith('.csv'))
    expect(csvs.length).toBeGreaterThanOrEqual(4)
    for (const name of csvs) expect(formulaCells(strFromU8(files[name]!)), name).toEqual([])
    const decisions = cells(strFromU8(files['decisions.csv']!))
    expect(decisions).toContain(`'${P0}`)
    expect(decisions).toContain(`'${P3}`)
    const audit = cells(strFromU8(files['audit-log.csv']!))
    expect(audit).toContain(`'${P0}`)
  })
})
