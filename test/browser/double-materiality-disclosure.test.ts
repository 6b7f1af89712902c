import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { expectAccessible } from '../support/axe.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  pageApi,
  SCREENSHOTS,
  screenshot,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

// The disclosure of the demo's double-materiality year (FY2024) shows the double-materiality
// matrix, not the survey's (issue 15 §9): the IROs tab's chart on screen with the DM axes, the
// one matrix figure as the print image, and a caption, in English and 繁體中文, on a desktop
// and a phone.

const app = useBrowserApp()
const REASON = 'Agreed with the assessors’ scores and the survey.'

/** The demo's FY2024 closed and confirmed as its proposals stand, every decision with a reason. */
async function confirmDemo(page: Page, id: number) {
  const api = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    pageApi<T>(page, app.server.url, method, path, data)
  const url = `/api/assessments/${id}`
  await api('PATCH', url, { status: 'closed' })
  const { computed } = await api<{ computed: { issueId: string; tier: string }[] }>(
    'GET',
    `${url}/confirmation`,
  )
  const decisions = computed.map((issue) => ({
    issueId: issue.issueId,
    material: issue.tier === 'material',
    rationale: REASON,
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  await api('POST', `${url}/confirmation`, { decisions, order })
  return order.length
}

describe('the disclosure of a double-materiality year', () => {
  test('shows the double-materiality matrix with its caption, on screen and for print', async () => {
    const demo = await loadDemo(app.server.deps)
    const first = await newPage(app.browser, DESKTOP, 'en-GB')
    await signInAs(first.page, app.server.url, { email: DEMO_EMAIL, password: demo.password })
    const material = await confirmDemo(first.page, demo.doubleId)
    expect(material).toBe(6)
    await first.context.close()

    const cases = [
      ['en', DESKTOP, 'en-GB', 'Impact materiality | Financial materiality', 'ESRS 2 IRO-2'],
      ['zh-Hant', PHONE, 'zh-HK', '影響重要性 | 財務重要性', 'ESRS 2 IRO-2：'],
      ['en', PHONE, 'en-GB', 'Impact materiality | Financial materiality', 'ESRS 2 IRO-2'],
      ['zh-Hant', DESKTOP, 'zh-HK', '影響重要性 | 財務重要性', 'ESRS 2 IRO-2：'],
    ] as const
    for (const [locale, viewport, browserLocale, axes, iro2] of cases) {
      const device = viewport === PHONE ? 'phone' : 'desktop'
      const { context, page } = await newPage(app.browser, viewport, browserLocale)
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await signInAs(page, app.server.url, { email: DEMO_EMAIL, password: demo.password })
      await page.goto(
        `${app.server.url}/assessments/${demo.doubleId}/disclosure?report=${locale}&locale=${locale}`,
      )
      const report = page.locator('article.report')
      const section = report.locator('section[data-section="iro-2"]')
      await section.getByRole('heading', { name: new RegExp(`^${iro2}`) }).waitFor()
      // One figure in the report, the double-materiality one, in IRO-2; not the survey's chart.
      const figure = section.locator('figure[data-figure="double-materiality"]')
      await figure.waitFor()
      expect(await report.locator('figure').count()).toBe(1)
      expect(await report.getByTestId('matrix-chart').count()).toBe(0)
      const chart = figure.getByTestId('dm-chart')
      await expect.poll(() => chart.getAttribute('data-axes')).toBe(axes)
      // A point for each topic scored on both axes: the demo's E1.2 and S4.1 are.
      await expect.poll(() => chart.getAttribute('data-positions')).toMatch(/(^| )S4\.1:\d+,\d+/)
      expect(await chart.getAttribute('data-positions')).toMatch(/(^| )E1\.2:\d+,\d+/)
      const caption = (await figure.locator('figcaption').textContent()) ?? ''
      expect(caption).toContain(locale === 'en' ? 'double-materiality matrix' : '雙重重要性矩陣')
      expect(caption).toContain(locale === 'en' ? 'impact materiality' : '影響重要性')
      // The print image: the one matrix figure, 1200 units wide at twice the size.
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>(
          'figure[data-figure="double-materiality"] [data-testid=print-chart]',
        )
        return Boolean(img?.complete && img.naturalWidth > 0)
      })
      const width = await figure
        .getByTestId('print-chart')
        .evaluate((img) => (img as HTMLImageElement).naturalWidth)
      expect(width).toBe(2400)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await figure.scrollIntoViewIfNeeded()
      await screenshot(page, `disclosure-double-figure-${locale}-${device}`)
      await figure.screenshot({
        path: join(SCREENSHOTS, `disclosure-double-figure-${locale}-${device}-figure.png`),
      })
      if (viewport === DESKTOP) {
        await expectAccessible(page, `the double-materiality disclosure in ${locale}`)
        await page.emulateMedia({ media: 'print' })
        expect(await figure.getByTestId('print-chart').isVisible()).toBe(true)
        expect(await chart.isVisible()).toBe(false)
        await screenshot(page, `disclosure-double-figure-${locale}-print`)
      }
      expect(errors).toEqual([])
      await context.close()
    }
  })
})
