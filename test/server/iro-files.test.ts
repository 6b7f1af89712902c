import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readCsv } from '#surveys/reports/csv'
import { assessmentHarness, assignIros, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

type Harness = Awaited<ReturnType<typeof assessmentHarness>>

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function doubleAssessment(harness: Harness, name = 'FY2025 double materiality') {
  const created = await harness.admin.post('/api/assessments', {
    name,
    method: 'double',
    library: 'esrs',
  })
  expect(created.status).toBe(201)
  const id: string = created.json.id
  const issues = (await harness.admin.get(`/api/assessments/${id}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  const issueId = (code: string) => issues.find((issue) => issue.code === code)?.id ?? ''
  return { id, issueId }
}

/** A register of three IROs under E1.1 and S1.1, with every field used, two of them scored. */
async function register(harness: Harness) {
  const { id, issueId } = await doubleAssessment(harness)
  const post = (body: Record<string, unknown>) =>
    harness.admin.post(`/api/assessments/${id}/iros`, body)
  const impact = await post({
    issueId: issueId('S1.1'),
    type: 'negative-impact',
    actual: false,
    humanRights: true,
    valueChain: ['upstream', 'own-operations'],
    horizons: ['medium'],
    // Starts with '-': the CSV guards it with an apostrophe; the import takes it off again.
    description: '-Excessive overtime, "peak season" at a contract manufacturer',
    affectedStakeholders: ['Workers at tier-1 suppliers', 'Their families'],
    evidence: [
      { url: 'https://example.com/audit-2025.pdf', note: 'Supplier audit, finding 4' },
      { note: 'Hotline reports' },
    ],
    owner: 'Head of procurement',
  })
  const risk = await post({
    issueId: issueId('E1.1'),
    type: 'risk',
    actual: false,
    horizons: ['short', 'long'],
    description: 'Typhoon damage to the data centre',
  })
  const opportunity = await post({
    issueId: issueId('E1.1'),
    type: 'opportunity',
    actual: true,
    valueChain: ['downstream'],
    description: 'Demand for low-carbon hosting',
    evidence: [{ url: 'https://example.com/market.pdf' }],
  })
  for (const response of [impact, risk, opportunity]) expect(response.status).toBe(201)
  const assessor = await harness.as('assessor')
  await assignIros(harness.admin, id, [assessor])
  const score = (iro: string, body: object) =>
    assessor.put(`/api/assessments/${id}/iros/${iro}/scores`, body)
  expect(
    (await score(impact.json.id, { scale: 4, scope: 3, irremediability: 2, likelihood: 3 })).status,
  ).toBe(200)
  expect(
    (await score(risk.json.id, { horizons: { short: { magnitude: 4, likelihood: 3 } } })).status,
  ).toBe(200)
  return { id, issueId }
}

/** The register as the API lists it, without ids: what a round trip must keep. */
async function registerOf(harness: Harness, id: string) {
  const [issues, list] = await Promise.all([
    harness.admin.get(`/api/assessments/${id}/issues`),
    harness.admin.get(`/api/assessments/${id}/iros`),
  ])
  const code = new Map(
    (issues.json.issues as { id: string; code: string }[]).map((issue) => [issue.id, issue.code]),
  )
  return (list.json.iros as Record<string, unknown>[]).map(
    ({
      id: _,
      issueId,
      createdAt: __,
      assessors: ___,
      myScores: ____,
      assignees: _____,
      ...iro
    }) => ({
      code: code.get(issueId as string),
      ...iro,
    }),
  )
}

const upload = (harness: Harness, id: string, body: BodyInit, type: string, skip = false) =>
  harness.app.request(
    `http://localhost/api/assessments/${id}/iros/import${skip ? '?skipInvalid=true' : ''}`,
    {
      method: 'POST',
      headers: { origin: 'http://localhost', cookie: harness.admin.cookie, 'content-type': type },
      body,
    },
  )

const storedCount = async (id: string) =>
  (
    await rows<{ n: number }>(
      database,
      sql`SELECT count(*)::int AS n FROM iros WHERE assessment_id = ${id}::bigint`,
    )
  )[0]?.n

async function sheetOf(response: Response) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook
}

const HEADER = 'Code,Type,Actual or potential,Description'

describe('POST /api/assessments/:id/iros/import', () => {
  test('a CSV with an error row stores nothing and names { row, field, message }; skipInvalid stores the others', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await doubleAssessment(harness)
    const csv = [
      `${HEADER},Time horizons,Owner`,
      'E1.1,Risk,Potential,Stranded cooling plant,Short (≤ 1 year); Long (> 5 years),CFO',
      'X9.9,Risk,Potential,Topic that does not exist,,',
      '',
      'S1.1,Danger,Maybe,,Soon,',
      'S1.1,負面影響,實際,Unsafe night shifts,中期（一至五年）,',
    ].join('\r\n')
    const refused = await upload(harness, id, csv, 'text/csv')
    expect(refused.status).toBe(422)
    const body = await refused.json()
    expect(body.error.code).toBe('iros_invalid')
    expect(body.error.message).toMatch(/^2 of 4 rows have errors; nothing was stored/)
    expect(body.errors).toEqual([
      {
        row: 3,
        field: 'code',
        code: 'unknown_topic',
        message: 'No topic of this assessment has the code “X9.9”.',
      },
      expect.objectContaining({ row: 5, field: 'type', code: 'unknown_choice' }),
      expect.objectContaining({ row: 5, field: 'actual', code: 'unknown_choice' }),
      expect.objectContaining({ row: 5, field: 'horizons', code: 'unknown_choice' }),
      expect.objectContaining({ row: 5, field: 'description', code: 'required' }),
    ])
    expect(await storedCount(id)).toBe(0)

    const skipped = await upload(harness, id, csv, 'text/csv', true)
    expect(skipped.status).toBe(201)
    expect(await skipped.json()).toMatchObject({ created: 2, skipped: 2 })
    expect(await registerOf(harness, id)).toMatchObject([
      {
        code: 'E1.1',
        type: 'risk',
        actual: false,
        horizons: ['short', 'long'],
        description: 'Stranded cooling plant',
        owner: 'CFO',
      },
      {
        code: 'S1.1',
        type: 'negative-impact',
        actual: true,
        horizons: ['medium'],
        description: 'Unsafe night shifts',
        owner: null,
      },
    ])
    const [audit] = await auditEntries(database, 'iros')
    expect(audit).toMatchObject({
      action: 'import',
      after: { source: 'csv', rows: 4, created: 2, skipped: 2 },
    })
  })

  test('a bad link or too long a description is the row’s error, from the same checks as the form', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await doubleAssessment(harness)
    const csv = [
      `${HEADER},Evidence`,
      `E1.1,Risk,Potential,${'x'.repeat(4001)},`,
      'E1.1,Opportunity,Actual,Fine,ftp://example.com/x',
    ].join('\n')
    const refused = await upload(harness, id, csv, 'text/csv')
    expect(refused.status).toBe(422)
    expect((await refused.json()).errors).toEqual([
      expect.objectContaining({ row: 2, field: 'description', code: 'too_long' }),
      // Not a link (http or https), so the whole entry is a note: accepted.
    ])
  })

  test('the file must name its columns, be CSV or XLSX; viewers and a closed assessment are refused', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await doubleAssessment(harness)
    const noType = await upload(harness, id, 'Code,Description\nE1.1,x\n', 'text/csv')
    expect(noType.status).toBe(400)
    expect((await noType.json()).error.fields.file[0]).toMatch(/type, actual/)
    expect((await upload(harness, id, '[]', 'application/json')).status).toBe(415)
    const viewer = await harness.as('viewer')
    const asViewer = await viewer.request(
      'POST',
      `/api/assessments/${id}/iros/import`,
      `${HEADER}\nE1.1,Risk,Potential,x\n`,
      { 'content-type': 'text/csv' },
    )
    expect(asViewer.status).toBe(403)
    expect((await harness.admin.patch(`/api/assessments/${id}`, { status: 'open' })).status).toBe(
      200,
    )
    expect((await harness.admin.patch(`/api/assessments/${id}`, { status: 'closed' })).status).toBe(
      200,
    )
    const closed = await upload(harness, id, `${HEADER}\nE1.1,Risk,Potential,x\n`, 'text/csv')
    expect(closed.status).toBe(409)
    const matrix = await upload(harness, harness.id, `${HEADER}\nA1,Risk,Potential,x\n`, 'text/csv')
    expect(matrix.status).toBe(409)
    expect(await storedCount(id)).toBe(0)
  })
})

