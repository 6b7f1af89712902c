import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { projectRoot } from '#db/paths'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { DEMO_MATERIAL } from '#server/demo/responses'
import { HKEX_33 } from '#surveys/libraries/hkex-33'
import { expectAccessible } from '../support/axe.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  screenshot,
  settledPositions,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

const RESULTS = join(projectRoot(), 'test-results')
const REASON = 'Reviewed by management with the survey comments; kept as the survey proposed.'
const NAME_HANT = '2023財政年度重要性評估（示範）'

/**
 * Latin-letter words in a Chinese report once what people typed (the English rationale) and
 * codes are taken out: ESG, GRI and its numbers, HKEX KPI codes (A2.2), C2, SHA-256 and the hash.
 */
function interfaceEnglish(text: string): string[] {
  const rest = text
    .split(REASON)
    .join('')
    .replace(/\b(ESG|GRI( \d+(-\d+)?)?|SHA-256|[ABC]\d+(\.\d+)?|[0-9a-f]{64})\b/g, '')
  return rest.match(/[A-Za-z]+/g) ?? []
}

let demo: Awaited<ReturnType<typeof loadDemo>>

const app = useBrowserApp(async () => {
  demo = await loadDemo(app.server.deps)
})

const draftUrl = () => `${app.server.url}/assessments/${demo.assessmentId}/disclosure`
const apiUrl = (path: string) => `${app.server.url}/api/assessments/${demo.assessmentId}${path}`

const signIn = (page: Page) =>
  signInAs(page, app.server.url, { email: DEMO_EMAIL, password: demo.password })

/** The report's own text: without the page's controls (copy buttons), which speak its language. */
const reportText = (page: Page) =>
  page.evaluate(() => {
    const article = document.querySelector('article.report')
    if (!article) return ''
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
    const texts: string[] = []
    while (walker.nextNode()) {
      const node = walker.currentNode
      if (!node.parentElement?.closest('button, .no-print')) texts.push(node.textContent ?? '')
    }
    return texts.join('\n')
  })

/** Gives the assessment its 繁體中文 name on the Settings form, as a person would. */
async function nameInChinese(page: Page) {
  await page.goto(`${app.server.url}/assessments/${demo.assessmentId}`)
  const names = page.getByRole('group', { name: 'The name in each report language' })
  await names.getByLabel('繁體中文').fill(NAME_HANT)
  await page.getByRole('button', { name: 'Save settings' }).click()
  await page.getByText('Saved').first().waitFor()
  await names.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(RESULTS, 'screenshots', 'settings-names-en-desktop.png') })
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
    headers: { origin: app.server.url },
  })
  expect(confirmed.status()).toBe(201)
}

/** The page links to the version's evidence pack, which answers 200 with a zip. */
async function expectEvidencePack(page: Page, name: string) {
  const href = await page.getByRole('link', { name }).getAttribute('href')
  expect(href).toBe(`/api/assessments/${demo.assessmentId}/evidence-pack?version=1`)
  const pack = await page.request.get(`${app.server.url}${href}`)
  expect(pack.status()).toBe(200)
  expect(pack.headers()['content-type']).toBe('application/zip')
  expect((await pack.body()).subarray(0, 2).toString('latin1')).toBe('PK')
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
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(page)
    await page.goto(draftUrl())
    await page.getByRole('heading', { name: 'Nothing to disclose yet' }).waitFor()
    const link = page.getByRole('link', { name: 'Go to the Confirmation tab' })
    expect(await link.getAttribute('href')).toBe(`/assessments/${demo.assessmentId}/confirmation`)
    await screenshot(page, 'disclosure-not-confirmed-en-desktop')
    await context.close()
  })

  test('confirmed and approved: 繁體中文 report text, copy a section, print to PDF with the matrix', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: app.server.url,
    })
    await signIn(page)
    await nameInChinese(page)
    await confirmAsComputed(page)

    // Confirmed, not yet approved: a draft, and it says so.
    await page.goto(draftUrl())
    await page.getByRole('heading', { name: 'Disclosure draft' }).waitFor()
    await page.getByRole('note').getByText('Draft: pending board approval').waitFor()
    await page
      .locator('.report-meta.no-print')
      .getByText(/Confirmed version 1/)
      .waitFor()
    await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
    await screenshot(page, 'disclosure-draft-en-desktop')
    await expectEvidencePack(page, 'Evidence pack, version 1 (zip)')

    // The Confirmation tab has one per version too; a click downloads the zip.
    await page.goto(`${app.server.url}/assessments/${demo.assessmentId}/confirmation`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Evidence pack, version 1 (zip)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/evidence pack v1.*\.zip$/)
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK')
    await page.goto(draftUrl())

    // The only member is the admin, who may approve their own confirmation (surveys/domain/approval.ts).
    const [latest] = (await (await page.request.get(apiUrl('/confirmation'))).json()).versions
    const approved = await page.request.post(apiUrl('/approval'), {
      data: {
        decision: 'approve',
        comment: 'Approved at the board meeting.',
        version: latest.version,
        hash: latest.hash,
      },
      headers: { origin: app.server.url },
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
    // No English but what people typed: the English rationale carries its language.
    const report = page.locator('article.report')
    expect(interfaceEnglish(await reportText(page))).toEqual([])
    await report.getByText(`${REASON}（原文為英文）`).first().waitFor()
    await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
    await settledPositions(page)

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
    // What prints: the head in the report's language, the name in 繁體中文 also in the footer.
    // biome-ignore lint/performance/useDomNodeTextContent: only rendered text prints; print media hides controls
    const printed = await page.locator('body').innerText()
    expect(printed).toContain(NAME_HANT)
    expect(printed).toContain('確認版本 1')
    expect(interfaceEnglish(printed)).toEqual([])
    const footer = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText)),
    )
    expect(footer.join('\n')).toContain(NAME_HANT)
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
    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    await signIn(page)
    // The overview of a confirmed assessment links to the draft.
    await page.goto(`${app.server.url}/assessments/${demo.assessmentId}`)
    await page.getByRole('link', { name: '開啟披露草稿' }).click()
    await page.waitForURL(draftUrl())
    await page.locator('article.report[lang="en"]').waitFor()
    await page.getByRole('heading', { name: '披露草稿' }).waitFor()
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true)
    await expectEvidencePack(page, '第 1 版證據包（zip）')
    await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
    await settledPositions(page)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await expectAccessible(page, 'the disclosure draft on a phone')
    await screenshot(page, 'disclosure-en-phone')

    // The same draft in 繁體中文: no English but what people typed.
    await page.getByRole('radio', { name: '繁體中文' }).check()
    const report = page.locator('article.report[lang="zh-Hant"]')
    await report.waitFor()
    expect(interfaceEnglish(await reportText(page))).toEqual([])
    await screenshot(page, 'disclosure-zh-Hant-phone')
    await context.close()
  })
})
