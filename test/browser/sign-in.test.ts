import { describe, expect, test } from 'vitest'
import { createFirstAdmin, issueSetupToken } from '#server/services/first-run'
import { ADMIN, seedAdmin } from '../support/app.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  pageApi,
  replaceTemporaryPassword,
  screenshot,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

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

  test('a reviewer chooses a password at first sign-in, is offered no New assessment, and changes it later', async () => {
    await app.database.reset()
    await seedAdmin(app.server.deps)
    const admin = await newPage(app.browser, DESKTOP, 'en-GB')
    await signInAs(admin.page, app.server.url)
    const me = await pageApi<{ organisations: { id: string }[] }>(
      admin.page,
      app.server.url,
      'GET',
      '/api/auth/me',
    )
    await admin.context.close()
    for (const view of [
      { viewport: DESKTOP, device: 'desktop', browserLocale: 'en-GB', locale: 'en' },
      { viewport: PHONE, device: 'phone', browserLocale: 'zh-HK', locale: 'zh-Hant' },
    ] as const) {
      const en = view.locale === 'en'
      const reviewer = { email: `rita.${view.device}@example.com`, temporary: 'rita-temporary-1' }
      const adminPage = await newPage(app.browser, DESKTOP, 'en-GB')
      await signInAs(adminPage.page, app.server.url)
      await pageApi(
        adminPage.page,
        app.server.url,
        'POST',
        `/api/organisations/${me.organisations[0]!.id}/members`,
        {
          email: reviewer.email,
          name: 'Rita Reviewer',
          password: reviewer.temporary,
          role: 'reviewer',
        },
      )
      await adminPage.context.close()

      // First sign-in: the temporary password must be replaced before anything else opens.
      const { context, page } = await newPage(app.browser, view.viewport, view.browserLocale)
      await signInAs(page, app.server.url, {
        email: reviewer.email,
        password: reviewer.temporary,
        landing: null,
      })
      await page.waitForURL(/\/account\/password/)
      await page
        .getByRole('heading', { name: en ? 'Choose your own password' : '設定你自己的密碼' })
        .waitFor()
      await screenshot(page, `password-first-sign-in-${view.locale}-${view.device}`)
      await page.goto(`${app.server.url}/assessments`)
      await page.waitForURL(/\/account\/password/)
      const own = 'rita’s own passphrase, long enough'
      await replaceTemporaryPassword(page, reviewer.temporary, own)

      // The interface follows the role: no New assessment, and a sentence saying why.
      await page.getByRole('heading', { name: en ? 'Assessments' : '評估', exact: true }).waitFor()
      await page
        .getByText(
          en
            ? 'Your role lets you read assessments. An admin or analyst creates them; ask an admin if you need to.'
            : '你的角色可以查閱評估。評估由管理員或分析員建立；如有需要，請聯絡管理員。',
        )
        .waitFor()
      expect(
        await page.getByRole('link', { name: en ? 'New assessment' : '新增評估' }).count(),
      ).toBe(0)
      // The empty list does not invite them to create one either.
      await page.getByText(en ? 'No assessments yet' : '尚未有評估').waitFor()
      expect(await page.getByText(en ? /^Create one/ : /^建立評估時/).count()).toBe(0)
      await screenshot(page, `assessments-reviewer-${view.locale}-${view.device}`)

      // Later, from the Password link: the current password, a new one twice.
      await page
        .getByRole('navigation')
        .getByRole('link', { name: en ? 'Password' : '密碼' })
        .click()
      await page.getByRole('heading', { name: en ? 'Change your password' : '更改密碼' }).waitFor()
      const later = 'rita’s second passphrase, longer still'
      await page.locator('#currentPassword').fill(own)
      await page.locator('#newPassword').fill(later)
      await page.locator('#confirmPassword').fill(later)
      await page.locator('form button[type=submit]').click()
      await page
        .getByText(
          en
            ? 'Your password has been changed. Other devices have been signed out.'
            : '密碼已更改，其他裝置已登出。',
        )
        .waitFor()
      await screenshot(page, `password-changed-${view.locale}-${view.device}`)
      await context.close()

      // What is stored: the new password signs in, the old one no longer does.
      const check = await newPage(app.browser, DESKTOP, 'en-GB')
      const login = (password: string) =>
        check.page.request.post(`${app.server.url}/api/auth/login`, {
          data: { email: reviewer.email, password },
          headers: { origin: app.server.url },
        })
      expect((await login(own)).status()).toBe(401)
      expect((await login(later)).status()).toBe(200)
      await check.context.close()
    }
  })
})
