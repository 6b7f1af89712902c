import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import type { Axis } from '#surveys/domain'
import { EVIDENCE_FILES } from '#surveys/evidence-pack'
import { type Aggregate, scoreMatrix } from '#surveys/scoring'
import { borderlineOf, readSnapshot, type Snapshot } from '#surveys/snapshot'
import { client, createTestApp, seedUser, signIn } from '../support/app.ts'
import { csvObjects } from '../support/csv.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { fullRatings, submission } from '../support/survey.ts'

// The evidence pack of the demo assessment (about 70 simulated responses) plus two real submits:
// one with a comment that must not leak, one straight-lined so that it is flagged.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let demo: Awaited<ReturnType<typeof loadDemo>>
let admin: Awaited<ReturnType<typeof signIn>>
let url: string
let token: string
let organisationId: number

const COMMENT = 'Private remark: our plant manager Mr Chan leaks water (do not publish)'
const SUGGESTION = 'The canteen at our Kwun Tong site (ask Ms Lee)'
const REASON = 'Our operations in this area are small; the board agreed this in March.'

beforeAll(async () => {
  database = await createTestDb()
  harness = createTestApp(database)
  demo = await loadDemo(harness.deps)
  url = `/api/assessments/${demo.assessmentId}`
  admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
  const [row] = await queryRows<{ id: number }>(
    database.db,
    sql`SELECT organisation_id::int AS id FROM assessments WHERE id = ${demo.assessmentId}`,
  )
  organisationId = row!.id
  // Reopen the closed demo for two more responses through the real survey API.
  const reopened = await admin.patch(url, { status: 'open', reason: 'Two late responses.' })
  expect(reopened.status, reopened.text).toBe(200)
  const links = await admin.post(`${url}/links`, { group: 'customers', kind: 'open' })
  expect(links.status, links.text).toBe(201)
  token = links.json.links[0].token
  const respondent = client(harness.app)
  const questionnaire = (await respondent.get(`/api/survey/${token}`)).json
  const commented = submission(questionnaire, {
    ratings: fullRatings(questionnaire, (i) => (i % 7 === 0 ? null : (i % 5) + 1)),
    comments: [{ issueId: questionnaire.issues[0].id, body: COMMENT }],
    suggestedIssues: SUGGESTION,
  })
  const straight = submission(questionnaire, {
    ratings: fullRatings(questionnaire, () => 3),
    browserId: crypto.randomUUID(),
  })
  for (const body of [commented, straight]) {
    const submitted = await client(harness.app).post(`/api/survey/${token}/submit`, body)
    expect(submitted.status, submitted.text).toBe(201)
  }
  expect((await admin.patch(url, { status: 'closed' })).status).toBe(200)
})
afterAll(() => database.close())

/** GET as raw bytes (the test client reads text). */
async function download(path: string, cookie = admin.cookie) {
  const response = await harness.app.request(`http://localhost${path}`, {
    headers: { origin: 'http://localhost', cookie },
  })
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
}

