import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { seedAdmin } from '../support/app.ts'
import { addResponse } from '../support/assessments.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  pageApi,
  screenshot,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

const signIn = (page: Page) => signInAs(page, app.server.url)

const api = (page: Page, path: string, data: unknown) =>
  pageApi<{ id: string; links: { id: string; url: string }[] }>(
    page,
    app.server.url,
    'POST',
    path,
    data,
  )

const VIEWS = [
  { name: 'en-desktop', viewport: DESKTOP, locale: 'en-GB', show: /Show link \d+ and its QR code/ },
  { name: 'zh-Hant-phone', viewport: PHONE, locale: 'zh-HK', show: /顯示連結 \d+ 及其二維碼/ },
] as const

describe('open links and the responses they bring', () => {
  test('an open link and its QR code are shown again; its group counts responses per day', async () => {
    const setup = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(setup.page)
    const { id } = await api(setup.page, '/api/assessments', { name: 'FY2025 assessment' })
    await api(setup.page, `/api/assessments/${id}/links`, {
      group: 'customers',
      kind: 'single-use',
      count: 60,
    })
    const [open] = (
      await api(setup.page, `/api/assessments/${id}/links`, {
        group: 'community',
        kind: 'open',
      })
    ).links as [{ id: string; url: string }]
    for (let i = 0; i < 4; i++) await addResponse(app.database, open.id)
    await setup.context.close()

    for (const view of VIEWS) {
      const { context, page } = await newPage(app.browser, view.viewport, view.locale)
      await signIn(page)
      await page.goto(`${app.server.url}/assessments/${id}/links`)
      await page.getByRole('button', { name: view.show }).click()
      await expect.poll(() => page.locator('#new-link-url').inputValue()).toBe(open.url)
      await page.locator('img.qr-preview').waitFor()
      await screenshot(page, `open-link-again-${view.name}`)
      // 61 links, newest first: the second page, reached by cursor, holds the oldest one.
      await page.locator('nav.pager button').last().click()
      await page.locator('nav.pager').getByText(/51–61/).waitFor()
      await screenshot(page, `links-page-2-${view.name}`)

      await page.goto(`${app.server.url}/assessments/${id}/responses`)
      await page.locator('.progress-days').first().waitFor()
      const community = page.locator('.progress-group', { hasText: /Community|社區/ })
      await expect.poll(() => community.locator('.progress-head span').textContent()).toMatch(/4/)
      expect(await community.locator('.progress-days strong').textContent()).toBe('4')
      const width = await community.locator('.progress-done').evaluate((e) => e.clientWidth)
      expect(width).toBeGreaterThan(0)
      await screenshot(page, `responses-open-link-${view.name}`)
      await context.close()
    }
  })
})
