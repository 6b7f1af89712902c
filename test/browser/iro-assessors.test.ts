import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { ADMIN, seedAdmin, seedUser } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
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

const BANDS = { basis: 'EBITDA', limits: [0.5, 1, 2.5, 5] }

/** Through the API as the admin: a double assessment with bands, three IROs, opened. */
async function setUp(page: Page) {
  const origin = app.server.url
  const created = await pageApi<{ id: string; organisationId: string }>(
    page,
    origin,
    'POST',
    '/api/assessments',
    { name: 'FY2025 double materiality', method: 'double', library: 'esrs' },
  )
  const path = `/api/assessments/${created.id}`
  await pageApi(page, origin, 'PATCH', path, {
    settings: {
      doubleMateriality: {
        formula: 'mode-b',
        thresholds: { impact: 3, financial: 3 },
        magnitudeBands: BANDS,
      },
    },
  })
  const { issues } = await pageApi<{ issues: { id: string; code: string }[] }>(
    page,
    origin,
    'GET',
    `${path}/issues`,
  )
  const topic = (code: string) => issues.find((issue) => issue.code === code)!.id
  const add = (body: Record<string, unknown>) =>
    pageApi<{ id: string }>(page, origin, 'POST', `${path}/iros`, body)
  const risk = await add({
    issueId: topic('E1.3'),
    type: 'risk',
    actual: false,
    horizons: ['short'],
    description: 'Power price spikes for GPU clusters',
  })
  const privacy = await add({
    issueId: topic('S4.1'),
    type: 'negative-impact',
    actual: true,
    description: 'Voice recordings kept longer than users agreed',
  })
  const talent = await add({
    issueId: topic('S1.2'),
    type: 'positive-impact',
    actual: true,
    description: 'AI skills training for staff',
  })
  await pageApi(page, origin, 'PATCH', path, { status: 'open' })
  const organisationId = Number(created.organisationId)
  await seedUser(app.database, { email: 'expert@example.com', role: 'assessor', organisationId })
  await seedUser(app.database, { email: 'second@example.com', role: 'assessor', organisationId })
  return { id: created.id, risk: risk.id, privacy: privacy.id, talent: talent.id }
}

const assignments = (assessmentId: string) =>
  rows<{ iro: string; email: string }>(
    app.database,
    sql`SELECT a.iro_id::text AS iro, u.email FROM iro_assignments a
        JOIN iros i ON i.id = a.iro_id JOIN users u ON u.id = a.assessor_id
        WHERE i.assessment_id = ${assessmentId}::bigint ORDER BY a.iro_id, u.email`,
  )

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

