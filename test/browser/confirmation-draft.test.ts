import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import {
  DESKTOP,
  newPage,
  PHONE,
  pageApi,
  replaceTemporaryPassword,
  SCREENSHOTS,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

// Issue 13 §1: the confirmation draft survives a tab switch, a reload and another device, says
// who changed it last, and a conflict is shown, never saved over silently.

const REVIEWER = { email: 'rita@example.com', name: 'Rita Reviewer', password: 'rita-temporary-1' }
const REASON = 'Our plants draw little water here; the audit committee agreed in March.'

const app = useBrowserApp()

/** What the viewport shows (a full page of 33 decisions is too tall to look at). */
const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })

const signIn = (page: Page, email: string, password: string) =>
  signInAs(page, app.server.url, { email, password, landing: null })

const api = <T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) =>
  pageApi<T>(page, app.server.url, method, path, data)

const group = (page: Page, code: string, name: string) =>
  page.getByRole('group', { name: name.replace('{code}', code) })
const EN = 'Is issue {code} material?'
const ZH = '議題 {code} 是否重要？'

/**
 * The demo loaded afresh and its admin signed in on a desktop in English; `tab` is the demo
 * assessment's confirmation page.
 */
async function demoAdmin() {
  await app.database.reset()
  const demo = await loadDemo(app.server.deps)
  const admin = await newPage(app.browser, DESKTOP, 'en-GB')
  await signIn(admin.page, DEMO_EMAIL, demo.password)
  await admin.page.waitForURL(/\/assessments$/)
  const tab = `${app.server.url}/assessments/${demo.assessmentId}/confirmation`
  return { demo, admin, page: admin.page, tab }
}

