import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { createApp } from '#server/app'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import type { DoubleComparison } from '#surveys/domain/year-over-year-double'
import type { ComparisonView } from '#surveys/schemas/comparison-view'
import { client } from '../support/app.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  SCREENSHOTS,
  screenshot,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

// Year over year on the double-materiality matrix (issue 15.8): the demo's FY2024 against the
// FY2023 pilot it was copied from — arrows, the Δ table, badges and the GRI 3-2 sentence — and
// against the stakeholder-matrix FY2023, by decisions only.

let demo: Awaited<ReturnType<typeof loadDemo>>
let api: ReturnType<typeof client>

const app = useBrowserApp(async () => {
  demo = await loadDemo(app.server.deps)
  api = client(createApp(app.server.deps))
  const signedIn = await api.post('/api/auth/login', { email: DEMO_EMAIL, password: demo.password })
  expect(signedIn.status).toBe(200)
})

async function openIros(page: Page, locale: string) {
  await signInAs(page, app.server.url, { email: DEMO_EMAIL, password: demo.password })
  await page.goto(`${app.server.url}/assessments/${demo.doubleId}/iros?locale=${locale}`)
  await page.locator('[data-testid=dm-chart][data-positions]').waitFor()
}

async function comparison(locale: string, previous?: number) {
  const query = previous ? `&previous=${previous}` : ''
  const answer = await api.get(
    `/api/assessments/${demo.doubleId}/comparison?locale=${locale}${query}`,
  )
  expect(answer.status, answer.text).toBe(200)
  return answer.json as ComparisonView
}

/**
 * The arrows the matrix should draw: topics scored on both axes in both years that moved; unless
 * `all`, only those material now or moved at least 0.25 (the stakeholder matrix's rule).
 */
async function expectedArrows(double: DoubleComparison, all = false): Promise<number> {
  const result = (await api.get(`/api/assessments/${demo.doubleId}/double-materiality`)).json
  const material = new Map(
    (result.topics as { code: string; material: boolean }[]).map((t) => [t.code, t.material]),
  )
  return double.topics.filter(({ arrowFrom, impact, financial, code }) => {
    if (!arrowFrom || impact.after === null || financial.after === null) return false
    const moved = Math.hypot(arrowFrom.impact - impact.after, arrowFrom.financial - financial.after)
    return moved > 1e-9 && (all || material.get(code) || moved >= 0.25)
  }).length
}

/** The matrix section alone (chart, Δ table, summary): the full page is too tall to look at. */
const matrixShot = (page: Page, name: string) =>
  page
    .locator('section[aria-labelledby=dm-matrix]')
    .screenshot({ path: join(SCREENSHOTS, `${name}.png`) })

const rowOf = (page: Page, code: string) =>
  page.getByTestId('dm-comparison').locator(`tr[data-code="${code}"]`)

