import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { expectAccessible } from '../support/axe.ts'
import { DESKTOP, newPage, PHONE, screenshot, signInAs, useBrowserApp } from '../support/browser.ts'

// The demo's respondents wrote 18 comments and 5 suggested issues in three languages.

let demo: Awaited<ReturnType<typeof loadDemo>>

const app = useBrowserApp(async () => {
  demo = await loadDemo(app.server.deps)
})

const signIn = (page: Page) =>
  signInAs(page, app.server.url, { email: DEMO_EMAIL, password: demo.password })

describe("respondents' comments", () => {
  test('comment counts in the ranked table lead to the Comments tab; filters, search and CSV', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(page)
    await page.goto(`${app.server.url}/assessments/${demo.assessmentId}/matrix`)
    const table = page.getByTestId('ranked-table')
    const privacy = table.getByRole('row', { name: /Customer privacy protection/ })
    await privacy.getByRole('link', { name: 'Read the 2 comments' }).waitFor()
    await screenshot(page, 'comments-matrix-en-desktop')
    await privacy.getByRole('link', { name: 'Read the 2 comments' }).click()

    await page.waitForURL(/\/comments\?issue=\d+$/)
    await page.getByRole('heading', { name: 'Comments on issues (2)' }).waitFor()
    await page.getByText('I keep receiving marketing messages after buying only once.').waitFor()
    await page.getByText('會員資料如何保存？請說明資料外洩時的處理程序。').waitFor()
    await expect(page.getByLabel('Issue').inputValue()).resolves.not.toBe('')
    await screenshot(page, 'comments-issue-en-desktop')

    await page.getByLabel('Issue').selectOption('')
    await page.getByRole('heading', { name: 'Comments on issues (18)' }).waitFor()
    await page.getByRole('heading', { name: 'Issues respondents think we missed (5)' }).waitFor()
    await page.getByLabel("Respondent's language").selectOption({ label: '简体中文' })
    await page.getByRole('heading', { name: 'Comments on issues (2)' }).waitFor()
    await page.getByLabel("Respondent's language").selectOption('')
    await page.getByLabel('Search').fill('HOTLINE')
    await page.getByRole('heading', { name: 'Comments on issues (1)' }).waitFor()
    await page.getByText('The hotline closes too early on weekdays.').waitFor()
    await page.getByText('No suggestions match.').waitFor()
    expect(page.url()).toContain('q=HOTLINE')
    await expectAccessible(page, 'comments, searched')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/-comments-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = readFileSync((await download.path()) ?? '')
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    // The header and the one comment the search found.
    expect(csv.toString('utf8').trimEnd().split('\r\n')).toHaveLength(2)
    await context.close()
  })

  test('in 繁體中文 on a phone, every comment and suggestion, within the screen', async () => {
    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    await signIn(page)
    await page.goto(`${app.server.url}/assessments/${demo.assessmentId}/comments`)
    await page.getByRole('heading', { name: '議題意見（18）' }).waitFor()
    await page.getByRole('heading', { name: '受訪者認為遺漏的議題（5）' }).waitFor()
    await page.getByText('員工心理健康支援').waitFor()
    await page.getByLabel('持份者群組').selectOption({ label: '員工' })
    await page.getByRole('heading', { name: '議題意見（5）' }).waitFor()
    await screenshot(page, 'comments-zh-Hant-phone')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(PHONE.width)
    await context.close()
  })

  test('copying forward, a suggested issue becomes an issue of the next assessment', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(page)
    const created = await page.request.post(`${app.server.url}/api/assessments`, {
      data: { name: 'FY2024 materiality assessment', copyFrom: String(demo.assessmentId) },
      headers: { origin: app.server.url },
    })
    expect(created.status()).toBe(201)
    const { id } = await created.json()
    await page.goto(`${app.server.url}/assessments/${id}/issues`)
    const panel = page.getByRole('region', { name: 'Issues respondents suggested last time' })
    await panel.getByText('員工心理健康支援').waitFor()
    await expect(panel.getByRole('listitem').count()).resolves.toBe(5)
    const housing = panel.getByRole('listitem').filter({ hasText: 'Affordable housing for staff' })
    await housing.getByRole('button', { name: 'Add as an issue' }).click()
    await expect(page.locator('[id="new-issue-names.en"]').inputValue()).resolves.toBe(
      'Affordable housing for staff',
    )
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('new-issue-code')
    await screenshot(page, 'comments-suggestion-to-issue-en-desktop')
    await page.locator('#new-issue-code').fill('34')
    await page.locator('#new-issue-aspect').selectOption('employment')
    await page.locator('[id="new-issue-names.zh-Hant"]').fill('員工可負擔房屋')
    await page.locator('[id="new-issue-names.zh-Hans"]').fill('员工可负担房屋')
    for (const [language, text] of [
      ['en', 'Housing support for staff.'],
      ['zh-Hant', '員工住屋支援。'],
      ['zh-Hans', '员工住房支持。'],
    ]) {
      await page.locator(`[id="new-issue-descriptions.${language}"]`).fill(text ?? '')
    }
    await page.locator('#new-issue-hkexAspect').fill('B1')
    await page.getByRole('button', { name: 'Add issue' }).click()
    await page.getByLabel('Name (English): 34').waitFor()
    const issues = await page.request.get(`${app.server.url}/api/assessments/${id}/issues`)
    const added = ((await issues.json()).issues as { code: string; names: { en: string } }[]).find(
      (issue) => issue.code === '34',
    )
    expect(added?.names.en).toBe('Affordable housing for staff')
    await context.close()
  })
})