describe('assessors of a double-materiality assessment', () => {
  test('assigned by topic and by hand, an assessor scores on a phone with the company’s bands, the team sees progress and reminds', async () => {
    const errors: string[] = []
    const admin = await newPage(app.browser, DESKTOP, 'en-GB')
    admin.page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(admin.page, app.server.url, { email: ADMIN.email })
    const ids = await setUp(admin.page)
    const tab = `${app.server.url}/assessments/${ids.id}/iros`

    // By topic: the expert gets the IROs under E1.3 and S4.1.
    await admin.page.goto(tab)
    await admin.page.getByText('Assign by topic').click()
    const assign = admin.page.locator('form').filter({ hasText: 'Who scores' })
    await assign.getByRole('checkbox', { name: 'expert' }).check()
    await assign.getByRole('checkbox', { name: 'E1.3 Energy' }).check()
    await assign
      .getByRole('checkbox', {
        name: 'S4.1 Information-related impacts for consumers and/or end-users',
      })
      .check()
    await assign.getByRole('button', { name: 'Assign' }).click()
    await admin.page.getByRole('status').filter({ hasText: '2 assignments added.' }).waitFor()
    // By hand: the second assessor scores the training IRO.
    const talentCard = admin.page.getByTestId(`iro-${ids.talent}`)
    await talentCard.getByText('Nobody is assigned.').click()
    await talentCard.getByRole('checkbox', { name: 'second' }).check()
    await talentCard.getByRole('button', { name: 'Save who scores it' }).click()
    await talentCard.getByText('Assigned to second').first().waitFor()
    expect(await assignments(ids.id)).toEqual([
      { iro: ids.risk, email: 'expert@example.com' },
      { iro: ids.privacy, email: 'expert@example.com' },
      { iro: ids.talent, email: 'second@example.com' },
    ])
    await admin.page
      .getByTestId(/^progress-/)
      .first()
      .waitFor()
    await screenshot(admin.page, 'iro-assessors-en-desktop')

    // The expert, on a phone in English: their two IROs first, the bands beside magnitude.
    const phone = await newPage(app.browser, PHONE, 'en-GB')
    phone.page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(phone.page, app.server.url, { email: 'expert@example.com' })
    await phone.page.goto(tab)
    const banner = phone.page.getByTestId('my-scoring')
    await banner.getByText('2 of the 2 assigned to you are left to score.').waitFor()
    await phone.page.getByRole('heading', { name: 'Assigned to you' }).waitFor()
    const mine = phone.page.getByRole('list', { name: 'Assigned to you' }).getByRole('heading')
    expect(await mine.allTextContents()).toEqual([
      'Power price spikes for GPU clusters',
      'Voice recordings kept longer than users agreed',
    ])
    // Not assigned to the expert: the training IRO has no score form for them.
    const talentOnPhone = phone.page.getByTestId(`iro-${ids.talent}`)
    await talentOnPhone.waitFor({ state: 'attached' })
    expect(await talentOnPhone.getByText('Score', { exact: true }).count()).toBe(0)
    const riskCard = phone.page.getByTestId(`iro-${ids.risk}`)
    await riskCard.getByText('Score', { exact: true }).click()
    const magnitude = riskCard.getByRole('group', {
      name: 'Short (≤ 1 year) · Magnitude: how large is the financial effect?',
    })
    expect(await magnitude.getByRole('radio').count()).toBe(6)
    await magnitude.getByRole('radio', { name: '4 · Major (2.5–5% of EBITDA)' }).check()
    await magnitude.getByRole('radio', { name: '1 · Negligible (below 0.5% of EBITDA)' }).waitFor()
    await magnitude.getByRole('radio', { name: '5 · Critical (5% of EBITDA or more)' }).waitFor()
    await riskCard
      .getByRole('group', { name: 'Short (≤ 1 year) · Likelihood: how likely is it to happen?' })
      .getByRole('radio', { name: /^3 · / })
      .check()
    await riskCard.getByRole('button', { name: 'Save my scores' }).click()
    await banner.getByText('1 of the 2 assigned to you is left to score.').waitFor()
    const stored = await rows<{ iro: string; scores: unknown }>(
      app.database,
      sql`SELECT iro_id::text AS iro, scores FROM iro_scores`,
    )
    expect(stored).toEqual([
      { iro: ids.risk, scores: { horizons: { short: { magnitude: 4, likelihood: 3 } } } },
    ])
    expect(await noOverflow(phone.page)).toBeLessThanOrEqual(0)
    await screenshot(phone.page, 'iro-assessors-scoring-en-phone')
    await phone.context.close()

    // The team sees 1 of 2 and reminds the expert, with a note.
    await admin.page.reload()
    const expertRow = admin.page.getByTestId(/^progress-/).filter({ hasText: 'expert' })
    await expertRow.getByText('1 of 2 scored').waitFor()
    await expertRow.getByText('Remind expert').click()
    await expertRow.getByLabel('Note for the assessor (optional)').fill('Before Friday, please')
    await expertRow.getByRole('button', { name: 'Remind' }).click()
    await admin.page
      .getByRole('status')
      .filter({ hasText: 'Reminder recorded for expert.' })
      .waitFor()
    const reminders = await rows<{ email: string; note: string; remaining: number }>(
      app.database,
      sql`SELECT u.email, r.note, r.remaining FROM assessor_reminders r
          JOIN users u ON u.id = r.assessor_id`,
    )
    expect(reminders).toEqual([
      { email: 'expert@example.com', note: 'Before Friday, please', remaining: 1 },
    ])
    await admin.page.getByRole('heading', { name: 'Assessors’ progress' }).scrollIntoViewIfNeeded()
    await screenshot(admin.page, 'iro-assessors-progress-en-desktop')
    // The drill-down: the assessors' mean, spread and count per component, the views beside.
    await admin.page.getByRole('button', { name: 'E1.3 Energy' }).click()
    const detail = admin.page.getByTestId('dm-topic-detail')
    const magnitudeRow = detail.getByRole('row', { name: /Short \(≤ 1 year\) · Magnitude/ })
    expect(await magnitudeRow.getByRole('cell').allTextContents()).toEqual(['4.00', '0', '1'])
    await detail
      .getByRole('row', {
        name: /^Financial: experts against investors and lenders 3\.46 No survey answers/,
      })
      .waitFor()
    await detail.scrollIntoViewIfNeeded()
    await screenshot(admin.page, 'iro-assessors-drilldown-en-desktop')
    await admin.context.close()

    // The expert again, on a phone in 繁體中文: the reminder, then the last IRO.
    const zh = await newPage(app.browser, PHONE, 'zh-HK')
    zh.page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(zh.page, app.server.url, { email: 'expert@example.com' })
    await zh.page.goto(tab)
    const zhBanner = zh.page.getByTestId('my-scoring')
    await zhBanner.getByText('指派給你的 2 項中，尚有 1 項待評分。').waitFor()
    await zhBanner.getByText(/Ada Admin於.+提醒了你：「Before Friday, please」/).waitFor()
    const zhRisk = zh.page.getByTestId(`iro-${ids.risk}`)
    await zhRisk.getByText('評分', { exact: true }).click()
    await zhRisk.getByRole('radio', { name: '4 · 重大（EBITDA的2.5–5%）' }).waitFor()
    const zhPrivacy = zh.page.getByTestId(`iro-${ids.privacy}`)
    await zhPrivacy.getByText('評分', { exact: true }).click()
    for (const [name, point] of [
      ['程度：影響有多嚴重？', '4'],
      ['範圍：影響有多廣泛？', '3'],
      ['不可補救性：有多難補救？', '2'],
    ] as const) {
      await zhPrivacy.getByRole('group', { name }).locator(`input[value="${point}"]`).check()
    }
    await zhPrivacy.getByRole('button', { name: '儲存我的評分' }).click()
    await zhBanner.getByText('指派給你的項目已全部評分，謝謝。').waitFor()
    const [privacy] = await rows<{ scores: unknown }>(
      app.database,
      sql`SELECT scores FROM iro_scores WHERE iro_id = ${ids.privacy}::bigint`,
    )
    expect(privacy?.scores).toEqual({ scale: 4, scope: 3, irremediability: 2 })
    expect(await noOverflow(zh.page)).toBeLessThanOrEqual(0)
    await screenshot(zh.page, 'iro-assessors-scoring-zh-hant-phone')
    await zh.context.close()
    expect(errors).toEqual([])
  })
})

