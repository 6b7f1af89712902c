import { describe, expect, test } from 'vitest'
import { createFirstAdmin, issueSetupToken } from '#server/services/first-run'
import { ADMIN, seedAdmin } from '../support/app.ts'
import { DESKTOP, newPage, PHONE, screenshot, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp()

describe('first run and sign-in', () => {
  test('the setup link creates the first admin, who lands on the assessments page', async () => {
    await app.database.reset()
    const token = await issueSetupToken(app.server.deps)
    for (const [viewport, label] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const { context, page } = await newPage(app.browser, viewport, 'zh-HK')
      await page.goto(`${app.server.url}/setup?token=${token}`)
      await page.getByRole('heading', { name: '設定 Materiality' }).waitFor()
      await screenshot(page, `setup-zh-Hant-${label}`)
      await context.close()
    }
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await page.goto(`${app.server.url}/setup?token=${token}`)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByRole('link', { name: 'Enter the organisation name.' }).waitFor()
    await screenshot(page, 'setup-errors-en-desktop')
    await page.getByLabel('Organisation name').fill('Acme Holdings')
    await page.getByLabel('Your name').fill('Ada Admin')
    await page.getByLabel('Email address').fill('ada@example.com')
    await page.getByLabel('Password').fill('a long enough passphrase')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByRole('heading', { name: 'Assessments', exact: true }).waitFor()
    await page.getByText('No assessments yet').waitFor()
    await screenshot(page, 'assessments-empty-en-desktop')
    await context.close()
  })

  test('an admin signs in and sees the assessments page, in English and 繁體中文, desktop and phone', async () => {
    await app.database.reset()
    await seedAdmin(app.server.deps)
    for (const [viewport, label] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      for (const [browserLocale, locale, heading, email, button, list] of [
        ['en-GB', 'en', 'Sign in', 'Email address', 'Sign in', 'Assessments'],
        ['zh-TW', 'zh-Hant', '登入', '電郵地址', '登入', '評估'],
      ] as const) {
        const { context, page } = await newPage(app.browser, viewport, browserLocale)
        await page.goto(`${app.server.url}/assessments`)
        await page.getByRole('heading', { name: heading }).waitFor()
        expect(page.url()).toContain('/login?next=%2Fassessments')
        await screenshot(page, `login-${locale}-${label}`)
        await page.getByLabel(email).fill(ADMIN.email)
        await page.getByLabel(locale === 'en' ? 'Password' : '密碼').fill('wrong password!')
        await page.getByRole('button', { name: button }).click()
        await page.getByRole('alert').waitFor()
        await screenshot(page, `login-error-${locale}-${label}`)
        await page.getByLabel(locale === 'en' ? 'Password' : '密碼').fill(ADMIN.password)
        await page.getByRole('button', { name: button }).click()
        await page.getByRole('heading', { name: list, exact: true }).waitFor()
        await screenshot(page, `assessments-${locale}-${label}`)
        await context.close()
      }
    }
  })

  test('a long organisation name keeps every admin page inside a phone, sign out in reach', async () => {
    await app.database.reset()
    await createFirstAdmin(app.server.deps, {
      ...ADMIN,
      name: 'Ada Admin',
      organisation: 'The Hongkong and Kowloon Consolidated Infrastructure Holdings (Group) Limited',
    })
    for (const [browserLocale, signOut] of [
      ['en-GB', 'Sign out'],
      ['zh-TW', '登出'],
    ] as const) {
      const { context, page } = await newPage(app.browser, PHONE, browserLocale)
      await page.goto(`${app.server.url}/login`)
      await page.locator('#email').fill(ADMIN.email)
      await page.locator('#password').fill(ADMIN.password)
      await page.locator('form button[type="submit"]').click()
      await page.waitForURL(/\/assessments$/)
      const button = page.getByRole('button', { name: signOut })
      await button.waitFor()
      const box = await button.boundingBox()
      expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      )
      await screenshot(page, `long-organisation-${browserLocale}-phone`)
      await context.close()
    }
  })
})
