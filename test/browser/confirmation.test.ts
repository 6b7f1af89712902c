import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import type { MatrixView } from '#surveys/schemas/matrix-view'
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

let demo: Awaited<ReturnType<typeof loadDemo>>

const APPROVER = { email: 'board@example.com', name: 'Bo Board', password: 'board-approver-2026' }
const OVERRIDE_REASON =
  'Water scarcity in our Guangdong plants makes this material despite its score.'
const REVIEW_REASON = 'Scores on impact only; our operations here are small this year.'

const app = useBrowserApp()

/** Passwords members chose in place of the temporary ones they were added with, by email. */
const ownPasswords = new Map<string, string>()

async function signIn(page: Page, email: string, password: string) {
  const known = email === DEMO_EMAIL || ownPasswords.has(email)
  await signInAs(page, app.server.url, {
    email,
    password: ownPasswords.get(email) ?? password,
    landing: known ? /\/assessments$/ : null,
  })
  if (known) return
  // A member an admin added signs in first with a password they must replace.
  await replaceTemporaryPassword(page, password, `${password} of their own`)
  ownPasswords.set(email, `${password} of their own`)
}

/** Calls the API with the page's session, as the app itself would. */
const api = <T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
  pageApi<T>(page, app.server.url, method, path, data)

/** The demo's ranked issues: the review ones, and the best-ranked not-material one to override. */
async function demoIssues(page: Page) {
  const matrix = await api<MatrixView>(page, 'GET', `/api/assessments/${demo.assessmentId}/matrix`)
  const review = matrix.issues.filter((issue) => issue.tier === 'review')
  const override = matrix.issues.find((issue) => issue.tier === 'not-material')!
  const material = matrix.issues.filter((issue) => issue.tier === 'material')
  return { matrix, review, override, material }
}

/** An issue's material / not material pair, by its legend in English or 繁體中文. */
const group = (page: Page, code: string, locale: 'en' | 'zh-Hant' = 'en') =>
  page.getByRole('group', {
    name: locale === 'en' ? `Is issue ${code} material?` : `議題 ${code} 是否重要？`,
  })

async function addApprover(page: Page) {
  const { organisationId } = await api<{ organisationId: string }>(
    page,
    'GET',
    `/api/assessments/${demo.assessmentId}`,
  )
  await api(page, 'POST', `/api/organisations/${organisationId}/members`, {
    ...APPROVER,
    role: 'approver',
  })
}

const orderCodes = (page: Page) =>
  page.getByTestId('material-order').locator('.order-name .issue-no').allTextContents()

async function noSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(PHONE.width)
}

