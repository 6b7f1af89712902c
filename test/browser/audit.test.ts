import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { ADMIN, seedAdmin } from '../support/app.ts'
import { expectAccessible } from '../support/axe.ts'
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
import { findCuts } from '../support/layout.ts'

const app = useBrowserApp()

const signIn = (
  page: Page,
  email = ADMIN.email,
  password = ADMIN.password,
  landing = /\/assessments$/,
) => signInAs(page, app.server.url, { email, password, landing })

/** Calls the API with the page's session, as the app itself would. */
const api = (page: Page, method: 'POST' | 'PATCH', path: string, data: unknown) =>
  pageApi<{ id: string; temporaryPassword: string; member: { userId: string; active: boolean } }>(
    page,
    app.server.url,
    method,
    path,
    data,
  )

describe('audit trail and members', () => {
  test('changes show up in the timeline with readable diffs, filters and a CSV export', async () => {
    await app.database.reset()
    await seedAdmin(app.server.deps)
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(page)
    const { id } = await api(page, 'POST', '/api/assessments', {
      name: 'FY2025 materiality assessment',
    })
    await api(page, 'PATCH', `/api/assessments/${id}`, { status: 'open' })
    await api(page, 'POST', `/api/assessments/${id}/links`, {
      group: 'customers',
      kind: 'single-use',
      count: 3,
    })
    await api(page, 'PATCH', `/api/assessments/${id}`, { status: 'closed' })
    await api(page, 'PATCH', `/api/assessments/${id}`, {
      status: 'open',
      reason: 'Two supplier responses are still expected this week.',
    })

    await page.goto(`${app.server.url}/assessments/${id}/audit`)
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor()
    await page.getByText('Showing 5 entries.').waitFor()
    const newest = page.locator('.timeline-entry').first()
    await expect(newest.getByRole('heading').textContent()).resolves.toContain('Status changed')
    await newest.getByText('Two supplier responses are still expected this week.').waitFor()
    await expect(newest.locator('del').textContent()).resolves.toBe('Closed for scoring')
    await expect(newest.locator('ins').textContent()).resolves.toBe('Collecting responses')
    // Dates in the browser's own locale: en-GB reads "3 Dec 2026, 09:00".
    expect(await newest.locator('time').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}/)
    await screenshot(page, 'audit-en-desktop')

    await page.getByLabel('Action').selectOption({ label: 'Status changed' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.getByText('Showing 3 entries.').waitFor()
    expect(page.url()).toContain('action=status')
    await page.getByLabel('From').fill('2099-01-01')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.getByRole('heading', { name: 'No entries match these filters' }).waitFor()
    await screenshot(page, 'audit-no-match-en-desktop')
    await page.getByLabel('To').fill('2098-01-01')
    await page.getByText('The end date is before the start date.').waitFor()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.getByText('Showing 5 entries.').waitFor()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`assessment-${id}-audit.csv`)
    const csv = readFileSync((await download.path()) ?? '')
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.toString('utf8').split('\r\n')).toHaveLength(7)
    await context.close()

    const phone = await newPage(app.browser, PHONE, 'zh-HK')
    await signIn(phone.page)
    await phone.page.goto(`${app.server.url}/assessments/${id}/audit`)
    await phone.page.getByRole('heading', { name: '審計記錄' }).waitFor()
    await phone.page.getByText('顯示 5 項記錄。').waitFor()
    await phone.page.locator('.timeline-entry').first().getByText('變更狀態').waitFor()
    await screenshot(phone.page, 'audit-zh-Hant-phone')
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(PHONE.width)
    await phone.page.goto(`${app.server.url}/assessments/999999/audit`)
    // The trail is a tab now: the assessment page answers for an assessment that is not there.
    await phone.page.getByText('此評估不存在，或您無權查看。').waitFor()
    await screenshot(phone.page, 'audit-error-zh-Hant-phone')
    await phone.context.close()

    // Past one page (50 entries) the older ones come on request, and then the button goes.
    const more = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(more.page)
    for (let n = 1; n <= 46; n++) {
      await api(more.page, 'PATCH', `/api/assessments/${id}`, { name: `FY2025 assessment ${n}` })
    }
    await more.page.goto(`${app.server.url}/assessments/${id}/audit`)
    await more.page.getByText('Showing 50 entries.').waitFor()
    const older = more.page.getByRole('button', { name: 'Show older entries' })
    await older.click()
    await more.page.getByText('Showing 51 entries.').waitFor()
    expect(await more.page.locator('.timeline-entry').count()).toBe(51)
    expect(await older.count()).toBe(0)
    await more.context.close()
  })

  test('the demo’s confirmed year reads as sentences and tables, with room for the filters', async () => {
    await app.database.reset()
    const demo = await loadDemo(app.server.deps)
    for (const [viewport, device, locale, browserLocale] of [
      [DESKTOP, 'desktop', 'en', 'en-GB'],
      [PHONE, 'phone', 'en', 'en-GB'],
      [DESKTOP, 'desktop', 'zh-Hant', 'zh-HK'],
      [PHONE, 'phone', 'zh-Hant', 'zh-HK'],
    ] as const) {
      const { context, page } = await newPage(app.browser, viewport, browserLocale)
      await page.goto(`${app.server.url}/login`)
      await page.locator('input[type=email]').fill(DEMO_EMAIL)
      await page.locator('input[type=password]').fill(demo.password)
      await page.locator('button[type=submit]').click()
      await page.waitForURL('**/assessments')
      await page.goto(`${app.server.url}/assessments/${demo.earlierId}/audit?locale=${locale}`)
      const entries = page.locator('.timeline-entry')
      await entries.first().waitFor()
      // No raw field names or JSON anywhere in the trail.
      const trail = (await page.locator('main').textContent()) ?? ''
      for (const raw of ['selfApproved', 'overrides', '{"', '":', '[{', ': approve', 'hkex-33'])
        expect(trail).not.toContain(raw)
      // Codes and ISO dates inside the entries are words and dates in the reader's locale too.
      expect(trail).not.toMatch(/\d{4}-\d{2}-\d{2}/)
      const cells = await page.locator('table.diff :is(th, td)').allTextContents()
      expect(cells.filter((cell) => /\b[a-z]+[A-Z]\w+/.test(cell))).toEqual([])
      const confirmed = entries.filter({
        hasText: locale === 'en' ? 'Confirmed' : '確認',
      })
      expect(await confirmed.count()).toBeGreaterThan(0)
      // Dates in the browser's own locale: en-GB "3 Dec 2026, 09:00", zh-HK "2026年12月3日 09:00".
      const when = (await entries.first().locator('time').textContent()) ?? ''
      expect(when).toMatch(
        locale === 'en' ? /^\d{1,2} [A-Z][a-z]{2} \d{4}/ : /^\d{4}年\d{1,2}月\d{1,2}日/,
      )
      // The filters have room: the form spans the content, and no menu, date or button is cut.
      const form = page.getByRole('form', {
        name: locale === 'en' ? 'Filter the entries' : '篩選記錄',
      })
      const formBox = (await form.boundingBox())!
      const mainBox = (await page.locator('.section-tabs').boundingBox())!
      expect(formBox.width).toBeGreaterThan(mainBox.width * 0.9)
      expect(await findCuts(page, form.locator(':is(select, input, button, label)'))).toEqual([])
      await screenshot(page, `audit-demo-${locale}-${device}`)
      await context.close()
    }
  })

  test('an admin adds a board member and changes a role; the last admin is protected', async () => {
    await app.database.reset()
    await seedAdmin(app.server.deps)
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(page)
    await page.getByRole('link', { name: 'Members' }).click()
    await page.getByRole('heading', { name: 'Members', exact: true }).waitFor()
    await page.getByRole('button', { name: 'Add member' }).click()
    await page
      .getByRole('link', { name: 'Enter a valid email address, like name@example.com.' })
      .waitFor()
    await page.getByLabel('Email address').fill('board@example.com')
    await page.getByLabel('Name', { exact: true }).fill('Bo Board')
    await page.getByLabel('Role', { exact: true }).selectOption('approver')
    await page.getByRole('button', { name: 'Add member' }).click()
    await page.getByText('Bo Board was added.').waitFor()
    const secret = await page.locator('.secret').textContent()
    expect(secret).toMatch(/^([a-km-z2-9]{5}-){3}[a-km-z2-9]{5}$/)
    await screenshot(page, 'members-added-en-desktop')

    await page.getByLabel('Role of Ada Admin').selectOption('viewer')
    await page
      .getByText('This is the organisation’s only admin. Make someone else an admin first.')
      .waitFor()
    await page.getByLabel('Role of Bo Board').selectOption('reviewer')
    await page.getByText('Bo Board is now Reviewer (management).').waitFor()
    await context.close()

    const board = await newPage(app.browser, PHONE, 'zh-HK')
    // A temporary password has to be replaced before anything else answers.
    await signIn(board.page, 'board@example.com', secret ?? '', /\/account\/password/)
    await replaceTemporaryPassword(board.page, secret ?? '', 'the board member’s own passphrase')
    await board.page.goto(`${app.server.url}/settings/members`)
    await board.page.getByRole('heading', { name: '成員', exact: true }).waitFor()
    await board.page.getByText('只有管理員可新增或移除成員，或變更角色。').waitFor()
    await board.page.getByRole('cell', { name: '審閱人（管理層）' }).waitFor()
    await screenshot(board.page, 'members-zh-Hant-phone')
    const width = await board.page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(PHONE.width)
    await board.context.close()
  })

  test('an admin deactivates, reactivates and removes a member, asked first each time it bites', async () => {
    await app.database.reset()
    await seedAdmin(app.server.deps)
    const leaver = await newPage(app.browser, DESKTOP, 'en-GB')
    const admin = await newPage(app.browser, PHONE, 'zh-CN')
    await signIn(admin.page)
    const added = await api(admin.page, 'POST', `/api/organisations/1/members`, {
      email: 'leaver@example.com',
      name: 'Lee Leaver',
      role: 'analyst',
      password: 'a long enough password',
    })
    expect(added.member.active).toBe(true)
    const login = await leaver.page.request.post(`${app.server.url}/api/auth/login`, {
      data: { email: 'leaver@example.com', password: 'a long enough password' },
      headers: { origin: app.server.url },
    })
    expect(login.status()).toBe(200)
    expect((await leaver.page.request.get(`${app.server.url}/api/auth/me`)).status()).toBe(200)
    const { page } = admin
    await page.goto(`${app.server.url}/settings/members`)
    await page.getByRole('heading', { name: '成员', exact: true }).waitFor()
    await page.getByRole('button', { name: '停用Lee Leaver的账户' }).click()
    const dialog = page.getByRole('dialog', { name: '要停用Lee Leaver的账户吗？' })
    await dialog.waitFor()
    await expectAccessible(page, 'members: deactivate dialog (zh-Hans, phone)')
    await screenshot(page, 'members-deactivate-dialog-zh-Hans-phone')
    await dialog.getByRole('button', { name: '停用' }).click()
    await page.getByText('已停用Lee Leaver的账户。').waitFor()
    await page.locator('.badge--inactive').getByText('已停用').waitFor()
    await screenshot(page, 'members-deactivated-zh-Hans-phone')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(PHONE.width)
    // The leaver's open page is signed out at its next request.
    const me = await leaver.page.request.get(`${app.server.url}/api/auth/me`)
    expect(me.status()).toBe(401)

    await page.getByRole('button', { name: '重新启用Lee Leaver的账户' }).click()
    await page.getByText('已重新启用Lee Leaver的账户。').waitFor()
    await page.getByRole('button', { name: '移除Lee Leaver' }).click()
    const remove = page.getByRole('dialog', { name: /要将Lee Leaver从.*移除吗？/ })
    await remove.getByRole('button', { name: '取消' }).click()
    // One card per member on a phone (no header row): Lee Leaver's is still there.
    const leaverRow = page.getByRole('row').filter({ hasText: 'Lee Leaver' })
    await expect.poll(() => leaverRow.count()).toBe(1)
    await page.getByRole('button', { name: '移除Lee Leaver' }).click()
    await remove.getByRole('button', { name: '移除' }).click()
    await page.getByText('已移除Lee Leaver。').waitFor()
    await expect.poll(() => leaverRow.count()).toBe(0)
    expect(await page.getByRole('row').count()).toBe(1)
    await expectAccessible(page, 'members after a removal (zh-Hans, phone)')
    await admin.context.close()
    await leaver.context.close()
  })
})
