import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { ensureSeedLinks, insertSeedResponses } from '#db/queries/seed-responses'
import { createApp } from '#server/app'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { demoRespondents } from '#server/demo/responses'
import type { Comparison } from '#surveys/domain/year-over-year'
import type { ComparisonView } from '#surveys/schemas/comparison-view'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { client } from '../support/app.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  SCREENSHOTS,
  screenshot,
  settledPositions,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'
import { assessmentIds } from '../support/matrix.ts'

let demo: Awaited<ReturnType<typeof loadDemo>>
let api: ReturnType<typeof client>
let thisYear: string

/**
 * This year, copied forward from the demo (FY2023): the demo's simulated respondents drawn again
 * with another seed, and a few real changes: 3 gains on the stakeholder axis (enters the
 * material set), 30 falls on both (leaves it), 20 and 24 move, and 33 is dropped from the list.
 */
const SHIFTS: Record<string, [number, number]> = {
  '3': [0, 2],
  '30': [-2, -2],
  '20': [1, 0.5],
  '24': [0.5, 1],
}

async function seedThisYear(assessmentId: number, seed = 2024) {
  const { db } = app.database
  const { issues, groups } = await assessmentIds(app.database, assessmentId)
  const codeOf = new Map([...issues].map(([code, id]) => [id, code]))
  const links = await ensureSeedLinks(db, assessmentId)
  const demoIssues = [...issues].map(([code, id]) => ({ id, code }))
  const responses = demoRespondents(demoIssues, seed).map((respondent) => {
    const groupId = groups.get(respondent.groupKey)!
    const ratings = respondent.ratings.map((rating) => {
      const shift = SHIFTS[codeOf.get(rating.issueId)!]
      if (!shift || rating.score === null) return rating
      const moved = rating.score + shift[rating.axis === 'impact' ? 0 : 1]
      return { ...rating, score: Math.min(5, Math.max(1, Math.round(moved))) }
    })
    return { groupId, linkId: links.get(groupId)!, flags: respondent.flags, ratings }
  })
  await insertSeedResponses(db, assessmentId, responses)
}

