import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import type { CheckedDecision } from '#surveys/domain/confirmation'
import { demoHarness } from '../support/assessments.ts'
import { csvObjects } from '../support/csv.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// Issue 13 §2, last clause: a reason written once for several issues (a bulk decision) is stored
// on each decision, marked as shared — in the sealed snapshot, its views, the disclosure, the
// evidence pack and the audit entry. Versions sealed before the mark existed read as not shared.

let database: TestDatabase
let given: Awaited<ReturnType<typeof demoHarness>>

beforeAll(async () => {
  database = await createTestDb()
  given = await demoHarness(database)
})
afterAll(() => database.close())

const SHARED = 'Decided together: each sits on the line and the board weighed them as one group.'
const OWN = 'The regulator named this issue in its 2026 letter to the whole sector.'

interface MatrixIssue {
  id: string
  code: string
  tier: 'material' | 'review' | 'not-material'
}

async function stored(assessmentId: number, version: number) {
  const [row] = await queryRows<{ snapshot: string; hash: string }>(
    database.db,
    sql`SELECT snapshot, hash FROM confirmations
        WHERE assessment_id = ${assessmentId} AND version = ${version}`,
  )
  const snapshot = JSON.parse(row!.snapshot) as { decisions: CheckedDecision[] }
  return { ...row!, decisions: snapshot.decisions }
}

