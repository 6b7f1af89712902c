import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { ADMIN, seedAdmin, seedUser } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { DESKTOP, newPage, PHONE, screenshot, useBrowserApp } from '../support/browser.ts'

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

async function signIn(page: Page, email: string, path: string) {
  await page.goto(`${app.server.url}${path}`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

const iroRows = (assessmentId: string) =>
  rows<{ id: string; code: string; type: string; actual: boolean; horizons: string[] }>(
    app.database,
    sql`SELECT r.id::text, i.code, r.type, r.actual, r.horizons FROM iros r
        JOIN assessment_issues i ON i.id = r.issue_id
        WHERE r.assessment_id = ${assessmentId}::bigint ORDER BY r.id`,
  )

describe('double materiality', () => {
  test('an admin creates one on the ESRS topics and adds a risk; an assessor scores it on a phone', async () => {
    const admin = await newPage(app.browser, DESKTOP, 'en-GB')
    const errors: string[] = []
    admin.page.on('pageerror', (error) => errors.push(error.message))
    await signIn(admin.page, ADMIN.email, '/assessments/new')
    await admin.page.getByRole('heading', { name: 'New assessment' }).waitFor()
    await admin.page.getByLabel('Name').fill('FY2025 double materiality')
    await admin.page.getByRole('radio', { name: 'Double materiality (ESRS/ISSB)' }).check()
    expect(await admin.page.getByLabel('Topics').inputValue()).toBe('esrs')
    // "Start from" names the library chosen, not HKEX's.
    await admin.page
      .getByRole('radio', {
        name: 'ESRS sustainability matters (ESRS 1 AR 16), and the six default groups',
      })
      .waitFor()
    await screenshot(admin.page, 'double-new-assessment-en-desktop')
    await admin.page.getByRole('button', { name: 'Create assessment' }).click()
    await admin.page.getByRole('heading', { name: 'FY2025 double materiality' }).waitFor()
    const id = new URL(admin.page.url()).pathname.split('/')[2] ?? ''
    const [stored] = await rows<{ method: string }>(
      app.database,
      sql`SELECT method FROM assessments WHERE id = ${id}::bigint`,
    )
    expect(stored?.method).toBe('double')

    await admin.page
      .getByRole('navigation', { name: 'Assessment sections' })
      .getByRole('link', { name: 'Impacts, risks and opportunities' })
      .click()
    await admin.page.getByRole('heading', { name: 'Add an impact, risk or opportunity' }).waitFor()
    await admin.page.getByLabel('Topic').selectOption({ label: 'E1.1 Climate change adaptation' })
    await admin.page.getByLabel('Type').selectOption('risk')
    await admin.page.getByRole('checkbox', { name: 'Short (≤ 1 year)' }).check()
    await admin.page.getByRole('checkbox', { name: 'Long (> 5 years)' }).check()
    await admin.page.getByLabel('Description').fill('Typhoons flood the Kwai Chung data centre')
    await admin.page.getByRole('button', { name: 'Add', exact: true }).click()
    await admin.page
      .getByRole('heading', { name: 'Typhoons flood the Kwai Chung data centre' })
      .waitFor()
    await expect
      .poll(() => iroRows(id))
      .toMatchObject([{ code: 'E1.1', type: 'risk', actual: false, horizons: ['short', 'long'] }])
    await screenshot(admin.page, 'double-iros-en-desktop')
    await admin.context.close()

    const organisation = await rows<{ id: number }>(
      app.database,
      sql`SELECT organisation_id AS id FROM assessments WHERE id = ${id}::bigint`,
    )
    const expert = await seedUser(app.database, {
      email: 'expert@example.com',
      role: 'assessor',
      organisationId: Number(organisation[0]?.id),
    })
    // An assessor scores what is assigned to them: the expert gets the register's one IRO.
    await rows(
      app.database,
      sql`INSERT INTO iro_assignments (iro_id, assessor_id)
          SELECT id, ${expert.userId} FROM iros WHERE assessment_id = ${id}::bigint RETURNING iro_id`,
    )
    const phone = await newPage(app.browser, PHONE, 'en-GB')
    phone.page.on('pageerror', (error) => errors.push(error.message))
    await signIn(phone.page, 'expert@example.com', `/assessments/${id}/iros`)
    await phone.page.getByText('Score', { exact: true }).click()
    const short = phone.page.getByRole('group', {
      name: 'Short (≤ 1 year) · Magnitude: how large is the financial effect?',
    })
    await short.getByRole('radio', { name: '4 · Major (5–10% of EBITDA)' }).check()
    await phone.page
      .getByRole('group', { name: 'Short (≤ 1 year) · Likelihood: how likely is it to happen?' })
      .getByRole('radio', { name: '3 · Possible (30–50%)' })
      .check()
    await phone.page
      .getByRole('group', {
        name: 'Long (> 5 years) · Magnitude: how large is the financial effect?',
      })
      .getByRole('radio', { name: '5 · Critical (over 10% of EBITDA)' })
      .check()
    await phone.page.getByRole('button', { name: 'Save my scores' }).click()
    await phone.page.getByRole('status').filter({ hasText: 'Your scores are saved.' }).waitFor()
    const scores = await rows<{ email: string; scores: unknown }>(
      app.database,
      sql`SELECT u.email, s.scores FROM iro_scores s JOIN users u ON u.id = s.assessor_id`,
    )
    expect(scores).toEqual([
      {
        email: 'expert@example.com',
        scores: {
          horizons: {
            short: { magnitude: 4, likelihood: 3 },
            long: { magnitude: 5, likelihood: null },
          },
        },
      },
    ])
    // √(4·3) = 3.46 on the short horizon; the long one has no likelihood.
    await phone.page.getByRole('cell', { name: '3.46' }).waitFor()
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(phone.page, 'double-scoring-en-phone')
    await phone.context.close()

    // The matrix: a point for E1.1 at (edge, 3.46), a what-if threshold that is not saved, and
    // a click on the point opening its IROs.
    const desk = await newPage(app.browser, DESKTOP, 'en-GB')
    desk.page.on('pageerror', (error) => errors.push(error.message))
    await signIn(desk.page, ADMIN.email, `/assessments/${id}/iros`)
    const chart = desk.page.getByTestId('dm-chart')
    await expect.poll(() => chart.getAttribute('data-positions')).toMatch(/^E1\.1:\d+,\d+$/)
    const row = desk.page.getByRole('row', { name: /E1\.1 Climate change adaptation/ })
    await expect.poll(() => row.getByRole('cell').last().textContent()).toBe('Yes')
    await desk.page.getByLabel('What-if financial threshold').fill('3.5')
    await expect.poll(() => row.getByRole('cell').last().textContent()).toBe('No')
    const [stored2] = await rows<{ settings: { doubleMateriality: unknown } }>(
      app.database,
      sql`SELECT settings FROM assessments WHERE id = ${id}::bigint`,
    )
    expect(stored2?.settings.doubleMateriality).toEqual({
      formula: 'mode-b',
      thresholds: { impact: 3, financial: 3 },
    })
    const [, at = ''] = ((await chart.getAttribute('data-positions')) ?? '').split(':')
    const [x, y] = at.split(',').map(Number)
    await chart.click({ position: { x: x ?? 0, y: y ?? 0 } })
    await desk.page
      .getByRole('heading', {
        name: 'Impacts, risks and opportunities of E1.1 Climate change adaptation',
      })
      .waitFor()
    await screenshot(desk.page, 'double-matrix-en-desktop')
    await desk.context.close()
    expect(errors).toEqual([])
  })
})