describe('the confirmation tab', () => {
  test('management confirms with an override and a reordered list; another user approves', async () => {
    await app.database.reset()
    ownPasswords.clear()
    demo = await loadDemo(app.server.deps)
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(page, DEMO_EMAIL, demo.password)
    const { review, override, material } = await demoIssues(page)
    expect(material.length).toBeGreaterThan(1)
    const tab = `${app.server.url}/assessments/${demo.assessmentId}/confirmation`
    await page.goto(tab)
    await page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    expect(await orderCodes(page)).toEqual(material.map((issue) => issue.code))

    // The override asks for a reason at once, beside its field, and the summary counts it.
    await group(page, override.code).getByRole('radio', { name: 'Material', exact: true }).check()
    const reason = page.getByRole('textbox', { name: `Rationale (${override.code})` })
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true')
    await page.getByText('Give the reason: this decision departs from the scores.').waitFor()
    await page.getByTestId('confirm-summary').getByText('1 override').waitFor()
    await reason.scrollIntoViewIfNeeded()
    await screenshot(page, 'confirmation-rationale-error-en-desktop')
    await reason.fill('Too short.')
    await page.getByText(/Write the reason in at least a sentence/).waitFor()
    await reason.fill(OVERRIDE_REASON)
    await expect(reason.getAttribute('aria-invalid')).resolves.toBeNull()

    // Confirming with review issues undecided lists them in the summary and on their rows.
    await page.getByRole('button', { name: 'Confirm the result' }).click()
    if (review.length > 0) {
      await page
        .getByRole('alert')
        .getByText('Decide whether this issue is material.')
        .first()
        .waitFor()
      for (const issue of review) {
        await group(page, issue.code).getByRole('radio', { name: 'Not material' }).check()
        await page.getByRole('textbox', { name: `Rationale (${issue.code})` }).fill(REVIEW_REASON)
      }
    }

    // The override joined the end of the order; the keyboard moves it up twice.
    const codes = [...material.map((issue) => issue.code), override.code]
    expect(await orderCodes(page)).toEqual(codes)
    await page.getByRole('button', { name: `Move issue ${override.code} up` }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    const position = codes.length - 2
    await page
      .getByTestId('order-announcement')
      .getByText(`Issue ${override.code} moved to position ${position} of ${codes.length}.`)
      .waitFor()
    const expected = [
      ...codes.slice(0, position - 1),
      override.code,
      ...codes.slice(position - 1, -1),
    ]
    expect(await orderCodes(page)).toEqual(expected)
    // Focus stays on the button, so the keyboard can keep moving the issue.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    expect(focused).toBe(`Move issue ${override.code} up`)

    await expectAccessible(page, 'confirmation decisions')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'confirmation-decide-en-desktop')
    await page.setViewportSize(PHONE)
    await noSidewaysScroll(page)
    await screenshot(page, 'confirmation-decide-en-phone')
    await page.setViewportSize(DESKTOP)

    await page.getByRole('button', { name: 'Confirm the result' }).click()
    const dialog = page.getByRole('dialog', { name: 'Confirm and lock the assessment?' })
    await dialog.getByText(/locks: responses, settings and issues can no longer change/).waitFor()
    await dialog.getByRole('button', { name: 'Confirm and lock' }).click()
    await page.getByRole('heading', { name: 'Confirmed result, version 1' }).waitFor()
    await page.locator('.assessment-header .badge').getByText('Confirmed').waitFor()
    const final = page.getByTestId('final-list').locator('.issue-no')
    expect(await final.allTextContents()).toEqual(expected)
    expect(await page.getByTestId('version-hash').textContent()).toMatch(/^[0-9a-f]{64}$/)
    await page.getByText(OVERRIDE_REASON).waitFor()
    // Alone in the organisation, the admin may approve, but it would be recorded as self-approved.
    await page.getByTestId('self-approval').waitFor()

    // The confirming admin appoints the approver only now: the approval will say so (issue 11 §7).
    await addApprover(page)
    await page.reload()
    await page.getByText('Only an approver can approve or return a confirmation.').waitFor()
    await context.close()

    for (const viewport of [DESKTOP, PHONE]) {
      const board = await newPage(app.browser, viewport, 'en-GB')
      await signIn(board.page, APPROVER.email, APPROVER.password)
      await board.page.goto(tab)
      await board.page.getByRole('heading', { name: 'Board approval' }).waitFor()
      await board.page.getByTestId('final-list').waitFor()
      await board.page
        .getByTestId('appointed-approval')
        .getByText(
          /^The person who confirmed this version made you an approver after confirming it/,
        )
        .waitFor()
      const name = viewport === PHONE ? 'phone' : 'desktop'
      if (viewport === PHONE) await noSidewaysScroll(board.page)
      else await expectAccessible(board.page, 'confirmation approval')
      await screenshot(board.page, `confirmation-approval-en-${name}`)
      if (viewport === PHONE) {
        // The decision names the version and hash on screen; the server checks both.
        const shown = await board.page.getByTestId('approval-hash').textContent()
        expect(shown).toBe(await board.page.getByTestId('version-hash').textContent())
        await board.page.getByRole('radio', { name: 'Approve' }).check()
        await board.page.getByLabel('Comment').fill('Approved at the board meeting of 14 March.')
        await board.page.getByRole('button', { name: 'Approve this version' }).click()
        const sure = board.page.getByRole('dialog', { name: 'Approve version 1?' })
        await sure.getByText(/can no longer be returned or changed/).waitFor()
        await sure.getByRole('button', { name: 'Approve', exact: true }).click()
        // Not "by the board": the confirmer appointed this approver after confirming.
        await board.page.getByRole('heading', { name: 'Approved', exact: true }).waitFor()
        await board.page
          .getByTestId('appointed-approved')
          .getByText('Approved by an approver whom the confirmer appointed after confirming')
          .waitFor()
        const stored = await queryRows<{
          version: number
          hash: string
          decision: string
          appointed: boolean
        }>(
          app.database.db,
          sql`SELECT c.version, c.hash, a.decision, a.appointed_by_confirmer AS appointed
              FROM approvals a JOIN confirmations c ON c.id = a.confirmation_id
              WHERE c.assessment_id = ${demo.assessmentId}`,
        )
        expect(stored).toEqual([{ version: 1, hash: shown, decision: 'approve', appointed: true }])
        await board.page.getByText(/^Approved by Bo Board on .*This result is final\.$/).waitFor()
        await board.page.locator('.assessment-header .badge').getByText('Approved').waitFor()
        await board.page.getByRole('link', { name: 'Open the disclosure draft' }).waitFor()
        await noSidewaysScroll(board.page)
        await screenshot(board.page, 'confirmation-approved-en-phone')
        await board.page.setViewportSize(DESKTOP)
        await expectAccessible(board.page, 'confirmation approved')
        await screenshot(board.page, 'confirmation-approved-en-desktop')
      }
      await board.context.close()
    }
  })

  test('a returned version comes back as version 2, starting from its decisions', async () => {
    await app.database.reset()
    ownPasswords.clear()
    demo = await loadDemo(app.server.deps)
    const admin = await newPage(app.browser, DESKTOP, 'zh-HK')
    await signIn(admin.page, DEMO_EMAIL, demo.password)
    const { matrix, override } = await demoIssues(admin.page)
    const decisions = matrix.issues.map((issue) => {
      const material = issue.id === override.id || issue.tier === 'material'
      const reasoned = issue.id === override.id || issue.tier === 'review'
      return { issueId: issue.id, material, ...(reasoned ? { rationale: OVERRIDE_REASON } : {}) }
    })
    const order = decisions.filter((d) => d.material).map((d) => d.issueId)
    const url = `/api/assessments/${demo.assessmentId}`
    await api(admin.page, 'POST', `${url}/confirmation`, { decisions, order: order.reverse() })
    await addApprover(admin.page)

    const board = await newPage(app.browser, PHONE, 'zh-HK')
    await signIn(board.page, APPROVER.email, APPROVER.password)
    await board.page.goto(`${app.server.url}/assessments/${demo.assessmentId}/confirmation`)
    await board.page.getByRole('heading', { name: '董事會批准' }).waitFor()
    // Appointed by the confirming admin after version 1 was confirmed: flagged in 繁體中文.
    await board.page
      .getByTestId('appointed-approval')
      .getByText(/^確認此版本的人士在確認後才委任您為批准人/)
      .waitFor()
    await noSidewaysScroll(board.page)
    await screenshot(board.page, 'confirmation-appointed-zh-Hant-phone')
    await board.page.getByRole('radio', { name: '退回管理層' }).check()
    await board.page.getByRole('button', { name: '退回此版本' }).click()
    await board.page
      .getByText(/請以不少於 10 個字元說明/)
      .first()
      .waitFor()
    await board.page
      .getByLabel('意見')
      .fill('Please reconsider the water issue with the audit committee.')
    await board.page.getByRole('button', { name: '退回此版本' }).click()
    await board.page
      .getByRole('dialog', { name: '將第 1 版退回管理層？' })
      .getByRole('button', { name: '退回', exact: true })
      .click()
    await board.page.getByRole('heading', { name: '等待管理層確認' }).waitFor()
    await board.page.getByTestId('version-history').locator('.badge').getByText('已退回').waitFor()
    await board.context.close()

    const { page } = admin
    await page.goto(`${app.server.url}/assessments/${demo.assessmentId}/confirmation`)
    await page.getByText('董事會已退回第 1 版。本次確認以該版本的決定為起點。').waitFor()
    await page
      .getByText('Please reconsider the water issue with the audit committee.')
      .first()
      .waitFor()
    const overridden = group(page, override.code, 'zh-Hant').getByRole('radio', {
      name: '重要',
      exact: true,
    })
    expect(await overridden.isChecked()).toBe(true)
    expect(await page.getByRole('textbox', { name: `理由 (${override.code})` }).inputValue()).toBe(
      OVERRIDE_REASON,
    )
    const codes = matrix.issues.filter((i) => order.includes(i.id)).map((i) => i.code)
    expect((await orderCodes(page)).sort()).toEqual(codes.sort())
    // Dragging works too: the last material issue dropped on the first place.
    const items = page.getByTestId('material-order').locator('li')
    const before = await orderCodes(page)
    await items.last().dragTo(items.first())
    await page
      .getByTestId('order-announcement')
      .getByText(new RegExp(`^議題 ${before.at(-1)} 已移至第 1 位`))
      .waitFor()
    expect(await orderCodes(page)).toEqual([before.at(-1), ...before.slice(0, -1)])
    await expectAccessible(page, 'confirmation after a return')
    await screenshot(page, 'confirmation-returned-zh-Hant-desktop')
    await page.getByRole('button', { name: '確認結果' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '確認並鎖定' }).click()
    await page.getByRole('heading', { name: '已確認結果（第 2 版）' }).waitFor()
    const history = page.getByTestId('version-history').locator('.version-entry')
    expect(await history.count()).toBe(2)
    await history.nth(1).locator('.badge').getByText('已退回').waitFor()
    await admin.context.close()

    // Version 2 was confirmed after the approver was appointed: the board's approval, unflagged.
    const again = await newPage(app.browser, DESKTOP, 'zh-HK')
    await signIn(again.page, APPROVER.email, APPROVER.password)
    await again.page.goto(`${app.server.url}/assessments/${demo.assessmentId}/confirmation`)
    await again.page.getByRole('heading', { name: '董事會批准' }).waitFor()
    expect(await again.page.getByTestId('appointed-approval').count()).toBe(0)
    await again.page.getByRole('radio', { name: '批准', exact: true }).check()
    await again.page.getByRole('button', { name: '批准此版本' }).click()
    await again.page
      .getByRole('dialog', { name: '批准第 2 版？' })
      .getByRole('button', { name: '批准', exact: true })
      .click()
    await again.page.getByRole('heading', { name: '董事會已批准' }).waitFor()
    expect(await again.page.getByTestId('appointed-approved').count()).toBe(0)
    await screenshot(again.page, 'confirmation-approved-zh-Hant-desktop')
    const flags = await queryRows<{ version: number; appointed: boolean }>(
      app.database.db,
      sql`SELECT c.version, a.appointed_by_confirmer AS appointed FROM approvals a
          JOIN confirmations c ON c.id = a.confirmation_id
          WHERE c.assessment_id = ${demo.assessmentId} ORDER BY c.version`,
    )
    expect(flags).toEqual([
      { version: 1, appointed: true },
      { version: 2, appointed: false },
    ])
    await again.context.close()
  })

  test('before the survey closes it explains why; a viewer cannot confirm', async () => {
    await app.database.reset()
    ownPasswords.clear()
    demo = await loadDemo(app.server.deps)
    const { context, page } = await newPage(app.browser, PHONE, 'en-GB')
    await signIn(page, DEMO_EMAIL, demo.password)
    const { id, organisationId } = await api<{ id: string; organisationId: string }>(
      page,
      'POST',
      '/api/assessments',
      { name: 'FY2024 materiality assessment' },
    )
    await page.goto(`${app.server.url}/assessments/${id}/confirmation`)
    await page.getByRole('heading', { name: 'Close the survey first' }).waitFor()
    await page.getByText(/The survey has not opened yet/).waitFor()
    await api(page, 'PATCH', `/api/assessments/${id}`, { status: 'open' })
    await api(page, 'POST', `/api/assessments/${id}/links`, {
      group: 'customers',
      kind: 'single-use',
      count: 4,
    })
    await page.reload()
    await page
      .getByText('The survey is still collecting responses: 0 completed of 4 invited.', {
        exact: false,
      })
      .waitFor()
    await page.getByRole('link', { name: 'See the responses' }).waitFor()
    await noSidewaysScroll(page)
    await expectAccessible(page, 'confirmation before close')
    await screenshot(page, 'confirmation-not-closed-en-phone')
    await page.getByRole('button', { name: 'Close the survey' }).click()
    const closing = page.getByRole('dialog', { name: 'Close the survey?' })
    await closing.getByText(/^No one is part-way through the survey\./).waitFor()
    await closing.getByRole('button', { name: 'Close the survey' }).click()
    await page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    await page.locator('.assessment-header .badge').getByText('Closed for scoring').waitFor()

    await api(page, 'POST', `/api/organisations/${organisationId}/members`, {
      email: 'viewer@example.com',
      name: 'Vi Viewer',
      role: 'viewer',
      password: APPROVER.password,
    })
    await context.close()
    const viewer = await newPage(app.browser, DESKTOP, 'en-GB')
    await signIn(viewer.page, 'viewer@example.com', APPROVER.password)
    await viewer.page.goto(`${app.server.url}/assessments/${id}/confirmation`)
    await viewer.page
      .getByRole('heading', { name: 'Waiting for management’s confirmation' })
      .waitFor()
    expect(await viewer.page.getByRole('button', { name: 'Confirm the result' }).count()).toBe(0)
    await viewer.context.close()
  })
})