async function download(path: string, cookie: string) {
  const response = await given.harness.app.request(`http://localhost${path}`, {
    headers: { origin: 'http://localhost', cookie },
  })
  expect(response.status).toBe(200)
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
  const name = (file: string) => Object.keys(files).find((key) => key.endsWith(file))!
  const text = (file: string) => new TextDecoder().decode(files[name(file)])
  return { decisions: csvObjects(text('decisions.csv')), readme: text('README.txt') }
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('POST /api/assessments/:id/confirmation with shared reasons', () => {
  let issues: MatrixIssue[]
  let sharedIds: string[]
  let ownId: string
  let reviewer: Awaited<ReturnType<typeof given.member>>

  beforeAll(async () => {
    reviewer = await given.member('reviewer')
    issues = (await reviewer.get(`${given.url}/matrix`)).json.issues
    const review = issues.filter((issue) => issue.tier === 'review')
    expect(review.length).toBeGreaterThan(2)
    ownId = review[0]!.id
    sharedIds = review.slice(1).map((issue) => issue.id)
    const notMaterial = issues.find((issue) => issue.tier === 'not-material')!
    const decisions = issues.map((issue) => ({
      issueId: issue.id,
      material: issue.tier === 'material',
      ...(issue.id === ownId ? { rationale: OWN } : {}),
      ...(sharedIds.includes(issue.id) ? { rationale: SHARED, shared: true } : {}),
      // Marked shared without a reason: there is nothing to mark, so nothing is sealed.
      ...(issue.id === notMaterial.id ? { rationale: null, shared: true } : {}),
    }))
    const order = decisions.filter((d) => d.material).map((d) => d.issueId)
    const confirmed = await reviewer.post(`${given.url}/confirmation`, { decisions, order })
    expect(confirmed.status, confirmed.text).toBe(201)
  })

  test('the sealed snapshot marks exactly the shared reasons, and its hash is of that text', async () => {
    const row = await stored(given.demo.assessmentId, 1)
    expect(sha256(row.snapshot)).toBe(row.hash)
    const marked = row.decisions.filter((d) => 'shared' in d)
    expect(marked.map((d) => d.issueId).sort()).toEqual([...sharedIds].sort())
    for (const d of marked) expect(d).toMatchObject({ shared: true, rationale: SHARED })
    expect(row.decisions.find((d) => d.issueId === ownId)).toMatchObject({ rationale: OWN })
    expect(row.decisions.find((d) => d.issueId === ownId)).not.toHaveProperty('shared')
    const view = (await reviewer.get(`${given.url}/confirmations/1`)).json
    expect(view.hash).toBe(row.hash)
    expect(view.snapshot.decisions).toEqual(row.decisions)
  })

  test('the audit entry names the issues whose reason was shared', async () => {
    const [entry] = await queryRows<{ after: { sharedReason?: string[] } }>(
      database.db,
      sql`SELECT after FROM audit_log
          WHERE assessment_id = ${given.demo.assessmentId} AND action = 'confirm'`,
    )
    const codes = issues.filter((i) => sharedIds.includes(i.id)).map((i) => i.code)
    expect([...entry!.after.sharedReason!].sort()).toEqual([...codes].sort())
  })

  test('the evidence pack marks them in decisions.csv and says what the column means', async () => {
    const pack = await download(`${given.url}/evidence-pack`, reviewer.cookie)
    const byCode = new Map(pack.decisions.map((row) => [row['issue code'], row]))
    for (const issue of issues) {
      const row = byCode.get(issue.code)!
      const expected = sharedIds.includes(issue.id) ? 'yes' : issue.id === ownId ? 'no' : ''
      expect(row['shared reason'], issue.code).toBe(expected)
    }
    expect(pack.readme).toContain('"shared reason" is yes where one reason was written')
  })

  test('the disclosure notes the shared reason in three languages and marks each one', async () => {
    const marks = { en: ' (shared reason)', 'zh-Hant': '（共用理由）', 'zh-Hans': '（共用理由）' }
    const notes = { en: 'wrote one reason', 'zh-Hant': '撰寫同一理由', 'zh-Hans': '撰写同一理由' }
    for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const response = await reviewer.get(`${given.url}/disclosure?locale=${locale}`)
      expect(response.status, response.text).toBe(200)
      const section = response.json.sections.find((s: { id: string }) => s.id === 'confirm')
      expect(section.paragraphs.filter((p: string) => p.includes(notes[locale]))).toHaveLength(1)
      const reasons: string[] = section.table.rows.map((row: string[]) => row.at(-1))
      const marked = reasons.filter((reason) => reason.endsWith(marks[locale]))
      expect(marked, locale).toHaveLength(sharedIds.length)
      expect(
        reasons.filter((reason) => reason.startsWith(OWN)),
        locale,
      ).toHaveLength(1)
      expect(reasons.find((reason) => reason.startsWith(OWN))).not.toContain(marks[locale])
    }
  })

  test('returned by the board, the next draft starts with the reasons still marked shared', async () => {
    const approver = await given.member('approver')
    const [latest] = (await approver.get(`${given.url}/confirmation`)).json.versions
    const returned = await approver.post(`${given.url}/approval`, {
      decision: 'return',
      comment: 'Please give each borderline issue its own reason.',
      version: latest.version,
      hash: latest.hash,
    })
    expect(returned.status, returned.text).toBe(201)
    const draft = (await reviewer.get(`${given.url}/confirmation/draft`)).json
    const marked = draft.decisions.filter((d: { shared?: boolean }) => d.shared)
    expect(marked.map((d: { issueId: string }) => d.issueId).sort()).toEqual([...sharedIds].sort())
  })
})

describe('a version sealed without the mark (the demo FY2022, as every version before it)', () => {
  test('verifies against its hash, and reads as reasons written one issue at a time', async () => {
    const earlierId = given.demo.earlierId
    const row = await stored(earlierId, 1)
    expect(row.snapshot).not.toContain('"shared"')
    expect(sha256(row.snapshot)).toBe(row.hash)
    const admin = await given.admin()
    const view = await admin.get(`/api/assessments/${earlierId}/confirmations/1`)
    expect(view.status, view.text).toBe(200)
    expect(view.json.hash).toBe(row.hash)
    const reasoned = row.decisions.filter((d) => d.rationale)
    expect(reasoned.length).toBeGreaterThan(0)
    const pack = await download(`/api/assessments/${earlierId}/evidence-pack`, admin.cookie)
    const column = pack.decisions.map((r) => r['shared reason'])
    expect(column.filter((cell) => cell === 'no')).toHaveLength(reasoned.length)
    expect(column.filter((cell) => cell !== 'no').every((cell) => cell === '')).toBe(true)
    const disclosure = await admin.get(`/api/assessments/${earlierId}/disclosure?locale=en`)
    expect(disclosure.status).toBe(200)
    expect(JSON.stringify(disclosure.json.sections)).not.toContain('shared reason')
  })
})
