import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { projectRoot } from '#db/paths'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import type { Axis } from '#surveys/domain/model'
import { borderlineOf, readSnapshot, type Snapshot } from '#surveys/domain/snapshot'
import { EVIDENCE_FILES } from '#surveys/reports/evidence-pack'
import { type Aggregate, scoreMatrix } from '#surveys/scoring/score-matrix'
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
    locale: 'zh-Hant',
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

const METHOD = readFileSync(join(projectRoot(), 'surveys', 'METHOD.md'), 'utf8').trimEnd()

/** The responses digest recomputed from responses.csv, as README.txt tells an assurer to. */
function digestOfCsv(csv: string): string {
  const hash = createHash('sha256')
  for (const row of csvObjects(csv)) {
    const fields = [row.response, row.group, row.flags, row['issue code'], row.axis, row.score]
    hash.update(`${fields.join(',')}\n`, 'utf8')
  }
  return hash.digest('hex')
}

describe('GET /api/assessments/:id/evidence-pack before confirmation', () => {
  test('409 not_confirmed for a member, 404 for another organisation as for no assessment', async () => {
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
    expect((await outsider.get(`${url}/evidence-pack`)).status).toBe(404)
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
      'language',
      'flags',
      'flagged',
      'issue code',
      'axis',
      'score',
      'submitted (UTC date)',
    ])
    // The comment, the suggested issue and the survey token appear in no file of the pack.
    for (const name of EVIDENCE_FILES) {
      const content = text(files[name])
      expect(content.includes('Mr Chan'), name).toBe(false)
      expect(content.includes('Kwun Tong'), name).toBe(false)
      // Nor do the demo respondents' comments.
      expect(content.includes('hotline closes'), name).toBe(false)
      expect(content.includes('員工心理健康'), name).toBe(false)
      expect(content.includes(token), name).toBe(false)
    }
  })

  test('responses.csv reproduces the digest and count the snapshot sealed', () => {
    const csv = text(files['responses.csv'])
    expect(digestOfCsv(csv)).toBe(snapshot.responses.digest)
    const rows = csvObjects(csv)
    expect(new Set(rows.map((row) => row.response)).size).toBe(snapshot.responses.count)
    expect(text(files['README.txt'])).toContain(snapshot.responses.digest)
  })

  test("each response's language and flag types are in responses.csv as stored", async () => {
    const stored = await queryRows<{ locale: string; flags: string[] }>(
      database.db,
      sql`SELECT locale, flags FROM responses WHERE assessment_id = ${demo.assessmentId} ORDER BY id`,
    )
    const rows = csvObjects(text(files['responses.csv']))
    const first = new Map(rows.map((row) => [Number(row.response), row]))
    expect(first.size).toBe(stored.length)
    stored.forEach((response, i) => {
      const row = first.get(i + 1)!
      expect(row.language, `response ${i + 1}`).toBe(response.locale)
      expect(row.flags, `response ${i + 1}`).toBe([...response.flags].sort().join(';'))
    })
    expect(new Set(rows.map((row) => row.language)).size).toBeGreaterThan(1)
    expect(rows.some((row) => row.flags?.includes('straight-lining'))).toBe(true)
  })

  test('questionnaire.md is the questionnaire as fielded, in all three languages', () => {
    const questionnaire = text(files['questionnaire.md'])
    expect(snapshot.questionnaire?.locales).toEqual(['en', 'zh-Hant', 'zh-Hans'])
    for (const stem of [
      'How significant are its economic, environmental and social impacts?',
      '此議題對經濟、環境和社會的影響有多重要？',
      '此议题对您的评估和决策有多大影响？',
      'Not important',
      '非常重要',
      '不知道／不適用',
      '不知道／不适用',
    ]) {
      expect(questionnaire, stem).toContain(stem)
    }
    for (const issue of snapshot.questionnaire!.issues) {
      for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as const) {
        expect(questionnaire).toContain(issue.descriptions[locale])
      }
    }
  })

  test('links.csv counts the links issued per group and day up to the confirmation', async () => {
    const [stored] = await queryRows<{ links: number }>(
      database.db,
      sql`SELECT count(*)::int AS links FROM survey_links WHERE assessment_id = ${demo.assessmentId}`,
    )
    const rows = csvObjects(text(files['links.csv']))
    expect(rows.reduce((total, row) => total + Number(row.links), 0)).toBe(stored!.links)
    expect(rows).toEqual(
      snapshot.links!.map((link) => expect.objectContaining({ links: String(link.links) })),
    )
    expect(rows.some((row) => row.group === 'customers' && row.kind === 'open')).toBe(true)
    for (const row of rows) expect(row['issued (UTC date)']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
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
          expect(Number(row!.sd)).toBeCloseTo(group.sd, 12)
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
    // surveys/METHOD.md word for word, with every edge rule.
    expect(methodology).toContain(METHOD)
    for (const rule of [
      'A group weighted 0',
      'rule-aware',
      'Ties at the cut',
      'With n = 1 (possible only with nMin = 1)',
      'the pooled SD',
      'A change of scale',
    ]) {
      expect(methodology, rule).toContain(rule)
    }
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

describe('GET /api/assessments/:id/evidence-pack after a return, a reopening and more answers', () => {
  let v1: Record<string, Uint8Array>
  let v2: Record<string, Uint8Array>

  beforeAll(async () => {
    // The demo organisation has no approver, so its admin decides (and may return).
    const [latest] = (await admin.get(`${url}/confirmation`)).json.versions
    const returned = await admin.post(`${url}/approval`, {
      decision: 'return',
      comment: 'Please reconsider the review issues with the operations team first.',
      version: latest.version,
      hash: latest.hash,
    })
    expect(returned.status, returned.text).toBe(201)
    const reopened = await admin.patch(url, { status: 'open', reason: 'Three late responses.' })
    expect(reopened.status, reopened.text).toBe(200)
    const links = await admin.post(`${url}/links`, { group: 'employees', kind: 'open' })
    expect(links.status, links.text).toBe(201)
    const late: string = links.json.links[0].token
    const questionnaire = (await client(harness.app).get(`/api/survey/${late}`)).json
    for (let i = 0; i < 3; i++) {
      const body = submission(questionnaire, {
        ratings: fullRatings(questionnaire, (j) => ((i + j) % 5) + 1),
        browserId: crypto.randomUUID(),
        locale: 'zh-Hans',
      })
      const submitted = await client(harness.app).post(`/api/survey/${late}/submit`, body)
      expect(submitted.status, submitted.text).toBe(201)
    }
    expect((await admin.patch(url, { status: 'closed' })).status).toBe(200)
    expect((await confirm()).version).toBe(2)
    v1 = unzipSync((await download(`${url}/evidence-pack?version=1`)).bytes)
    v2 = unzipSync((await download(`${url}/evidence-pack`)).bytes)
  })

  test('the pack of version 1 holds exactly the responses version 1 sealed', async () => {
    const sealed1 = readSnapshot(text(v1['snapshot.json'])).responses
    const sealed2 = readSnapshot(text(v2['snapshot.json'])).responses
    expect(sealed2.count).toBe(sealed1.count + 3)
    const [stored] = await queryRows<{ upTo1: number; ratings1: number }>(
      database.db,
      sql`SELECT count(DISTINCT s.id)::int AS "upTo1", count(*)::int AS ratings1
          FROM responses s JOIN ratings r ON r.response_id = s.id
          WHERE s.assessment_id = ${demo.assessmentId} AND s.id <= ${Number(sealed1.lastId)}`,
    )
    expect(stored!.upTo1).toBe(sealed1.count)
    const rows1 = csvObjects(text(v1['responses.csv']))
    const rows2 = csvObjects(text(v2['responses.csv']))
    expect(rows1.length).toBe(stored!.ratings1)
    expect(new Set(rows1.map((row) => row.response)).size).toBe(sealed1.count)
    expect(digestOfCsv(text(v1['responses.csv']))).toBe(sealed1.digest)
    // Version 2 adds the three late responses after version 1's, which it repeats unchanged.
    expect(rows2.slice(0, rows1.length)).toEqual(rows1)
    const late = rows2.slice(rows1.length)
    expect(new Set(late.map((row) => row.response)).size).toBe(3)
    expect(late.every((row) => row.language === 'zh-Hans')).toBe(true)
    // The demo's own respondents answer in 简体中文 too: version 1 has none of the late three.
    const zhHans = (rows: Record<string, string>[]) =>
      new Set(rows.filter((row) => row.language === 'zh-Hans').map((row) => row.response)).size
    expect(zhHans(rows2)).toBe(zhHans(rows1) + 3)
    expect(digestOfCsv(text(v2['responses.csv']))).toBe(sealed2.digest)
  })

  test('each pack says which version it is; version 2 chains to version 1', () => {
    const snapshot = readSnapshot(text(v2['snapshot.json']))
    expect(snapshot.version).toBe(2)
    expect(text(v2['README.txt'])).not.toContain('is the latest')
    expect(snapshot.previousHash).toBe(text(v1['snapshot.sha256']).split(' ')[0])
    expect(text(v1['README.txt'])).toContain('NOTE: this is version 1; version 2 is the latest.')
    expect(text(v1['README.txt'])).toMatch(/Board: +Returned on \d{4}-\d{2}-\d{2} by /)
  })

  test("version 1's links.csv stops at its confirmation", () => {
    const employees = (files: Record<string, Uint8Array>) =>
      csvObjects(text(files['links.csv']))
        .filter((row) => row.group === 'employees' && row.kind === 'open')
        .reduce((total, row) => total + Number(row.links), 0)
    // The open link for employees was made after version 1, for the late responses.
    expect(employees(v2)).toBe(employees(v1) + 1)
  })
})

describe('GET /api/assessments/:id/evidence-pack when stored responses were altered', () => {
  test('409 responses_changed and nothing sent', async () => {
    // A privileged statement that bypasses the immutability trigger, as an attacker with the
    // database's superuser would.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`)
      await tx.execute(sql`
        UPDATE ratings SET score = CASE WHEN score = 5 THEN 4 ELSE 5 END
        WHERE (response_id, issue_id, axis) = (
          SELECT r.response_id, r.issue_id, r.axis FROM ratings r
            JOIN responses s ON s.id = r.response_id
          WHERE s.assessment_id = ${demo.assessmentId} AND r.score IS NOT NULL
          ORDER BY r.response_id, r.issue_id, r.axis LIMIT 1)`)
    })
    for (const path of [`${url}/evidence-pack?version=1`, `${url}/evidence-pack`]) {
      const { response, bytes } = await download(path)
      expect(response.status, path).toBe(409)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(response.headers.get('content-disposition')).toBeNull()
      expect(JSON.parse(text(bytes)).error.code).toBe('responses_changed')
    }
  })
})
