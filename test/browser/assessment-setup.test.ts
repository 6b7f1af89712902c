import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { ADMIN, seedAdmin } from '../support/app.ts'
import { addDraft, addResponse, rows } from '../support/assessments.ts'
import { DESKTOP, newPage, PHONE, screenshot, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

async function signIn(
  page: Page,
  path: string,
  labels = { email: 'Email address', password: 'Password', button: 'Sign in' },
) {
  await page.goto(`${app.server.url}${path}`)
  await page.getByLabel(labels.email).fill(ADMIN.email)
  await page.getByLabel(labels.password).fill(ADMIN.password)
  await page.getByRole('button', { name: labels.button }).click()
}

const TABS = ['', 'issues', 'groups', 'links', 'responses'] as const

describe('setting up an assessment', () => {
  test('create it, add an issue and a group, weight them, make links, download them, watch responses', async () => {
    const errors: string[] = []
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    page.on('pageerror', (error) => errors.push(error.message))
    await signIn(page, '/assessments')
    await page.getByRole('link', { name: 'New assessment' }).click()
    await page.getByRole('heading', { name: 'New assessment' }).waitFor()
    await page.getByRole('button', { name: 'Create assessment' }).click()
    await page.getByRole('link', { name: /Enter a name/ }).waitFor()
    await screenshot(page, 'new-assessment-errors-en-desktop')
    await page.getByLabel('Name').fill('FY2025 materiality assessment')
    await page.getByLabel('Period starts').fill('2025-01-01')
    await page.getByLabel('Period ends').fill('2025-12-31')
    await page.getByRole('button', { name: 'Create assessment' }).click()
    await page.getByRole('heading', { name: 'FY2025 materiality assessment' }).waitFor()
    await page.getByRole('heading', { name: 'Scoring settings' }).waitFor()
    const id = new URL(page.url()).pathname.split('/')[2]
    expect(id).toMatch(/^\d+$/)
    await screenshot(page, 'assessment-overview-en-desktop')

    // Issues: add a custom one, then correct a name from the keyboard (Enter saves the row).
    await page
      .getByRole('navigation', { name: 'Assessment sections' })
      .getByRole('link', { name: 'Issues' })
      .click()
    await page.getByRole('heading', { name: 'Add an issue' }).waitFor()
    await page.getByRole('button', { name: 'Add issue' }).click()
    await page.locator('.error-summary').waitFor()
    await page.locator('#new-issue-code').fill('G1')
    await page.locator('#new-issue-aspect').selectOption('operating')
    await page.locator('[id="new-issue-names.en"]').fill('Corporate governance')
    await page.locator('[id="new-issue-names.zh-Hant"]').fill('企業管治')
    await page.locator('[id="new-issue-names.zh-Hans"]').fill('企业管治')
    await page.locator('[id="new-issue-descriptions.en"]').fill('How the board oversees ESG risks.')
    await page.locator('[id="new-issue-descriptions.zh-Hant"]').fill('董事會如何監督ESG風險。')
    await page.locator('[id="new-issue-descriptions.zh-Hans"]').fill('董事会如何监督ESG风险。')
    await page.locator('#new-issue-hkexAspect').fill('B7')
    await page.locator('#new-issue-gri').fill('GRI 2: General Disclosures 2021')
    await page.getByRole('button', { name: 'Add issue' }).click()
    await page.getByLabel('Name (English): G1').waitFor()
    const name = page.getByLabel('Name (English): 7')
    await name.fill('Water use and stewardship')
    await name.press('Enter')
    await expect
      .poll(async () => (await issueNames(id ?? ''))['7'])
      .toBe('Water use and stewardship')
    expect((await issueNames(id ?? '')).G1).toBe('Corporate governance')
    await page.getByRole('button', { name: 'Move issue G1 up' }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/-up$/)
    await screenshot(page, 'assessment-issues-en-desktop')

    // Groups: a custom group, and a heavier weight for investors.
    await page.getByRole('link', { name: 'Stakeholder groups' }).click()
    await page.getByRole('heading', { name: 'Add a group' }).waitFor()
    const add = page.locator('form[aria-labelledby="new-group-title"]')
    await add.locator('[id="new-group-names.en"]').fill('NGOs')
    await add.locator('[id="new-group-names.zh-Hant"]').fill('非政府組織')
    await add.locator('[id="new-group-names.zh-Hans"]').fill('非政府组织')
    expect(await add.locator('#new-group-key').inputValue()).toBe('ngos')
    await add.locator('#new-group-weight').fill('2')
    for (const field of ['expectations', 'channels']) {
      for (const locale of ['en', 'zh-Hant', 'zh-Hans']) {
        await add.locator(`[id="new-group-${field}.${locale}"]`).fill(`${field} ${locale}`)
      }
    }
    await add.getByRole('button', { name: 'Add group' }).click()
    await page.getByRole('heading', { name: 'NGOs', level: 3 }).waitFor()
    const investors = page.locator('form', {
      has: page.getByRole('heading', { name: 'Shareholders and investors' }),
    })
    await investors.getByLabel('Weight').fill('3')
    await investors.getByRole('button', { name: 'Save group' }).click()
    await page.getByRole('row', { name: /Shareholders and investors 3/ }).waitFor()
    const weights = await rows<{ key: string; weight: number }>(
      app.database,
      sql`SELECT key, weight FROM stakeholder_groups WHERE assessment_id = ${id}::bigint`,
    )
    expect(Object.fromEntries(weights.map((w) => [w.key, w.weight]))).toMatchObject({
      ngos: 2,
      investors: 3,
      customers: 1,
    })
    await page.getByRole('row', { name: /NGOs 2 20%/ }).waitFor()
    await screenshot(page, 'assessment-groups-en-desktop')

    // Links: an open link with its QR code, then ten invitations as CSV.
    await page.getByRole('link', { name: 'Survey links' }).click()
    await page.getByLabel('Stakeholder group').selectOption('community')
    await page.getByLabel('Open link').check()
    await page.getByRole('button', { name: 'Create links' }).click()
    const url = await page.getByLabel('Survey link for Community and public').inputValue()
    expect(url).toMatch(new RegExp(`^${app.server.url}/s/[A-Za-z0-9_-]{22}$`))
    await page.getByRole('img', { name: /QR code/ }).waitFor()
    const svg = await download(page, 'Download QR code (SVG)')
    expect(svg.name).toMatch(/\.svg$/)
    expect(readFileSync(svg.path, 'utf8')).toContain('<svg')
    const png = await download(page, 'Download QR code (PNG)')
    expect(readFileSync(png.path).subarray(1, 4).toString()).toBe('PNG')
    await screenshot(page, 'assessment-links-open-en-desktop')
    await page.getByLabel('Stakeholder group').selectOption('customers')
    await page.getByLabel('Single-use invitations').check()
    await page.getByLabel('How many links').fill('10')
    await page.getByRole('button', { name: 'Create links' }).click()
    const csv = await download(page, 'Download CSV for a mail merge (name, email, group, url)')
    const lines = readFileSync(csv.path, 'utf8').trim().split('\r\n')
    expect(lines[0]).toBe('name,email,group,url')
    expect(lines.slice(1)).toHaveLength(10)
    for (const line of lines.slice(1))
      expect(line).toMatch(new RegExp(`^,,customers,${app.server.url}/s/[\\w-]{22}$`))
    await page.getByText('1–11 of 11').or(page.getByRole('row')).first().waitFor()
    await expect.poll(() => page.getByRole('row').count()).toBe(12)
    await screenshot(page, 'assessment-links-en-desktop')

    // Responses: the dashboard, then a response arriving while it is open.
    await page.getByRole('link', { name: 'Responses', exact: true }).click()
    await page.getByRole('heading', { name: 'Customers' }).waitFor()
    await screenshot(page, 'assessment-responses-en-desktop')
    const [first, second] = await rows<{ id: number }>(
      app.database,
      sql`SELECT id::int FROM survey_links WHERE kind = 'single-use' ORDER BY id LIMIT 2`,
    )
    await addResponse(app.database, String(first?.id))
    await addDraft(app.database, String(second?.id))
    const customers = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Customers' }) })
    await customers.getByText('10% of invitations answered').waitFor({ timeout: 15_000 })
    await customers.getByText(/In progress 1/).waitFor()
    await screenshot(page, 'assessment-responses-live-en-desktop')
    expect(errors).toEqual([])
    await context.close()

    // Every page in 繁體中文 and English, desktop and phone.
    for (const [viewport, label] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      for (const [browserLocale, locale] of [
        ['zh-TW', 'zh-Hant'],
        ['en-GB', 'en'],
      ] as const) {
        if (label === 'desktop' && locale === 'en') continue
        const shot = await newPage(app.browser, viewport, browserLocale)
        await signIn(
          shot.page,
          `/assessments/${id}`,
          locale === 'en' ? undefined : { email: '電郵地址', password: '密碼', button: '登入' },
        )
        await shot.page.getByRole('heading', { name: 'FY2025 materiality assessment' }).waitFor()
        for (const tab of TABS) {
          await shot.page.goto(`${app.server.url}/assessments/${id}${tab ? `/${tab}` : ''}`)
          await shot.page.locator('.section-body h2').first().waitFor()
          await expect.poll(() => shot.page.locator('.state--loading').count()).toBe(0)
          await screenshot(shot.page, `assessment-${tab || 'overview'}-${locale}-${label}`)
        }
        await shot.context.close()
      }
    }
  })
})

async function issueNames(id: string): Promise<Record<string, string>> {
  const found = await rows<{ code: string; name: string }>(
    app.database,
    sql`SELECT code, names->>'en' AS name FROM assessment_issues WHERE assessment_id = ${id}::bigint`,
  )
  return Object.fromEntries(found.map((row) => [row.code, row.name]))
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { name: file.suggestedFilename(), path: (await file.path()) ?? '' }
}