describe('year over year on the double-materiality matrix', () => {
  test('against the FY2023 pilot: arrows, I_t and F_t with their Δ, badges, the sentence', async () => {
    const view = await comparison('en')
    const double = view.double!
    expect(view.previous?.id).toBe(String(demo.pilotId))
    const arrows = await expectedArrows(double)
    expect(arrows).toBeGreaterThanOrEqual(3)

    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openIros(page, 'en')
    expect(await page.getByLabel('Compare with').inputValue()).toBe(String(demo.pilotId))
    await page.locator(`[data-testid=dm-chart][data-arrows="${arrows}"]`).waitFor()
    await page
      .getByText(`Grey arrows run from each topic's point in ${view.previous!.name}`)
      .waitFor()
    expect(await page.getByTestId('no-common-topics-note').count()).toBe(0)

    const table = page.getByTestId('dm-comparison')
    for (const name of ['Impact I_t', 'Δ I_t', 'Financial F_t', 'Δ F_t', 'Material set']) {
      await table.getByRole('columnheader', { name, exact: true }).waitFor()
    }
    // E1.2: I_t 2 → 19/6 (+1.17), entered; S1.1 left.
    const e12 = double.topics.find((t) => t.code === 'E1.2')!
    expect(e12.impact.delta).toBeCloseTo(19 / 6 - 2, 12)
    const e12Row = await rowOf(page, 'E1.2').textContent()
    expect(e12Row).toContain(`up ${e12.impact.delta!.toFixed(2)}`)
    expect(e12Row).toContain('was 2.00')
    expect(e12Row).toContain('Entered the material set')
    expect(await rowOf(page, 'S1.1').textContent()).toContain('Left the material set')
    expect(await rowOf(page, 'S4.1').textContent()).toContain('Stayed material')
    expect(await page.getByTestId('left-or-dropped').textContent()).toContain('S1.1')
    expect(await page.getByTestId('gri-3-2-sentence').textContent()).toBe(view.sentence)
    expect(view.sentence).toMatch(/were added to the list of material topics/)
    await screenshot(page, 'year-over-year-double-en-desktop')
    await matrixShot(page, 'year-over-year-double-matrix-en-desktop')

    await page
      .getByText(
        'Arrows are drawn for material topics and for topics that moved at least 0.25 points.',
      )
      .waitFor()
    await page.getByLabel('Show every topic’s arrow').check()
    await page
      .locator(`[data-testid=dm-chart][data-arrows="${await expectedArrows(double, true)}"]`)
      .waitFor()
    await page.getByLabel('Show every topic’s arrow').uncheck()

    // Against the stakeholder-matrix FY2023: decisions only, no Δ columns, no arrows.
    await page.getByLabel('Compare with').selectOption(String(demo.assessmentId))
    await page.getByTestId('decisions-only-note').waitFor()
    // The demo's stakeholder-matrix years use the HKEX issues: no code in common, said so.
    await page.getByTestId('no-common-topics-note').waitFor()
    expect(await page.getByTestId('no-common-topics-note').count()).toBe(1)
    await page.locator('[data-testid=dm-chart][data-arrows="0"]').waitFor()
    expect(await page.getByTestId('dm-comparison').count()).toBe(1)
    expect(await table.getByRole('columnheader', { name: 'Δ I_t' }).count()).toBe(0)
    const across = await comparison('en', demo.assessmentId)
    expect(across.double?.basis).toBe('decisions')
    expect(await page.getByTestId('gri-3-2-sentence').textContent()).toBe(across.sentence)
    await matrixShot(page, 'year-over-year-double-decisions-matrix-en-desktop')

    // The survey matrix tab of a double-materiality assessment points to this one.
    await page.goto(`${app.server.url}/assessments/${demo.doubleId}/matrix?locale=en`)
    await page.getByText('see the matrix on the Impacts, risks and opportunities tab').waitFor()
    expect(await page.getByLabel('Compare with').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  test('on a phone, in Traditional Chinese', async () => {
    const view = await comparison('zh-Hant')
    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    await openIros(page, 'zh-Hant')
    await page.getByLabel('比較對象').waitFor()
    await page
      .locator(`[data-testid=dm-chart][data-arrows="${await expectedArrows(view.double!)}"]`)
      .waitFor()
    const table = page.getByTestId('dm-comparison')
    await table.getByRole('columnheader', { name: 'Δ F_t' }).waitFor()
    expect(await table.locator('caption').textContent()).toBe(
      `與「${view.previous!.name}」比較的議題`,
    )
    expect(await rowOf(page, 'E1.2').textContent()).toContain('新列入重要議題')
    expect(await page.getByTestId('gri-3-2-sentence').textContent()).toBe(view.sentence)
    expect(view.sentence).toMatch(/^與上一報告期相比，/)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await table.scrollIntoViewIfNeeded()
    await screenshot(page, 'year-over-year-double-zh-Hant-phone')
    await matrixShot(page, 'year-over-year-double-matrix-zh-Hant-phone')
    await context.close()
  })
})
