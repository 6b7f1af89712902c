import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { DEMO_MATERIAL } from '#server/demo/responses'
import { MATRIX_SVG_FONT } from '#surveys/reports/matrix-svg'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import {
  DESKTOP,
  decodePng,
  hasGlyphs,
  newPage,
  PHONE,
  SCREENSHOTS,
  screenshot,
  settledPositions,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

let demo: Awaited<ReturnType<typeof loadDemo>>

const app = useBrowserApp(async () => {
  demo = await loadDemo(app.server.deps)
})

async function openMatrix(page: Page, locale = 'en') {
  await signInAs(page, app.server.url, { email: DEMO_EMAIL, password: demo.password })
  await page.goto(`${app.server.url}/assessments/${demo.assessmentId}/matrix?locale=${locale}`)
  await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
  return settledPositions(page)
}

/** Whether the machine has a font for Traditional Chinese (fontconfig); the PNG needs one. */
const CJK_FONT = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh-tw', 'family'], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
})()

/** The chart's `data-positions` as code → "x,y" on the canvas. */
const positionsOf = (positions: string) =>
  new Map(positions.split(' ').map((entry) => entry.split(':') as [string, string]))
const joined = (positions: Map<string, string>) =>
  [...positions].map(([code, at]) => `${code}:${at}`).join(' ')

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('the matrix page', () => {
  test('shows the demo’s 33 points and the five material issues, and exports PNG and XLSX', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await openMatrix(page)
    await page.getByRole('heading', { name: 'Materiality matrix' }).waitFor()
    const chart = page.getByRole('img', { name: /Materiality matrix with 33 issues/ })
    expect(await chart.getAttribute('data-points')).toBe('33')
    const rows = page.getByTestId('ranked-table').locator('tbody tr')
    expect(await rows.count()).toBe(33)
    const material = page
      .getByTestId('ranked-table')
      .locator('tbody tr.row--material td:nth-child(2)')
    expect((await material.allTextContents()).sort((a, b) => Number(a) - Number(b))).toEqual(
      DEMO_MATERIAL,
    )
    await page.getByText('Water use').first().waitFor()
    await screenshot(page, 'matrix-en-desktop')

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Matrix (PNG)' }).click(),
    ])
    expect(png.suggestedFilename()).toMatch(
      /^FY2023 materiality assessment \(demo\)-\d{4}-\d{2}-\d{2}\.png$/,
    )
    const pngPath = join(SCREENSHOTS, 'matrix-export-en.png')
    await png.saveAs(pngPath)
    // The figure of surveys/reports/matrix-svg.ts (1800 units) at 2×, as in the evidence pack,
    // with the key (number → issue) beside the plot by default.
    const keyed = readFileSync(pngPath)
    expect(pngSize(keyed)).toEqual({ width: 3600, height: 2820 })
    await page.getByLabel('Key of issue numbers in the PNG').uncheck()
    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Matrix (PNG)' }).click(),
    ])
    const plainBytes = readFileSync(await plain.path())
    expect(pngSize(plainBytes)).toEqual({ width: 3600, height: 2820 })
    // Without 33 lines of issue names the image holds less: the key was left out.
    expect(plainBytes.length).toBeLessThan(keyed.length * 0.9)
    // The counts say "Responses: 71", not "Responses: 71 responses".
    await page.getByRole('heading', { name: /^Responses: \d+$/ }).waitFor()

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Table (Excel)' }).click(),
    ])
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(await xlsx.path())
    const sheet = workbook.worksheets[0]!
    const dataRows = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1))
      .slice(1)
      .filter((row) => typeof row.getCell(1).value === 'number')
    expect(dataRows).toHaveLength(33)
    await context.close()
  })

  test('what-if sliders move the points and say they are not saved', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    const saved = positionsOf(await openMatrix(page))
    expect(saved.size).toBe(33)
    await page.getByLabel('Threshold', { exact: true }).selectOption('absolute')
    const impact = page.getByLabel('Impact threshold')
    await impact.focus()
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft')
    await page.getByRole('status').filter({ hasText: 'not saved' }).waitFor()
    await page.getByLabel('Employees').focus()
    await page.keyboard.press('End')
    await page.waitForResponse((r) => r.url().includes('weights=') && r.status() === 200)
    // Employees weigh most now: the points move, each issue by how employees rated it.
    const weighted = positionsOf(await settledPositions(page, joined(saved)))
    expect([...weighted.keys()]).toEqual([...saved.keys()])
    const moved = [...saved].filter(([code, at]) => weighted.get(code) !== at)
    expect(moved.length).toBeGreaterThan(10)
    await screenshot(page, 'matrix-what-if-en-desktop')
    await page.getByRole('button', { name: 'Back to the saved settings' }).click()
    await page.getByRole('status').filter({ hasText: 'not saved' }).waitFor({ state: 'detached' })
    // Back where they were, every one.
    expect(await settledPositions(page, joined(weighted))).toBe(joined(saved))
    await page.getByLabel('Stakeholder group').selectOption('employees')
    await page.waitForResponse((r) => r.url().includes('group=employees'))
    const employees = positionsOf(await settledPositions(page, joined(saved)))
    expect([...employees].filter(([code, at]) => saved.get(code) !== at).length).toBeGreaterThan(10)
    expect(await page.getByText('Employees 22').count()).toBeGreaterThan(0)
    await context.close()
  })

  test('an assessment without responses says so instead of drawing an empty chart', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await openMatrix(page)
    const created = await page.request.post(`${app.server.url}/api/assessments`, {
      data: { name: 'FY2026 (no responses yet)' },
      headers: { origin: app.server.url },
    })
    expect(created.status()).toBe(201)
    const { id } = (await created.json()) as { id: string }
    await page.goto(`${app.server.url}/assessments/${id}/matrix`)
    await page.getByRole('heading', { name: 'No responses yet', exact: true }).waitFor()
    expect(await page.getByTestId('matrix-chart').count()).toBe(0)
    await screenshot(page, 'matrix-empty-en-desktop')
    await context.close()
  })

  test('reads in 繁體中文 on desktop and phone', async () => {
    for (const [viewport, label] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const { context, page } = await newPage(app.browser, viewport, 'zh-HK')
      await openMatrix(page, 'zh-Hant')
      await page.getByRole('heading', { name: '重要性矩陣' }).waitFor()
      await page.getByText('水資源使用').first().waitFor()
      await screenshot(page, `matrix-zh-Hant-${label}`)
      if (label === 'desktop') {
        const [png] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: '矩陣圖（PNG）' }).click(),
        ])
        await png.saveAs(join(SCREENSHOTS, 'matrix-export-zh-Hant.png'))
        // Decoded, not only saved: the figure's size, and ink where the title, the plot and the
        // key (in Chinese) are drawn — a blank or solid image fails.
        const bytes = readFileSync(await png.path())
        const figure = await decodePng(page, bytes, [
          [0, 0, 3600, 2820],
          [80, 40, 3520, 150],
          [300, 300, 2300, 2300],
          [2460, 300, 3520, 2000],
        ])
        expect(figure.width).toBe(3600)
        expect(figure.height).toBeGreaterThan(2300)
        const [all, title, plot, key] = figure.ink
        expect(all).toBeLessThan(0.3)
        for (const part of [title, plot, key]) expect(part).toBeGreaterThan(0.002)
      }
      await context.close()
    }
  })

  // Without a CJK font Chromium draws every Chinese character as the same box, in the PNG too.
  test.runIf(CJK_FONT)(
    'the figure’s Chinese is drawn with glyphs, not boxes (a CJK font, e.g. fonts-noto-cjk)',
    async () => {
      const { context, page } = await newPage(app.browser, DESKTOP, 'zh-HK')
      await openMatrix(page, 'zh-Hant')
      expect(await hasGlyphs(page, '重要性矩陣水資源使用', `30px ${MATRIX_SVG_FONT}`)).toBe(true)
      await context.close()
    },
  )

  test('axis titles stay inside the canvas and no two numbers overlap, on a phone and a desktop', async () => {
    for (const [viewport, device, locale, browserLocale] of [
      [PHONE, 'phone', 'en', 'en-GB'],
      [PHONE, 'phone', 'zh-Hant', 'zh-HK'],
      [DESKTOP, 'desktop', 'en', 'en-GB'],
    ] as const) {
      const { context, page } = await newPage(app.browser, viewport, browserLocale)
      await openMatrix(page, locale)
      const chart = page.getByTestId('matrix-chart')
      const read = () =>
        chart.evaluate((canvas: HTMLCanvasElement) => ({
          width: canvas.clientWidth,
          height: canvas.clientHeight,
          x: canvas.dataset.xTitle ?? '',
          y: canvas.dataset.yTitle ?? '',
          boxes: canvas.dataset.labelBoxes ?? '',
          unlabelled: canvas.dataset.unlabelled ?? '',
          obstacles: canvas.dataset.labelObstacles ?? '',
        }))
      // Wait for the drawing to settle: two reads in a row alike.
      let drawn = await read()
      await expect
        .poll(async () => {
          const again = await read()
          const same = JSON.stringify(again) === JSON.stringify(drawn)
          drawn = again
          return same && drawn.boxes !== ''
        })
        .toBe(true)
      const [yStart, yEnd, yLines] = drawn.y.split(' ').map(Number)
      const [xStart, xEnd] = drawn.x.split(' ').map(Number)
      expect(yStart).toBeGreaterThanOrEqual(0)
      expect(yEnd).toBeLessThanOrEqual(drawn.height)
      expect(xStart).toBeGreaterThanOrEqual(0)
      expect(xEnd).toBeLessThanOrEqual(drawn.width)
      if (device === 'phone' && locale === 'en') expect(yLines).toBe(2)
      if (device === 'desktop') expect(yLines).toBe(1)

      const boxes = drawn.boxes.split(',').map((entry) => {
        const [code, left, top, right, bottom] = entry.split(' ')
        return { code, left: +left!, top: +top!, right: +right!, bottom: +bottom! }
      })
      // The threshold lines' labels count too: no number sits under one.
      const thresholds = drawn.obstacles.split(',').map((entry) => {
        const [left, top, right, bottom] = entry.split(' ').map(Number)
        return { code: 'threshold label', left: left!, top: top!, right: right!, bottom: bottom! }
      })
      expect(thresholds).toHaveLength(2)
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(0)
        expect(a.right).toBeLessThanOrEqual(drawn.width)
        for (const b of [...boxes.slice(i + 1), ...thresholds]) {
          const apart =
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top
          expect(apart, `${a.code} and ${b.code} overlap`).toBe(true)
        }
      }
      // Every plotted issue is numbered on the chart, or named under it as having no room.
      const unlabelled = drawn.unlabelled.split(' ').filter(Boolean)
      expect([...boxes.map((box) => box.code), ...unlabelled]).toHaveLength(33)
      if (unlabelled.length > 0) {
        const note = page.getByTestId('unlabelled')
        await note.waitFor()
        for (const code of unlabelled) expect(await note.textContent()).toContain(code)
      }
      // The material issues always keep their numbers.
      for (const code of DEMO_MATERIAL) expect(unlabelled).not.toContain(code)
      if (device === 'desktop') expect(unlabelled.length).toBeLessThanOrEqual(3)
      await screenshot(page, `matrix-labels-${locale}-${device}`)
      await context.close()
    }
  })

  test('the threshold lines’ labels cover no point, ring and outline included, on a phone and a desktop', async () => {
    for (const [viewport, device] of [
      [PHONE, 'phone'],
      [DESKTOP, 'desktop'],
    ] as const) {
      const { context, page } = await newPage(app.browser, viewport, 'en-GB')
      const positions = positionsOf(await openMatrix(page))
      const drawn = await page
        .getByTestId('matrix-chart')
        .evaluate((canvas: HTMLCanvasElement) => ({
          rings: canvas.dataset.reviewRings ?? '',
          labels: canvas.dataset.labelObstacles ?? '',
        }))
      const ringed = new Set(drawn.rings.split(' '))
      const labels = drawn.labels.split(',').map((entry) => {
        const [left, top, right, bottom] = entry.split(' ').map(Number)
        return { left: left!, top: top!, right: right!, bottom: bottom! }
      })
      expect(labels).toHaveLength(2)
      expect(positions.size).toBe(33)
      for (const [code, at] of positions) {
        const [x, y] = at.split(',').map(Number) as [number, number]
        // How far the point reaches from its centre: its dashed review ring (9.5 px, 1.5 px
        // wide), else a material issue's 8 px point in its 2.5 px outline, or a 5.5 px one in 1.5 px.
        const reach = ringed.has(code) ? 10.25 : DEMO_MATERIAL.includes(code) ? 9.25 : 6.25
        for (const label of labels) {
          const apart =
            x + reach <= label.left ||
            label.right <= x - reach ||
            y + reach <= label.top ||
            label.bottom <= y - reach
          expect(apart, `${device}: a threshold label over point ${code}`).toBe(true)
        }
      }
      await screenshot(page, `matrix-threshold-labels-${device}`)
      await context.close()
    }
  })

  test('the borderline band is shaded and explained; review points in the material area are ringed', async () => {
    const view = async (page: Page) => {
      const response = await page.request.get(
        `${app.server.url}/api/assessments/${demo.assessmentId}/matrix`,
      )
      return (await response.json()) as MatrixView
    }
    const ringed = (matrix: MatrixView) =>
      matrix.issues
        .filter(
          (issue) => issue.tier === 'review' && issue.impact !== null && issue.stakeholder !== null,
        )
        .map((issue) => issue.code)
        .sort((a, b) => Number(a) - Number(b))
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await openMatrix(page)
    const before = await view(page)
    const { impact, stakeholder } = before.thresholds
    // A review point inside the material area, or in the band, must not look like its
    // neighbours: every review issue carries the ring, the borderline ones among them.
    const borderline = before.issues.filter((issue) => issue.flags.includes('borderline'))
    expect(borderline.length).toBeGreaterThan(0)
    const inCorner = before.issues.filter(
      (issue) =>
        issue.tier === 'review' && issue.impact! >= impact! && issue.stakeholder! >= stakeholder!,
    )
    const codes = ringed(before)
    for (const issue of [...inCorner, ...borderline]) expect(codes).toContain(issue.code)
    await page
      .locator(`[data-testid=matrix-chart][data-review-rings="${codes.join(' ')}"]`)
      .waitFor()
    await page
      .getByTestId('band-legend')
      .getByText(
        /the borderline band, within max\(0\.10, 1\.96·SE\) of a threshold \(drawn at the median: Impact ±\d\.\d\d, Stakeholder ±\d\.\d\d\)/,
      )
      .waitFor()
    await page.getByText('Review: dashed ring — management decides').waitFor()
    await screenshot(page, 'matrix-band-en-desktop')

    // The band is a scoring setting: a fixed distance, changed with a reason since it is locked.
    await page.goto(`${app.server.url}/assessments/${demo.assessmentId}`)
    await page.getByLabel('Borderline band').selectOption('fixed')
    await page.getByLabel('Distance either side of the threshold').fill('0.3')
    await page
      .getByLabel('Reason for the change')
      .fill('The board prefers one band for every issue.')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByText('Saved').first().waitFor()
    await page.goto(`${app.server.url}/assessments/${demo.assessmentId}/matrix`)
    await page
      .getByTestId('band-legend')
      .getByText(/within ±0\.30 of a threshold/)
      .waitFor()
    const after = await view(page)
    expect(after.settings.borderline).toEqual({ mode: 'fixed', width: 0.3 })
    await page
      .locator(`[data-testid=matrix-chart][data-review-rings="${ringed(after).join(' ')}"]`)
      .waitFor()
    await context.close()

    const phone = await newPage(app.browser, PHONE, 'zh-HK')
    await openMatrix(phone.page, 'zh-Hant')
    await phone.page
      .getByTestId('band-legend')
      .getByText(/陰影帶：臨界範圍，即與門檻相差不超過 ±0\.30/)
      .waitFor()
    await phone.page.getByText('待檢視：虛線外圈，由管理層決定').waitFor()
    await screenshot(phone.page, 'matrix-band-zh-Hant-phone')
    await phone.context.close()
  })
})