describe('IRO register round trip', () => {
  for (const lang of ['en', 'zh-Hant'] as const) {
    test(`the CSV download (${lang}) imported into another assessment gives the same register`, async () => {
      const harness = await assessmentHarness(database)
      const { id } = await register(harness)
      const csv = await harness.admin.get(`/api/assessments/${id}/iros.csv?lang=${lang}`)
      expect(csv.status).toBe(200)
      const copy = await doubleAssessment(harness, 'FY2026 double materiality')
      const imported = await upload(harness, copy.id, csv.text, 'text/csv')
      expect(imported.status).toBe(201)
      expect(await imported.json()).toMatchObject({ created: 3, skipped: 0, errors: [] })
      const original = await registerOf(harness, id)
      expect(original).toHaveLength(3)
      expect(await registerOf(harness, copy.id)).toEqual(original)
    })
  }

  test('the XLSX download (title row, header, one row per IRO) imports the same register', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await register(harness)
    const xlsx = await harness.app.request(
      `http://localhost/api/assessments/${id}/iros.xlsx?lang=zh-Hans`,
      { headers: { cookie: harness.admin.cookie } },
    )
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toBe(XLSX_TYPE)
    const bytes = await xlsx.arrayBuffer()
    const sheet = (await sheetOf(new Response(bytes))).worksheets[0]
    expect(sheet?.name).toBe('登记册')
    expect(sheet?.getRow(1).getCell(1).text).toBe(
      'FY2025 double materiality — 影响、风险和机遇登记册',
    )
    expect(sheet?.getRow(2).getCell(1).text).toBe('编号')
    expect(sheet?.rowCount).toBe(5)
    const copy = await doubleAssessment(harness, 'FY2026 double materiality')
    const imported = await upload(harness, copy.id, bytes, XLSX_TYPE)
    expect(imported.status).toBe(201)
    expect(await registerOf(harness, copy.id)).toEqual(await registerOf(harness, id))
  })
})