describe('the confirmation draft', () => {
  test('kept across a tab switch, a reload and another device; a conflict is explained', async () => {
    const { demo, admin, page, tab } = await demoAdmin()
    const base = `/api/assessments/${demo.assessmentId}`
    const matrix = await api<MatrixView>(page, 'GET', `${base}/matrix`)
    const review = matrix.issues.filter((issue) => issue.tier === 'review').map((i) => i.code)
    expect(review.length).toBeGreaterThan(3)
    const { organisationId } = await api<{ organisationId: string }>(page, 'GET', base)
    await api(page, 'POST', `/api/organisations/${organisationId}/members`, {
      ...REVIEWER,
      role: 'reviewer',
    })

    // Decide, type a reason and switch tab at once: coming back shows both.
    await page.goto(tab)
    await page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    const first = review[0]!
    await group(page, first, EN).getByRole('radio', { name: 'Material', exact: true }).check()
    await page.getByRole('textbox', { name: `Rationale (${first})` }).fill(REASON)
    await page.getByRole('navigation').getByRole('link', { name: 'Matrix' }).click()
    await page.waitForURL(/\/matrix$/)
    await page.getByRole('navigation').getByRole('link', { name: 'Confirmation' }).click()
    await page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    const restored = async (p: Page) => {
      expect(
        await group(p, first, EN).getByRole('radio', { name: 'Material', exact: true }).isChecked(),
      ).toBe(true)
      expect(await p.getByRole('textbox', { name: `Rationale (${first})` }).inputValue()).toBe(
        REASON,
      )
    }
    await restored(page)
    await page.reload()
    await page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    await restored(page)
    await page
      .getByTestId('draft-last-change')
      .getByText(/^Last changed by Demo admin, /)
      .waitFor()

    // Leaving with a change not yet saved asks first.
    await group(page, review[1]!, EN).getByRole('radio', { name: 'Not material' }).check()
    const asked = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    const leave = await asked
    expect(leave.type()).toBe('beforeunload')
    await leave.dismiss()
    await page.getByTestId('draft-status').getByText('All changes saved.').waitFor()
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'confirmation-draft-saved-en-desktop')

    // Another reviewer, on a phone in 繁體中文, sees the same draft and who changed it.
    const other = await newPage(app.browser, PHONE, 'zh-HK')
    const phone = other.page
    await signIn(phone, REVIEWER.email, REVIEWER.password)
    await replaceTemporaryPassword(phone, REVIEWER.password, `${REVIEWER.password} of her own`)
    // To the tab from the overview, inside the app, so that the back button stays in the app.
    await phone.goto(`${app.server.url}/assessments/${demo.assessmentId}`)
    await phone.getByRole('navigation').getByRole('link', { name: '確認', exact: true }).click()
    await phone.getByRole('heading', { name: '就每個議題作出決定' }).waitFor()
    await phone
      .getByTestId('draft-last-change')
      .getByText(/^最後由 Demo admin 於 .+ 修改。$/)
      .waitFor()
    expect(
      await group(phone, first, ZH).getByRole('radio', { name: '重要', exact: true }).isChecked(),
    ).toBe(true)
    expect(
      await group(phone, review[1]!, ZH).getByRole('radio', { name: '非重要' }).isChecked(),
    ).toBe(true)
    await screenshot(phone, 'confirmation-draft-other-device-zh-Hant-phone')

    // The admin saves again; the reviewer's next change meets a conflict, and nothing is lost.
    await group(page, review[2]!, EN).getByRole('radio', { name: 'Not material' }).check()
    await page.getByTestId('draft-status').getByText('Changes not saved yet…').waitFor()
    await page.getByTestId('draft-status').getByText('All changes saved.').waitFor()
    await group(phone, review[3]!, ZH).getByRole('radio', { name: '重要', exact: true }).check()
    const conflict = phone.getByTestId('draft-conflict')
    await conflict.getByText('其他人修改了這份草稿').waitFor()
    await conflict.getByText(/^Demo admin 在您開啟後於 .+ 儲存了草稿。/).waitFor()
    await conflict.scrollIntoViewIfNeeded()
    await screenshot(phone, 'confirmation-draft-conflict-zh-Hant-phone')
    // Leaving now would lose the change: the app asks.
    const asks: string[] = []
    phone.once('dialog', (dialog) => {
      asks.push(dialog.message())
      void dialog.dismiss()
    })
    await phone.getByRole('navigation').getByRole('link', { name: '矩陣' }).click()
    expect(asks).toEqual(['您對確認的最新變更尚未儲存。仍要離開嗎？'])
    expect(phone.url()).toMatch(/\/confirmation$/)
    // The browser's back button asks too, and staying keeps the page and its address.
    phone.once('dialog', (dialog) => {
      asks.push(dialog.message())
      void dialog.dismiss()
    })
    await phone.goBack()
    await expect.poll(() => asks.length).toBe(2)
    expect(asks[1]).toBe('您對確認的最新變更尚未儲存。仍要離開嗎？')
    await expect.poll(() => phone.url()).toMatch(/\/confirmation$/)
    await conflict.getByText('其他人修改了這份草稿').waitFor()
    await conflict.getByRole('button', { name: '顯示對方的版本' }).click()
    expect(
      await group(phone, review[2]!, ZH).getByRole('radio', { name: '非重要' }).isChecked(),
    ).toBe(true)
    expect(
      await group(phone, review[3]!, ZH)
        .getByRole('radio', { name: '重要', exact: true })
        .isChecked(),
    ).toBe(false)
    await other.context.close()
    await admin.context.close()
  })

  test('bulk decisions: one shared reason on each selected issue; accept the proposal', async () => {
    const { demo, admin, page, tab } = await demoAdmin()
    const matrix = await api<MatrixView>(
      page,
      'GET',
      `/api/assessments/${demo.assessmentId}/matrix`,
    )
    const review = matrix.issues.filter((issue) => issue.tier === 'review').map((i) => i.code)
    const notMaterial = matrix.issues.find((issue) => issue.tier === 'not-material')!.code
    await page.goto(tab)
    await page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    await page.getByTestId('confirm-summary').getByText(`${review.length} undecided`).waitFor()

    const bulk = page.getByTestId('bulk-decide')
    await bulk.getByText('Decide several issues at once').click()
    await bulk.getByLabel('Tier').selectOption('review')
    await bulk.getByRole('button', { name: `Select the ${review.length} matching issues` }).click()
    await bulk.getByText(`${review.length} issues selected.`).waitFor()
    expect(
      await page.getByRole('checkbox', { name: `Select issue ${review[0]}` }).isChecked(),
    ).toBe(true)
    await bulk.getByRole('radio', { name: 'Not material' }).check()
    const apply = bulk.getByRole('button', { name: `Apply to ${review.length} issues` })
    await apply.click()
    await bulk.getByText('Write the reason these issues share.').waitFor()
    await bulk.getByRole('textbox', { name: 'Shared reason' }).fill(REASON)
    await bulk.scrollIntoViewIfNeeded()
    await screenshot(page, 'confirmation-bulk-en-desktop')
    await apply.click()
    await bulk.getByText(`${review.length} issues decided.`).waitFor()
    expect(
      await page
        .getByTestId('confirm-summary')
        .getByText(/undecided/)
        .count(),
    ).toBe(0)

    // Accept the proposal: an override goes back to its tier; a review issue has none.
    await group(page, notMaterial, EN).getByRole('radio', { name: 'Material', exact: true }).check()
    await page.getByRole('checkbox', { name: `Select issue ${notMaterial}` }).check()
    await page.getByRole('checkbox', { name: `Select issue ${review[0]}` }).check()
    await bulk.getByRole('radio', { name: 'Accept the proposal' }).check()
    await bulk.getByRole('button', { name: 'Apply to 2 issues' }).click()
    await bulk
      .getByText('1 issue decided. 1 review issue has no proposal and was left as it was.')
      .waitFor()
    expect(
      await group(page, notMaterial, EN).getByRole('radio', { name: 'Not material' }).isChecked(),
    ).toBe(true)

    // Stored on each decision, marked as shared, and so restored on reload.
    await page.getByTestId('draft-status').getByText('All changes saved.').waitFor()
    await page.reload()
    await page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    for (const code of review) {
      expect(await page.getByRole('textbox', { name: `Rationale (${code})` }).inputValue()).toBe(
        REASON,
      )
    }
    const row = page.getByRole('listitem').filter({ has: group(page, review[0]!, EN) })
    await row.getByText('Shared reason', { exact: true }).first().waitFor()
    await row.scrollIntoViewIfNeeded()
    await screenshot(page, 'confirmation-bulk-shared-en-desktop')
    await admin.context.close()

    const phone = await newPage(app.browser, PHONE, 'zh-HK')
    await signIn(phone.page, DEMO_EMAIL, demo.password)
    await phone.page.waitForURL(/\/assessments$/)
    await phone.page.goto(tab)
    const panel = phone.page.getByTestId('bulk-decide')
    await panel.getByText('一次決定多項議題').click()
    await panel.getByLabel('標記').selectOption({ index: 1 })
    await panel.getByRole('button', { name: /^選取 \d+ 項符合的議題$/ }).click()
    await panel.getByText(/^已選取 \d+ 項議題。$/).waitFor()
    // By aspect: every environmental issue, whatever its tier or flag, replaces the selection.
    const environmental = matrix.issues.filter((issue) => issue.aspect === 'environmental')
    expect(environmental.length).toBeGreaterThan(1)
    await panel.getByLabel('標記').selectOption('')
    await panel.getByLabel('範疇').selectOption('environmental')
    await panel.getByRole('button', { name: `選取 ${environmental.length} 項符合的議題` }).click()
    await panel.getByText(`已選取 ${environmental.length} 項議題。`).waitFor()
    for (const issue of environmental)
      expect(
        await phone.page
          .getByRole('checkbox', { name: `選取議題 ${issue.code}`, exact: true })
          .isChecked(),
      ).toBe(true)
    await panel.scrollIntoViewIfNeeded()
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(PHONE.width)
    await screenshot(phone.page, 'confirmation-bulk-zh-Hant-phone')

    // Confirmed, the sealed version marks each shared reason and says what the mark means.
    await phone.page.getByRole('button', { name: '確認結果' }).click()
    await phone.page.getByRole('dialog').getByRole('button', { name: '確認並鎖定' }).click()
    const sealed = phone.page.getByTestId('confirmed-version')
    await sealed.waitFor()
    await sealed
      .getByTestId('shared-note')
      .getByText(`標示為「共用理由」的 ${review.length} 項理由`)
      .waitFor()
    expect(await sealed.locator('.judgements .badge--shared').count()).toBe(review.length)
    await sealed.getByTestId('shared-note').scrollIntoViewIfNeeded()
    await screenshot(phone.page, 'confirmed-shared-reasons-zh-Hant-phone')
    await phone.context.close()
  })

  test('one-way actions ask first: open, close (naming who is mid-survey), erase', async () => {
    const { demo, admin: desk, page } = await demoAdmin()
    const created = await api<{ id: string }>(page, 'POST', '/api/assessments', {
      name: 'FY2024 materiality assessment',
    })
    const overview = `${app.server.url}/assessments/${created.id}`
    await page.goto(overview)
    const status = () => api<{ status: string }>(page, 'GET', `/api/assessments/${created.id}`)

    // Escape leaves everything as it was; focus is inside the dialog while it is open.
    await page.getByRole('button', { name: 'Open the survey' }).click()
    const open = page.getByRole('dialog', { name: 'Open the survey?' })
    await open.getByText(/changing the scoring settings, the issues or the group weights/).waitFor()
    expect(await open.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
    await screenshot(page, 'dialog-open-en-desktop')
    await page.keyboard.press('Escape')
    await open.waitFor({ state: 'hidden' })
    expect((await status()).status).toBe('draft')
    await page.getByRole('button', { name: 'Open the survey' }).click()
    await open.getByRole('button', { name: 'Open the survey' }).click()
    await page.locator('.assessment-header .badge').getByText('Collecting responses').waitFor()

    // One person has saved answers and not submitted: the close dialog says so.
    const { links } = await api<{ links: { token: string }[] }>(
      page,
      'POST',
      `/api/assessments/${created.id}/links`,
      { group: 'customers', kind: 'single-use' },
    )
    const saved = await page.request.put(`${app.server.url}/api/survey/${links[0]!.token}/draft`, {
      data: { answers: { ratings: {}, comments: {}, suggestedIssues: '' }, locale: 'en' },
      headers: { origin: app.server.url },
    })
    expect(saved.status(), await saved.text()).toBe(200)
    await desk.context.close()

    const phone = await newPage(app.browser, PHONE, 'zh-HK')
    await signIn(phone.page, DEMO_EMAIL, demo.password)
    await phone.page.waitForURL(/\/assessments$/)
    await phone.page.goto(overview)
    await phone.page.getByRole('button', { name: '截止問卷' }).click()
    const close = phone.page.getByRole('dialog', { name: '截止問卷？' })
    await close.getByText(/^有 1 人已開始填寫但尚未提交：問卷截止後他們將無法提交。/).waitFor()
    await screenshot(phone.page, 'dialog-close-zh-Hant-phone')
    await close.getByRole('button', { name: '截止問卷' }).click()
    await phone.page.locator('.assessment-header .badge').getByText('已截止，計分中').waitFor()

    // Erasing personal data: a reason, then the dialog, then what went.
    const card = phone.page.getByRole('region', { name: '個人資料' })
    await card.getByRole('textbox').fill('The retention period in our privacy notice has ended.')
    await card.getByRole('button', { name: '刪除個人資料…' }).click()
    const erase = phone.page.getByRole('dialog', { name: '永久刪除個人資料？' })
    await erase.getByText(/此操作無法復原/).waitFor()
    await screenshot(phone.page, 'dialog-erase-zh-Hant-phone')
    await erase.getByRole('button', { name: '永久刪除' }).click()
    // Closing already deleted the unsent draft (issue 12.4).
    await card
      .getByText(/^已刪除：0 則意見、0 份回應的個人資料、0 份未提交草稿、0 項邀請及 0 封電郵。$/)
      .waitFor()
    await phone.context.close()
  })
})
