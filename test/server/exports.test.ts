import ExcelJS from 'exceljs'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { createTestApp, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let demo: Awaited<ReturnType<typeof loadDemo>>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  demo = await loadDemo(harness.deps)
})

const path = (format: string, search = '') =>
  `/api/assessments/${demo.assessmentId}/export.${format}${search}`

describe('GET /api/assessments/:id/export.csv and .xlsx', () => {
  test('the CSV is UTF-8 with a BOM, 33 ranked rows, Chinese names and a dated file name', async () => {
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const response = await admin.get(path('csv', '?locale=zh-Hant'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('FY2023 materiality assessment (demo)-2026-03-01.csv')}`,
    )
    const raw = await harness.app.request(`http://localhost${path('csv', '?locale=zh-Hant')}`, {
      headers: { cookie: admin.cookie },
    })
    const bytes = new Uint8Array(await raw.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = response.text.split('\r\n')
    expect(lines[0]).toMatch(/^排名,編號,議題,範疇,/)
    const rows = lines.slice(1, 34)
    expect(rows.every((line) => /^\d+,\d+,/.test(line))).toBe(true)
    expect(lines[34]).toBe('')
    expect(response.text).toContain('水資源使用')
    const matrix = await admin.get(`/api/assessments/${demo.assessmentId}/matrix`)
    const first = matrix.json.issues[0]
    expect(rows[0]!.split(',').slice(0, 2)).toEqual(['1', first.code])
    expect(rows[0]).toContain(`,${first.impact.toFixed(2)},${first.stakeholder.toFixed(2)},`)
  })

  test('the XLSX opens with exceljs: a header and 33 rows with exact scores and group means', async () => {
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const response = await harness.app.request(`http://localhost${path('xlsx')}`, {
      headers: { cookie: admin.cookie },
    })
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.worksheets[0]!
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    expect(values(1).slice(0, 3)).toEqual(['Rank', 'No.', 'Issue'])
    const ranks = Array.from({ length: 33 }, (_, i) => values(i + 2)[0])
    expect(ranks).toEqual(Array.from({ length: 33 }, (_, i) => i + 1))
    expect(values(35)).toEqual([])
    const matrix = await admin.get(`/api/assessments/${demo.assessmentId}/matrix`)
    const first = matrix.json.issues[0]
    expect(values(2)[5]).toBe(first.impact)
    const header = values(1) as string[]
    const column = header.indexOf('Employees · Impact · mean')
    const employees = first.groups.impact.find((g: { key: string }) => g.key === 'employees')
    expect(values(2)[column]).toBe(employees.mean)
    expect(values(2)[column + 1]).toBe(employees.n)
    expect(String(values(36)[0])).toContain('Responses: 71 responses')
  })

  test('what-if and group views export what the page shows; strangers get 401', async () => {
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const view = await admin.get(path('csv', '?group=employees&rule=either'))
    expect(view.status).toBe(200)
    expect(view.text).toContain('What-if (not saved)')
    expect(view.text.split('\r\n')[0]).not.toContain('Customers')
    expect((await admin.get(path('csv', '?rule=most'))).status).toBe(400)
    const anonymous = await harness.app.request(`http://localhost${path('csv')}`)
    expect(anonymous.status).toBe(401)
  })
})
