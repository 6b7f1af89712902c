import ExcelJS from 'exceljs'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { readCsv } from '#surveys/reports/csv'
import { exportFileName } from '#surveys/reports/file-names'
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
    expect(disposition).toBe(
      `attachment; filename="FY2023 materiality assessment (demo)-2026-03-01.csv"; ` +
        `filename*=UTF-8''FY2023%20materiality%20assessment%20%28demo%29-2026-03-01.csv`,
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
    // The table and nothing else: no blank line, no footnotes under the rows.
    expect(lines.slice(34)).toEqual([''])
    const records = readCsv(response.text)
    expect(records).toHaveLength(34)
    expect(records.every((record) => record.length === records[0]!.length)).toBe(true)
    expect(response.text).toContain('水資源使用')
    const matrix = await admin.get(`/api/assessments/${demo.assessmentId}/matrix`)
    const first = matrix.json.issues[0]
    expect(rows[0]!.split(',').slice(0, 2)).toEqual(['1', first.code])
    expect(rows[0]).toContain(`,${first.impact.toFixed(2)},${first.stakeholder.toFixed(2)},`)
  })

  test('the XLSX opens with exceljs: a title, a header and 33 rows with exact scores and group means', async () => {
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const response = await harness.app.request(`http://localhost${path('xlsx')}`, {
      headers: { cookie: admin.cookie },
    })
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ranked issues', 'Notes'])
    const sheet = workbook.worksheets[0]!
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    expect(values(1)).toEqual(['FY2023 materiality assessment (demo) — Ranked issues'])
    expect(values(2).slice(0, 3)).toEqual(['Rank', 'No.', 'Issue'])
    const ranks = Array.from({ length: 33 }, (_, i) => values(i + 3)[0])
    expect(ranks).toEqual(Array.from({ length: 33 }, (_, i) => i + 1))
    expect(sheet.rowCount).toBe(35)
    const matrix = await admin.get(`/api/assessments/${demo.assessmentId}/matrix`)
    const first = matrix.json.issues[0]
    expect(values(3)[5]).toBe(first.impact)
    const header = values(2) as string[]
    const column = header.indexOf('Employees · Impact · mean')
    const employees = first.groups.impact.find((g: { key: string }) => g.key === 'employees')
    expect(values(3)[column]).toBe(employees.mean)
    expect(values(3)[column + 1]).toBe(employees.n)
    const notes = workbook.worksheets[1]!
    expect(String(notes.getCell('A2').value)).toContain('Responses: 71 (')
  })

  test('what-if and group views export what the page shows; strangers get 401', async () => {
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    const view = await admin.get(path('csv', '?group=employees&rule=either'))
    expect(view.status).toBe(200)
    // The CSV holds only the table; its name says it is a what-if.
    expect(view.headers.get('content-disposition')).toContain('-2026-03-01-what-if.csv')
    expect(view.text.split('\r\n')[0]).not.toContain('Customers')
    expect((await admin.get(path('csv', '?rule=most'))).status).toBe(400)
    const anonymous = await harness.app.request(`http://localhost${path('csv')}`)
    expect(anonymous.status).toBe(401)
  })
})

// Names people give assessments that Excel refuses as sheet names (/ \ ? * [ ] :, a leading or
// trailing apostrophe, "History", more than 31 characters) or that need RFC 5987 in a header.
const AWKWARD_NAMES = [
  'FY2024/25 materiality',
  'FY2025: materiality assessment',
  'Materiality [draft]',
  "'Quoted'",
  'History',
  'Is this material?',
  'Back\\slash * star',
  'FY2024 ESG materiality assessment of the whole group',
  '2025 年度重要性評估 (草稿) — "內部" 100%',
]

/** The file name from `filename*=UTF-8''…`, decoded; undefined unless it is valid RFC 5987. */
function filenameStar(disposition: string): string | undefined {
  const match = /filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/.exec(disposition)
  return match ? decodeURIComponent(match[1]!) : undefined
}

const SHEETS = { en: ['Ranked issues', 'Notes'], 'zh-Hant': ['議題排名', '附註'] } as const

describe('exports of assessments with awkward names', () => {
  test('XLSX has a fixed localised sheet name and the full name in its title row; both files are named by RFC 5987', async () => {
    const admin = await signIn(harness.app, DEMO_EMAIL, demo.password)
    for (const [i, name] of AWKWARD_NAMES.entries()) {
      const created = await admin.post('/api/assessments', { name })
      expect(created.status, created.text).toBe(201)
      const locale = i % 2 === 0 ? 'en' : 'zh-Hant'
      const base = `/api/assessments/${created.json.id}/export`
      const xlsx = await harness.app.request(`http://localhost${base}.xlsx?locale=${locale}`, {
        headers: { cookie: admin.cookie },
      })
      expect(xlsx.status, name).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await xlsx.arrayBuffer())
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS[locale])
      const title = String(workbook.worksheets[0]!.getCell('A1').value)
      expect(title.startsWith(`${name} — `), title).toBe(true)

      const csv = await admin.get(`${base}.csv`)
      expect(csv.status).toBe(200)
      for (const [response, extension] of [
        [xlsx, 'xlsx'],
        [csv, 'csv'],
      ] as const) {
        const disposition = response.headers.get('content-disposition') ?? ''
        expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=/)
        expect(filenameStar(disposition), disposition).toBe(
          exportFileName(name, '2026-03-01', extension),
        )
      }
    }
  }, 120_000)
})