describe('GET /api/assessments/:id/double-materiality.csv and .xlsx', () => {
  test('one row per topic with the scores and decision of GET …/double-materiality', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await register(harness)
    const result = (await harness.admin.get(`/api/assessments/${id}/double-materiality`)).json
    const csv = await harness.admin.get(`/api/assessments/${id}/double-materiality.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toMatch(
      /double-materiality-\d{4}-\d{2}-\d{2}\.csv/,
    )
    const [header, ...records] = readCsv(csv.text)
    expect(header).toEqual(['Code', 'Topic', 'Impact', 'Financial', 'Material', 'IROs'])
    expect(records).toHaveLength(result.topics.length)
    type Topic = {
      code: string
      names: { en: string }
      impact: number | null
      financial: number | null
      material: boolean
      iros: unknown[]
    }
    const score = (value: number | null) => (value === null ? '' : value.toFixed(2))
    for (const [i, topic] of (result.topics as Topic[]).entries()) {
      expect(records[i]).toEqual([
        topic.code,
        topic.names.en,
        score(topic.impact),
        score(topic.financial),
        topic.material ? 'Yes' : 'No',
        String(topic.iros.length),
      ])
    }
    // Hand check: S1.1's negative impact, severity (4+3+2)/3 = 3, potential with L 3 → 3.
    expect(records.find((record) => record[0] === 'S1.1')).toEqual([
      'S1.1',
      'Working conditions (own workforce)',
      '3.00',
      '',
      'Yes',
      '1',
    ])
    // E1.1's risk: √(4·3) = 3.46.
    expect(records.find((record) => record[0] === 'E1.1')?.slice(2)).toEqual([
      '',
      '3.46',
      'Yes',
      '2',
    ])

    const xlsx = await harness.app.request(
      `http://localhost/api/assessments/${id}/double-materiality.xlsx?lang=zh-Hant&financial=3.5`,
      { headers: { cookie: harness.admin.cookie } },
    )
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-disposition')).toMatch(/what-if\.xlsx/)
    const workbook = await sheetOf(xlsx)
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('矩陣')
    expect(sheet?.getRow(1).getCell(1).text).toBe(
      'FY2025 double materiality — 雙重重要性矩陣 — 假設的門檻（未儲存）',
    )
    const e11 = sheet?.getRows(3, sheet.rowCount - 2)?.find((row) => row.getCell(1).text === 'E1.1')
    // Exact in XLSX, and not material at a what-if financial threshold of 3.5.
    expect(e11?.getCell(4).value).toBeCloseTo(Math.sqrt(12), 12)
    expect(e11?.getCell(5).text).toBe('否')
    expect(workbook.worksheets[1]?.getColumn(1).values).toContain('假設的門檻（未儲存）')
    // Nothing was saved.
    const [stored] = await rows<{ settings: { doubleMateriality: unknown } }>(
      database,
      sql`SELECT settings FROM assessments WHERE id = ${id}::bigint`,
    )
    expect(stored?.settings.doubleMateriality).toEqual({
      formula: 'mode-b',
      thresholds: { impact: 3, financial: 3 },
    })
    const outsider = await harness.outsider()
    expect((await outsider.get(`/api/assessments/${id}/double-materiality.csv`)).status).toBe(404)
  })
})