describe('reminders in the product: at most one a day per assessor', () => {
  test.each([
    { locale: 'en', browser: 'en-GB', viewport: DESKTOP },
    { locale: 'zh-Hant', browser: 'zh-HK', viewport: PHONE },
    { locale: 'zh-Hans', browser: 'zh-CN', viewport: PHONE },
  ] as const)(
    '$locale: a reminder recorded meanwhile refuses the click, which says so and from when the next one can be',
    async ({ locale, browser, viewport }) => {
      const t = iroScoringText[locale]
      const origin = app.server.url
      const { context, page } = await newPage(app.browser, viewport, browser)
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await signInAs(page, origin, { email: ADMIN.email })
      const created = await pageApi<{ id: string; organisationId: string }>(
        page,
        origin,
        'POST',
        '/api/assessments',
        { name: `Reminders ${locale}`, method: 'double', library: 'esrs' },
      )
      const path = `/api/assessments/${created.id}`
      const { issues } = await pageApi<{ issues: { id: string; code: string }[] }>(
        page,
        origin,
        'GET',
        `${path}/issues`,
      )
      const iro = await pageApi<{ id: string }>(page, origin, 'POST', `${path}/iros`, {
        issueId: issues.find((issue) => issue.code === 'S4.1')?.id,
        type: 'negative-impact',
        actual: true,
        description: 'Voice recordings kept longer than users agreed',
      })
      const who = `reminded-${locale.toLowerCase()}`
      const { userId } = await seedUser(app.database, {
        email: `${who}@example.com`,
        role: 'assessor',
        organisationId: Number(created.organisationId),
      })
      const assessorId = String(userId)
      await pageApi(page, origin, 'POST', `${path}/iro-assignments`, {
        assessorIds: [assessorId],
        iroIds: [iro.id],
      })
      await page.goto(`${origin}/assessments/${created.id}/iros`)
      const row = page.getByTestId(`progress-${assessorId}`)
      await row.getByText(t.remindWho(who)).click()
      // Another admin reminds the assessor while this page is open.
      await pageApi(page, origin, 'POST', `${path}/assessor-reminders`, { assessorId })
      await row.getByRole('button', { name: t.remind, exact: true }).click()
      await row.getByRole('alert').getByText(t.reminderTooSoon(who)).waitFor()
      const { assessors } = await pageApi<{
        assessors: { assessorId: string; nextReminderAt: string | null }[]
      }>(page, origin, 'GET', `${path}/assessor-progress`)
      const next = assessors.find((entry) => entry.assessorId === assessorId)?.nextReminderAt
      expect(next).toEqual(expect.any(String))
      // The time as this browser writes it in its own variant of the language.
      const when = await page.evaluate(
        ([at, tag]) =>
          new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date(at),
          ),
        [next ?? '', browser] as const,
      )
      await row.getByText(t.nextReminder(when)).waitFor()
      expect(await row.getByRole('button', { name: t.remind, exact: true }).isDisabled()).toBe(true)
      const stored = await rows<{ n: number }>(
        app.database,
        sql`SELECT count(*)::int AS n FROM assessor_reminders
            WHERE assessment_id = ${created.id}::bigint AND assessor_id = ${assessorId}::bigint`,
      )
      expect(stored[0]?.n).toBe(1)
      expect(await noOverflow(page)).toBeLessThanOrEqual(0)
      await row.scrollIntoViewIfNeeded()
      await screenshot(page, `iro-reminder-too-soon-${locale}`)
      await context.close()
      expect(errors).toEqual([])
    },
  )
})