async function confirm() {
  const { json } = await admin.get(`${url}/matrix`)
  const issues: { id: string; tier: string }[] = json.issues
  const decisions = issues.map((issue) => ({
    issueId: issue.id,
    material: issue.tier === 'material',
    ...(issue.tier === 'review' ? { rationale: REASON } : {}),
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const response = await admin.post(`${url}/confirmation`, { decisions, order })
  expect(response.status, response.text).toBe(201)
  return response.json as { version: number; hash: string }
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)

describe('GET /api/assessments/:id/evidence-pack before confirmation', () => {
  test('409 not_confirmed for a member, 403 for another organisation, 404 for no assessment', async () => {
    const viewer = await signIn(
      harness.app,
      (await seedUser(database, { email: 'viewer@example.com', role: 'viewer', organisationId }))
        .email,
    )
    const early = await viewer.get(`${url}/evidence-pack`)
    expect(early.status, early.text).toBe(409)
    expect(early.json.error.code).toBe('not_confirmed')
    const outsider = await signIn(
      harness.app,
      (await seedUser(database, { email: 'outsider@example.com', role: 'admin' })).email,
    )
    expect((await outsider.get(`${url}/evidence-pack`)).status).toBe(403)
    expect((await admin.get('/api/assessments/999999/evidence-pack')).status).toBe(404)
    expect((await admin.get(`${url}/evidence-pack?version=x`)).status).toBe(400)
    expect((await client(harness.app).get(`${url}/evidence-pack`)).status).toBe(401)
  })
})

describe('GET /api/assessments/:id/evidence-pack once confirmed', () => {
  let confirmed: { version: number; hash: string }
  let files: Record<string, Uint8Array>
  let snapshot: Snapshot

  beforeAll(async () => {
    confirmed = await confirm()
    const { response, bytes } = await download(`${url}/evidence-pack`)
    expect(response.status, text(bytes)).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="FY2023 materiality assessment \(demo\) evidence pack v1-\d{4}-\d{2}-\d{2}\.zip"; filename\*=UTF-8''/,
    )
    files = unzipSync(bytes)
    snapshot = readSnapshot(text(files['snapshot.json']))
  })

  test('the zip holds every file of the pack and nothing else', () => {
    expect(Object.keys(files).sort()).toEqual([...EVIDENCE_FILES].sort())
    for (const name of EVIDENCE_FILES) expect(files[name]!.length, name).toBeGreaterThan(0)
  })

  test('snapshot.json is the stored text; snapshot.sha256 is its hash in sha256sum format', async () => {
    const [stored] = await queryRows<{ snapshot: string; hash: string }>(
      database.db,
      sql`SELECT snapshot, hash FROM confirmations WHERE assessment_id = ${demo.assessmentId}`,
    )
    expect(text(files['snapshot.json'])).toBe(stored!.snapshot)
    const actual = createHash('sha256').update(files['snapshot.json']!).digest('hex')
    expect(actual).toBe(stored!.hash)
    expect(actual).toBe(confirmed.hash)
    expect(text(files['snapshot.sha256'])).toBe(`${actual}  snapshot.json\n`)
    expect(text(files['README.txt'])).toContain(actual)
  })

  test('the scores recomputed from responses.csv and the snapshot parameters equal the snapshot', () => {
    const rows = csvObjects(text(files['responses.csv']))
    expect(rows.length).toBeGreaterThan(1000)
    const idOf = new Map(snapshot.issues.map((issue) => [issue.code, issue.id]))
    const rates = new Map(snapshot.groups.map((group) => [group.key, group.axes as string[]]))
    const sums = new Map<string, Aggregate>()
    for (const row of rows) {
      const axis = row.axis as Axis
      if (!rates.get(row.group!)?.includes(axis)) continue
      if (snapshot.settings.excludeFlagged && row.flagged === 'yes') continue
      const key = `${row['issue code']}|${axis}|${row.group}`
      const sum = sums.get(key) ?? {
        issueId: idOf.get(row['issue code']!)!,
        axis,
        groupKey: row.group!,
        n: 0,
        sum: 0,
        sumSquares: 0,
        dontKnow: 0,
      }
      if (row.score === '') sum.dontKnow++
      else {
        const score = Number(row.score)
        sum.n++
        sum.sum += score
        sum.sumSquares += score * score
      }
      sums.set(key, sum)
    }
    const recomputed = scoreMatrix({
      issues: snapshot.issues.map(({ id, code }) => ({ id, code })),
      groups: snapshot.groups.map(({ key, weight, axes }) => ({ key, weight, axes })),
      aggregates: [...sums.values()],
      settings: { ...snapshot.settings, borderline: borderlineOf(snapshot.settings) },
    })
    expect(recomputed.thresholds).toEqual(snapshot.result.thresholds)
    const byId = new Map(recomputed.issues.map((issue) => [issue.id, issue]))
    expect(byId.size).toBe(snapshot.issues.length)
    for (const issue of snapshot.issues) {
      const again = byId.get(issue.id)!
      expect(again.impact.score, issue.code).toBe(issue.impact.score)
      expect(again.stakeholder.score, issue.code).toBe(issue.stakeholder.score)
      expect(again.priority, issue.code).toBe(issue.priority)
      expect(again.tier, issue.code).toBe(issue.tier)
      expect(again.rank, issue.code).toBe(issue.rank)
    }
    // A real result: some issues material, scores spread out.
    expect(snapshot.issues.some((issue) => issue.tier === 'material')).toBe(true)
  })

  test('responses.csv is anonymised: sequence numbers, dates only, no comments, suggestions or tokens', async () => {
    const csv = text(files['responses.csv'])
    const rows = csvObjects(csv)
    const [counts] = await queryRows<{ responses: number; ratings: number; flagged: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM responses WHERE assessment_id = ${demo.assessmentId}) AS responses,
                 (SELECT count(*)::int FROM ratings r JOIN responses s ON s.id = r.response_id
                  WHERE s.assessment_id = ${demo.assessmentId}) AS ratings,
                 (SELECT count(*)::int FROM responses WHERE assessment_id = ${demo.assessmentId}
                  AND cardinality(flags) > 0) AS flagged`,
    )
    expect(rows.length).toBe(counts!.ratings)
    const sequence = [...new Set(rows.map((row) => Number(row.response)))]
    expect(sequence).toEqual(Array.from({ length: counts!.responses }, (_, i) => i + 1))
    const flagged = new Set(rows.filter((r) => r.flagged === 'yes').map((r) => r.response))
    expect(flagged.size).toBe(counts!.flagged)
    expect(flagged.size).toBeGreaterThan(0)
    expect(rows.some((row) => row.score === '')).toBe(true)
    for (const row of rows) expect(row['submitted (UTC date)']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(Object.keys(rows[0]!)).toEqual([
      'response',
      'group',
      'issue code',
      'axis',
      'score',
      'flagged',
      'submitted (UTC date)',
    ])
    // The comment, the suggested issue and the survey token appear in no file of the pack.
    for (const name of EVIDENCE_FILES) {
      const content = text(files[name])
      expect(content.includes('Mr Chan'), name).toBe(false)
      expect(content.includes('Kwun Tong'), name).toBe(false)
      expect(content.includes(token), name).toBe(false)
    }
  })

  test('aggregates.csv agrees with the per-group scores in the snapshot', () => {
    const rows = csvObjects(text(files['aggregates.csv']))
    const byKey = new Map(rows.map((row) => [`${row['issue code']}|${row.axis}|${row.group}`, row]))
    let compared = 0
    for (const issue of snapshot.issues) {
      for (const axis of ['impact', 'stakeholder'] as const) {
        for (const group of issue[axis].groups) {
          const row = byKey.get(`${issue.code}|${axis}|${group.key}`)
          if (group.n === 0 && group.dontKnow === 0) continue
          expect(row, `${issue.code} ${axis} ${group.key}`).toBeDefined()
          expect(Number(row!.n)).toBe(group.n)
          expect(Number(row!["don't know"])).toBe(group.dontKnow)
          if (group.mean !== null) expect(Number(row!.mean)).toBe(group.mean)
          if (group.n >= 2) expect(Number(row!.sd)).toBeCloseTo(group.sd, 12)
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(100)
  })

  test('decisions.csv lists every issue with its decision, rationale and final position', () => {
    const rows = csvObjects(text(files['decisions.csv']))
    expect(rows.length).toBe(snapshot.issues.length)
    const material = rows.filter((row) => row.material === 'yes')
    expect(material.map((row) => Number(row['position in final order']))).toEqual(
      material.map((_, i) => i + 1),
    )
    const review = rows.filter((row) => row['computed tier'] === 'review')
    for (const row of review) expect(row.rationale).toBe(REASON)
    expect(rows[0]!['issue (en)']).toBe(snapshot.issues[0]!.names.en)
  })

  test('audit-log.csv records the confirmation; the documents state the parameters', () => {
    expect(text(files['audit-log.csv'])).toMatch(/confirm/)
    const methodology = text(files['methodology.md'])
    expect(methodology).toContain(`nMin) | ${snapshot.settings.nMin} |`)
    expect(methodology).toContain('Σ_E w_g·m_g / Σ_E w_g')
    expect(text(files['README.txt'])).toContain('sha256sum -c snapshot.sha256')
  })

  test('matrix.png is a PNG at least 3000 px wide', () => {
    const png = files['matrix.png']!
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    expect(text(png.subarray(12, 16))).toBe('IHDR')
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
    expect(view.getUint32(16)).toBeGreaterThanOrEqual(3000)
    expect(view.getUint32(20)).toBeGreaterThan(2000)
  })

  test('?version= picks a version; an unknown version is 404', async () => {
    const first = await download(`${url}/evidence-pack?version=1`)
    expect(first.response.status).toBe(200)
    expect(text(unzipSync(first.bytes)['snapshot.sha256'])).toContain(confirmed.hash)
    expect((await admin.get(`${url}/evidence-pack?version=2`)).status).toBe(404)
  })
})

describe('GET /api/assessments/:id/evidence-pack after a return', () => {
  test('the default is the latest version; an earlier one says it is not the latest', async () => {
    // The demo organisation has no approver, so its admin decides (and may return).
    const returned = await admin.post(`${url}/approval`, {
      decision: 'return',
      comment: 'Please reconsider the review issues with the operations team first.',
    })
    expect(returned.status, returned.text).toBe(201)
    const second = await confirm()
    expect(second.version).toBe(2)
    const latest = unzipSync((await download(`${url}/evidence-pack`)).bytes)
    const snapshot = readSnapshot(text(latest['snapshot.json']))
    expect(snapshot.version).toBe(2)
    expect(text(latest['snapshot.sha256'])).toBe(`${second.hash}  snapshot.json\n`)
    expect(text(latest['README.txt'])).not.toContain('is the latest')
    const first = unzipSync((await download(`${url}/evidence-pack?version=1`)).bytes)
    expect(snapshot.previousHash).toBe(text(first['snapshot.sha256']).split(' ')[0])
    expect(text(first['README.txt'])).toContain('NOTE: this is version 1; version 2 is the latest.')
    expect(text(first['README.txt'])).toContain('Returned by the board on')
  })
})
