import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { readSnapshot } from '#surveys/domain/snapshot'
import { ADMIN, seedAdmin, seedUser } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { expectAccessible } from '../support/axe.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  pageApi,
  screenshot,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

// Step 3 and the disclosure of a double-materiality assessment (issue 15 §8–9): management
// confirms on a desktop in English, where the climate topics ask for an explanation; the board
// approves on a phone in 繁體中文 and opens the disclosure (ESRS 2 IRO-1, SBM-3, IRO-2, Part D).

const CLIMATE_REASON =
  'Our data centres are leased and carbon-neutral; flood and transition risks scored below the threshold.'

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

const api = <T>(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
  pageApi<T>(page, app.server.url, method, path, data)

/** A double-materiality assessment with three IROs, scored by an assessor, and closed. */
async function scoredAssessment(page: Page): Promise<{ id: string; organisationId: number }> {
  const created = await api<{ id: string; organisationId: string }>(
    page,
    'POST',
    '/api/assessments',
    {
      name: 'FY2025 double materiality',
      method: 'double',
      library: 'esrs',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    },
  )
  const url = `/api/assessments/${created.id}`
  const { issues } = await api<{ issues: { id: string; code: string }[] }>(
    page,
    'GET',
    `${url}/issues`,
  )
  const topic = (code: string) => issues.find((issue) => issue.code === code)?.id
  const iros = [
    {
      issueId: topic('S2.1'),
      type: 'negative-impact',
      actual: false,
      humanRights: true,
      valueChain: ['upstream'],
      horizons: ['medium'],
      description: 'Excessive overtime at a contract manufacturer',
    },
    {
      issueId: topic('E1.1'),
      type: 'risk',
      actual: false,
      valueChain: ['own-operations'],
      horizons: ['short'],
      description: 'Typhoons flood the Kwai Chung data centre',
    },
    {
      issueId: topic('S4.1'),
      type: 'risk',
      actual: false,
      valueChain: ['downstream'],
      horizons: ['medium'],
      description: 'Fines after a breach of customer data',
    },
  ]
  const ids: string[] = []
  for (const iro of iros) ids.push((await api<{ id: string }>(page, 'POST', `${url}/iros`, iro)).id)
  await api(page, 'PATCH', url, { status: 'open' })
  const scores = [
    { scale: 4, scope: 4, irremediability: 3 },
    { horizons: { short: { magnitude: 2, likelihood: 3 } } },
    { horizons: { medium: { magnitude: 4, likelihood: 4 } } },
  ]
  for (const [i, body] of scores.entries()) {
    const response = await page.request.fetch(`${app.server.url}${url}/iros/${ids[i]}/scores`, {
      method: 'PUT',
      data: body,
      headers: { origin: app.server.url },
    })
    expect(response.status(), await response.text()).toBe(200)
  }
  await api(page, 'PATCH', url, { status: 'closed' })
  return { id: created.id, organisationId: Number(created.organisationId) }
}

const group = (page: Page, code: string) =>
  page.getByRole('group', { name: `Is issue ${code} material?` })

describe('double materiality, step 3', () => {
  test('confirmed with the climate explanation, approved on a phone in 繁體中文, disclosed', async () => {
    const admin = await newPage(app.browser, DESKTOP, 'en-GB')
    await signInAs(admin.page, app.server.url)
    const { id, organisationId } = await scoredAssessment(admin.page)
    await seedUser(app.database, { email: 'board@example.com', role: 'approver', organisationId })

    await admin.page.goto(`${app.server.url}/assessments/${id}/confirmation`)
    await admin.page.getByRole('heading', { name: 'Decide on each issue' }).waitFor()
    // The proposals are the double-materiality result: S2.1 (I = 3.67) and S4.1 (F = 4) material.
    await expect(
      group(admin.page, 'S2.1').getByRole('radio', { name: 'Material', exact: true }).isChecked(),
    ).resolves.toBe(true)
    await expect(
      group(admin.page, 'E1.1').getByRole('radio', { name: 'Not material' }).isChecked(),
    ).resolves.toBe(true)
    const climate = admin.page.locator('li.decision').filter({ has: group(admin.page, 'E1.1') })
    await climate.getByText('Climate: explain if not material').waitFor()
    await climate.getByText(/^Financial materiality 2\.45$/).waitFor()
    // Ranked as METHOD-MODE-B.md §9 says, in that order; an unscored topic shows no rank, no dash.
    const heads = await admin.page.locator('li.decision h4').allTextContents()
    expect(heads[0]).toMatch(/^Rank #1S4\.1 /)
    expect(heads[1]).toMatch(/^Rank #2S2\.1 /)
    expect(heads[2]).toMatch(/^Rank #3E1\.1 /)
    expect(heads.filter((head) => head.includes('#')).length).toBe(3)
    expect(heads.some((head) => head.includes('—'))).toBe(false)
    await climate
      .getByText('Climate topic: explain why it is not material (HKEX Part D, ESRS 2 IRO-2).', {
        exact: false,
      })
      .waitFor()

    // Confirming without the explanations is refused on the page, on each climate topic.
    await admin.page.getByRole('button', { name: 'Confirm the result' }).click()
    const alert = admin.page.getByRole('alert')
    await alert
      .getByText(/Explain why climate is not material/)
      .first()
      .waitFor()
    const reasonOf = (code: string) =>
      admin.page.getByRole('textbox', { name: `Rationale (${code})` })
    await expect(reasonOf('E1.1').getAttribute('aria-invalid')).resolves.toBe('true')
    await climate.scrollIntoViewIfNeeded()
    await screenshot(admin.page, 'double-confirm-climate-en-desktop')
    for (const code of ['E1.1', 'E1.2', 'E1.3']) await reasonOf(code).fill(CLIMATE_REASON)
    await expect(reasonOf('E1.1').getAttribute('aria-invalid')).resolves.toBeNull()
    await expectAccessible(admin.page, 'double-materiality confirmation')
    await admin.page.setViewportSize(PHONE)
    const width = await admin.page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(PHONE.width)
    await screenshot(admin.page, 'double-confirm-en-phone')
    await admin.page.setViewportSize(DESKTOP)

    await admin.page.getByRole('button', { name: 'Confirm the result' }).click()
    const dialog = admin.page.getByRole('dialog', { name: 'Confirm and lock the assessment?' })
    await dialog.getByRole('button', { name: 'Confirm and lock' }).click()
    await admin.page.getByRole('heading', { name: 'Confirmed result, version 1' }).waitFor()
    const [stored] = await rows<{ snapshot: string }>(
      app.database,
      sql`SELECT snapshot FROM confirmations WHERE assessment_id = ${id}::bigint`,
    )
    const snapshot = readSnapshot(stored!.snapshot)
    const codeOf = new Map(snapshot.issues.map((issue) => [issue.id, issue.code]))
    expect(snapshot.order.map((issueId) => codeOf.get(issueId)).sort()).toEqual(['S2.1', 'S4.1'])
    expect(
      snapshot.decisions
        .filter((d) => d.rationale === CLIMATE_REASON)
        .map((d) => codeOf.get(d.issueId))
        .sort(),
    ).toEqual(['E1.1', 'E1.2', 'E1.3'])
    expect(snapshot.doubleMateriality?.scores).toHaveLength(3)
    // The final list reads each topic's tier from the method (both material by I_t or F_t),
    // not from the survey, where they had no answers and would be review issues.
    const finalList = admin.page.getByTestId('final-list')
    await expect(finalList.locator('.issue-no').allTextContents()).resolves.toEqual(
      snapshot.order.map((issueId) => codeOf.get(issueId)),
    )
    await expect(finalList.textContent()).resolves.not.toMatch(/Review issue|Computed tier/)
    // The confirmed version shows the sealed scores in rank order, with the stakeholder views.
    const sealedTopics = admin.page.getByTestId('sealed-topics')
    await sealedTopics.locator('summary').click()
    const firstRows = sealedTopics.locator('tbody tr')
    await expect(firstRows.nth(0).textContent()).resolves.toMatch(/^1S4\.1.*—4\.00— \/ —$/)
    await expect(firstRows.nth(1).textContent()).resolves.toMatch(/^2S2\.1.*3\.67—— \/ —$/)
    await sealedTopics.scrollIntoViewIfNeeded()
    await screenshot(admin.page, 'double-confirmed-sealed-topics-en-desktop')
    await admin.page.setViewportSize(PHONE)
    const phoneWidth = await admin.page.evaluate(() => document.documentElement.scrollWidth)
    expect(phoneWidth).toBeLessThanOrEqual(PHONE.width)
    await screenshot(admin.page, 'double-confirmed-sealed-topics-en-phone')
    await admin.page.setViewportSize(DESKTOP)
    await admin.context.close()

    const board = await newPage(app.browser, PHONE, 'zh-HK')
    await signInAs(board.page, app.server.url, {
      email: 'board@example.com',
      password: ADMIN.password,
    })
    await board.page.goto(`${app.server.url}/assessments/${id}/confirmation`)
    await board.page.getByRole('heading', { name: '董事會批准' }).waitFor()
    await board.page.getByRole('radio', { name: '批准' }).check()
    await board.page.getByRole('button', { name: '批准此版本' }).click()
    await board.page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click()
    await board.page.getByRole('link', { name: '開啟披露草稿' }).click()
    const report = board.page.locator('article.report')
    // The report is written in the assessment's language (English) until another is chosen.
    await report
      .getByRole('heading', {
        name: 'ESRS 2 IRO-1: Process to identify and assess material impacts, risks and opportunities',
      })
      .waitFor()
    await report.getByText(/^\(e\) Integration with risk management:/).waitFor()
    await board.page.getByRole('radio', { name: '繁體中文' }).check()
    for (const title of [
      'ESRS 2 IRO-1：識別及評估重大影響、風險和機遇的流程',
      'ESRS 2 SBM-3：重大影響、風險和機遇',
      'ESRS 2 IRO-2：本報告涵蓋的重要性議題',
      '氣候相關風險和機遇（聯交所《環境、社會及管治報告守則》D部分）',
    ]) {
      await report.getByRole('heading', { name: title }).waitFor()
    }
    await report.getByText(/^\(h\) 變更：/).waitFor()
    // SBM-3 names the material IROs; Part D prints the explanation, marked as written in English.
    await report.getByRole('cell', { name: 'Fines after a breach of customer data' }).waitFor()
    const partD = await report.textContent()
    expect(partD).toContain(`「${CLIMATE_REASON.slice(0, -1)}」（原文為英文）`)
    const [decided] = await rows<{ decision: string }>(
      app.database,
      sql`SELECT a.decision FROM approvals a JOIN confirmations c ON c.id = a.confirmation_id
          WHERE c.assessment_id = ${id}::bigint`,
    )
    expect(decided?.decision).toBe('approve')
    const width2 = await board.page.evaluate(() => document.documentElement.scrollWidth)
    expect(width2).toBeLessThanOrEqual(PHONE.width)
    await screenshot(board.page, 'double-disclosure-zh-Hant-phone')
    await board.page.setViewportSize(DESKTOP)
    await screenshot(board.page, 'double-disclosure-zh-Hant-desktop')
    await board.context.close()
  })
})