const app = useBrowserApp(async () => {
  demo = await loadDemo(app.server.deps)
  api = client(createApp(app.server.deps))
  const signedIn = await api.post('/api/auth/login', { email: DEMO_EMAIL, password: demo.password })
  expect(signedIn.status).toBe(200)
  const created = await api.post('/api/assessments', {
    name: 'FY2024 materiality assessment',
    copyFrom: String(demo.assessmentId),
  })
  expect(created.status).toBe(201)
  thisYear = created.json.id
  const issues = (await api.get(`/api/assessments/${thisYear}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  const dropped = issues.find((issue) => issue.code === '33')!
  expect((await api.delete(`/api/assessments/${thisYear}/issues/${dropped.id}`)).status).toBe(204)
  expect((await api.patch(`/api/assessments/${thisYear}`, { status: 'open' })).status).toBe(200)
  await seedThisYear(Number(thisYear))
  expect((await api.patch(`/api/assessments/${thisYear}`, { status: 'closed' })).status).toBe(200)
})

async function openMatrix(page: Page, locale = 'en', id = thisYear) {
  await signInAs(page, app.server.url, { email: DEMO_EMAIL, password: demo.password })
  await page.goto(`${app.server.url}/assessments/${id}/matrix?locale=${locale}`)
  await page.locator('[data-testid=matrix-chart][data-points]').waitFor()
}

/** Arrows the chart should draw: issues of both years, plotted in both, that moved. */
/**
 * The arrows the chart should draw: every moved issue's, or by default (`material` given, the
 * codes material now) only material issues' and those that moved at least 0.25 points.
 */
function expectedArrows(comparison: Comparison, material?: Set<string>): number {
  return comparison.issues.filter((issue) => {
    const { arrowFrom, impact, stakeholder } = issue
    if (issue.presence !== 'both' || !arrowFrom) return false
    if (impact.after === null || stakeholder.after === null) return false
    const moved = Math.hypot(
      arrowFrom.impact - impact.after,
      arrowFrom.stakeholder - stakeholder.after,
    )
    if (moved < 1e-9) return false
    return !material || material.has(issue.code) || moved >= 0.25
  }).length
}

async function materialNow(): Promise<Set<string>> {
  const { json } = await api.get(`/api/assessments/${thisYear}/matrix`)
  const { issues } = json as MatrixView
  return new Set(issues.filter((issue) => issue.tier === 'material').map((issue) => issue.code))
}

const rowOf = (page: Page, code: string) =>
  page
    .getByTestId('ranked-table')
    .locator('tbody tr')
    .filter({ has: page.locator(`td:nth-child(2)`, { hasText: new RegExp(`^${code}$`) }) })

describe('year over year on the matrix tab', () => {
  test('compares with the assessment it was copied from: arrows, Δ columns, badges, sentence', async () => {
    const answer = await api.get(`/api/assessments/${thisYear}/comparison?locale=en`)
    expect(answer.status).toBe(200)
    const { comparison, sentence, previous } = answer.json as ComparisonView
    const all = expectedArrows(comparison!)
    expect(all).toBeGreaterThanOrEqual(25)
    // By default only material issues and large moves: fewer arrows in the crowded middle.
    const arrows = expectedArrows(comparison!, await materialNow())
    expect(arrows).toBeGreaterThanOrEqual(5)
    expect(arrows).toBeLessThan(all)

    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await openMatrix(page)
    const select = page.getByLabel('Compare with')
    expect(await select.inputValue()).toBe(String(demo.assessmentId))
    const chart = page.getByTestId('matrix-chart')
    await page.locator(`[data-testid=matrix-chart][data-arrows="${arrows}"]`).waitFor()
    await page
      .getByText(`Grey arrows run from each issue's position in ${previous!.name}`)
      .waitFor()

    const table = page.getByTestId('ranked-table')
    for (const name of ['Δ Impact', 'Δ Stakeholder', 'Δ Rank']) {
      await table.getByRole('columnheader', { name }).waitFor()
    }
    const three = comparison!.issues.find((issue) => issue.code === '3')!
    expect(three.rank.delta).toBeGreaterThan(1)
    await expect
      .poll(() => rowOf(page, '3').textContent())
      .toContain(`up ${three.rank.delta} places`)
    expect(await rowOf(page, '3').textContent()).toContain('Entered the material set')
    expect(await rowOf(page, '30').textContent()).toContain('Left the material set')
    expect(await rowOf(page, '7').locator('.badge--entered, .badge--left').count()).toBe(0)

    const gone = page.getByTestId('left-or-dropped')
    expect(await gone.textContent()).toContain('30. Research, development and innovation')
    expect(await gone.textContent()).toContain('33. Community development')
    const shown = page.getByTestId('gri-3-2-sentence')
    expect(await shown.textContent()).toBe(sentence)
    expect(sentence).toContain('Greenhouse gas emissions management')
    await settledPositions(page)
    await screenshot(page, 'year-over-year-en-desktop')
    await page
      .getByText(
        'Arrows are drawn for material issues and for issues that moved at least 0.25 points.',
      )
      .waitFor()
    await page.getByLabel('Show every issue’s arrow').check()
    await page.locator(`[data-testid=matrix-chart][data-arrows="${all}"]`).waitFor()
    await settledPositions(page)
    await screenshot(page, 'year-over-year-all-arrows-en-desktop')
    await page.getByLabel('Show every issue’s arrow').uncheck()
    await page.locator(`[data-testid=matrix-chart][data-arrows="${arrows}"]`).waitFor()

    // No comparison: the arrows and the Δ columns go, and come back with the earlier year.
    await select.selectOption('')
    await page.locator('[data-testid=matrix-chart][data-arrows="0"]').waitFor()
    expect(await table.getByRole('columnheader', { name: 'Δ Rank' }).count()).toBe(0)
    expect(await page.getByTestId('gri-3-2-sentence').count()).toBe(0)
    await select.selectOption(String(demo.assessmentId))
    await page.locator(`[data-testid=matrix-chart][data-arrows="${arrows}"]`).waitFor()
    expect(await chart.getAttribute('data-points')).toBe('32')
    await context.close()
  })

  test('on a phone, in Traditional Chinese', async () => {
    const answer = await api.get(`/api/assessments/${thisYear}/comparison?locale=zh-Hant`)
    const { comparison, sentence } = answer.json as ComparisonView
    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    await openMatrix(page, 'zh-Hant')
    await page.getByLabel('比較對象').waitFor()
    const arrows = expectedArrows(comparison!, await materialNow())
    await page.locator(`[data-testid=matrix-chart][data-arrows="${arrows}"]`).waitFor()
    await page.getByText('只為重要議題及移動了至少 0.25 分的議題繪畫箭頭。').waitFor()
    await page.getByLabel('顯示所有議題的箭頭').check()
    await page
      .locator(`[data-testid=matrix-chart][data-arrows="${expectedArrows(comparison!)}"]`)
      .waitFor()
    await page.getByLabel('顯示所有議題的箭頭').uncheck()
    await page.locator(`[data-testid=matrix-chart][data-arrows="${arrows}"]`).waitFor()
    await page.getByTestId('ranked-table').getByRole('columnheader', { name: 'Δ 排名' }).waitFor()
    expect(await page.getByTestId('gri-3-2-sentence').textContent()).toBe(sentence)
    expect(sentence).toContain('溫室氣體排放管理')
    // The page itself does not scroll sideways; only the table does, inside its wrapper.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await settledPositions(page)
    await screenshot(page, 'year-over-year-zh-Hant-phone')
    // The Δ columns, scrolled into the phone's view.
    const wrap = page.locator('.table-wrap').filter({ has: page.getByTestId('ranked-table') })
    await wrap.evaluate((element) => {
      element.scrollLeft = 420
    })
    await wrap.screenshot({ path: join(SCREENSHOTS, 'year-over-year-zh-Hant-phone-deltas.png') })
    await context.close()
  })
  test('a year on a 7-point scale says the comparison is normalised', async () => {
    const created = await api.post('/api/assessments', {
      name: 'FY2025 materiality assessment',
      copyFrom: thisYear,
    })
    const next: string = created.json.id
    const patched = await api.patch(`/api/assessments/${next}`, { settings: { scaleMax: 7 } })
    expect(patched.status, patched.text).toBe(200)
    expect((await api.patch(`/api/assessments/${next}`, { status: 'open' })).status).toBe(200)
    await seedThisYear(Number(next), 2025)
    const { comparison } = (await api.get(`/api/assessments/${next}/comparison`))
      .json as ComparisonView
    expect(comparison!.basis).toBe('normalised')

    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    await openMatrix(page, 'en', next)
    expect(await page.getByLabel('Compare with').inputValue()).toBe(thisYear)
    await page
      .locator(`[data-testid=matrix-chart][data-arrows="${expectedArrows(comparison!)}"]`)
      .waitFor()
    const note = page.getByTestId('normalised-note')
    expect(await note.textContent()).toContain('The rating scale changed from 1–5 to 1–7')
    await settledPositions(page)
    await screenshot(page, 'year-over-year-normalised-en-desktop')
    await context.close()
  })
})
