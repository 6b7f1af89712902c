import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectRoot } from '#db/paths'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { DEMO_MATERIAL } from '#server/demo/responses'
import { HKEX_33 } from '#surveys/libraries/hkex-33'
import { expectAccessible } from '../support/axe.ts'
import {
  DESKTOP,
  launchBrowser,
  newPage,
  PHONE,
  type RunningServer,
  screenshot,
  startServer,
} from '../support/browser.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

const RESULTS = join(projectRoot(), 'test-results')
const REASON = 'Reviewed by management with the survey comments; kept as the survey proposed.'

let database: TestDatabase
let server: RunningServer
let browser: Browser
let demo: Awaited<ReturnType<typeof loadDemo>>

beforeAll(async () => {
  database = await createTestDb('pglite')
  server = await startServer(database)
  browser = await launchBrowser()
  demo = await loadDemo(server.deps)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await database?.close()
})

const draftUrl = () => `${server.url}/assessments/${demo.assessmentId}/disclosure`
const apiUrl = (path: string) => `${server.url}/api/assessments/${demo.assessmentId}${path}`

async function signIn(page: Page) {
  await page.goto(`${server.url}/login?next=${encodeURIComponent('/assessments')}`)
  await page.locator('input[type=email]').fill(DEMO_EMAIL)
  await page.locator('input[type=password]').fill(demo.password)
  await page.locator('button[type=submit]').click()
  await page.waitForURL('**/assessments')
}

/** Confirms the demo as the survey proposed it (review issues not material, with a reason). */
async function confirmAsComputed(page: Page) {
  const matrix = await page.request.get(apiUrl('/matrix'))
  const { issues } = (await matrix.json()) as { issues: { id: string; tier: string }[] }
  const decisions = issues.map((issue) => ({
    issueId: issue.id,
    material: issue.tier === 'material',
    ...(issue.tier === 'review' ? { rationale: REASON } : {}),
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const confirmed = await page.request.post(apiUrl('/confirmation'), {
    data: { decisions, order },
    headers: { origin: server.url },
  })
  expect(confirmed.status()).toBe(201)
}

/** Counts in a PDF: pages, and the pixel widths of its images. */
function pdfFacts(pdf: Buffer) {
  const text = pdf.toString('latin1')
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  const imageWidths = [...text.matchAll(/<<[^>]*\/Subtype\s*\/Image[^>]*>>/g)].map((m) =>
    Number(/\/Width\s+(\d+)/.exec(m[0])?.[1] ?? 0),
  )
  return { pages, imageWidths }
}

const materialNames = DEMO_MATERIAL.map(
  (code) => HKEX_33.find((issue) => issue.code === code)!.names,
)

describe('the disclosure draft', () => {
  test('before management confirms, it sends the reader to the Confirmation tab', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'en-GB')
    await signIn(page)
    await page.goto(draftUrl())
    await page.getByRole('heading', { name: 'Nothing to disclose yet' }).waitFor()
    const link = page.getByRole('link', { name: 'Go to the Confirmation tab' })
    expect(await link.getAttribute('href')).toBe(`/assessments/${demo.assessmentId}/confirmation`)
    await screenshot(page, 'disclosure-not-confirmed-en-desktop')
    await context.close()
  })

  test('confirmed and approved: 繁體中文 report text, copy a section, print to PDF with the matrix', async () => {
    const { context, page } = await newPage(browser, DESKTOP, 'en-GB')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    await signIn(page)
    await confirmAsComputed(page)

    // Confirmed, not yet approved: a draft, and it says so.
    await page.goto(draftUrl())
    await page.getByRole('heading', { name: 'Disclosure draft' }).waitFor()
    await page.getByText('Draft: pending board approval').waitFor()
    await page.getByText(/Confirmed version 1/).waitFor()
    await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
    await screenshot(page, 'disclosure-draft-en-desktop')

    // The only member is the admin, who may approve their own confirmation (surveys/approval.ts).
    const approved = await page.request.post(apiUrl('/approval'), {
      data: { decision: 'approve', comment: 'Approved at the board meeting.' },
      headers: { origin: server.url },
    })
    expect(approved.status()).toBe(201)
    await page.reload()
    await page.locator('article.report').waitFor()
    expect(await page.getByText('Draft: pending board approval').count()).toBe(0)

    // The report text in 繁體中文 while the page stays in English.
    // By keyboard: the radio group moves from English to 繁體中文 with an arrow key.
    await page.getByRole('radio', { name: 'English' }).focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', { name: '繁體中文' }).isChecked()).toBe(true)
    await page.locator('article.report[lang="zh-Hant"]').waitFor()
    expect(page.url()).toContain('report=zh-Hant')
    await page.getByRole('heading', { name: 'Disclosure draft' }).waitFor()
    const material = page.locator('[data-section="material"]')
    const materialText = (await material.locator('table').textContent()) ?? ''
    for (const names of materialNames) {
      expect(materialText).toContain(names['zh-Hant'])
      expect(materialText).not.toContain(names.en)
    }
    expect(await material.locator('table thead th').count()).toBeGreaterThan(2)
    await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
    await page.waitForTimeout(600)

    // Copy one section: the clipboard holds its title and its table.
    const title = (await material.getByRole('heading').textContent()) ?? ''
    expect(title.length).toBeGreaterThan(0)
    await material.getByRole('button', { name: /^Copy/ }).click()
    await page.getByRole('status').filter({ hasText: 'to the clipboard' }).waitFor()
    const clipboard = await page.evaluate(() => navigator.clipboard.readText())
    expect(clipboard.startsWith(title)).toBe(true)
    for (const names of materialNames) expect(clipboard).toContain(names['zh-Hant'])
    await expectAccessible(page, 'the disclosure draft in 繁體中文')
    await screenshot(page, 'disclosure-zh-Hant-desktop')

    // Print: the chart goes into the PDF as an image drawn for print.
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid=print-chart]')
      return Boolean(img?.complete && img.naturalWidth > 0)
    })
    await page.emulateMedia({ media: 'print' })
    await screenshot(page, 'disclosure-zh-Hant-print')
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    mkdirSync(RESULTS, { recursive: true })
    writeFileSync(join(RESULTS, 'disclosure-zh-Hant.pdf'), pdf)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const facts = pdfFacts(pdf)
    expect(facts.pages).toBeGreaterThanOrEqual(3)
    expect(facts.pages).toBeLessThanOrEqual(15)
    expect(Math.max(0, ...facts.imageWidths)).toBeGreaterThanOrEqual(1000)
    await context.close()
  })

  test('reads on a phone, the report in the assessment’s default language', async () => {
    const { context, page } = await newPage(browser, PHONE, 'zh-HK')
    await signIn(page)
    // The overview of a confirmed assessment links to the draft.
    await page.goto(`${server.url}/assessments/${demo.assessmentId}`)
    await page.getByRole('link', { name: '開啟披露草稿' }).click()
    await page.waitForURL(draftUrl())
    await page.locator('article.report[lang="en"]').waitFor()
    await page.getByRole('heading', { name: '披露草稿' }).waitFor()
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true)
    await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
    await page.waitForTimeout(600)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await expectAccessible(page, 'the disclosure draft on a phone')
    await screenshot(page, 'disclosure-en-phone')
    await context.close()
  })
})
