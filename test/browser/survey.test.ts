import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { createTestApp, seedAdmin } from '../support/app.ts'
import { expectAccessible } from '../support/axe.ts'
import { DESKTOP, newPage, PHONE, screenshot, useBrowserApp } from '../support/browser.ts'
import { saveFullDraft, seedSurvey } from '../support/survey.ts'
import { focused, tabTo } from '../support/survey-browser.ts'

let harness: ReturnType<typeof createTestApp>

const app = useBrowserApp()
beforeEach(async () => {
  await app.database.reset()
  harness = createTestApp(app.database)
  await seedAdmin(harness.deps)
})

async function responses() {
  return queryRows<{ id: number; locale: string; ratings: number; suggested: string | null }>(
    app.database.db,
    sql`SELECT r.id::int, r.locale, r.suggested_issues AS suggested,
               (SELECT count(*)::int FROM ratings WHERE response_id = r.id) AS ratings
        FROM responses r`,
  )
}

/**
 * Answers with Tab, Space and the arrow keys only, page after page, until `stopAfter` more
 * questions are answered or the review page is reached. Scores vary (no straight-lining); every
 * seventh is "don't know", reached by ArrowLeft from 1 (radio groups wrap).
 */
async function answerByKeyboard(page: Page, stopAfter = Number.POSITIVE_INFINITY) {
  let answered = 0
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (f.type === 'radio' && !f.checked) {
      if (answered % 7 === 6) await page.keyboard.press('ArrowLeft')
      else if (answered % 5 === 0) await page.keyboard.press('Space')
      else for (let i = 0; i < answered % 5; i++) await page.keyboard.press('ArrowRight')
      answered++
      if (answered >= stopAfter) return answered
    } else if (f.tag === 'button' && ['下一頁', '檢查答案'].includes(f.text)) {
      const last = f.text === '檢查答案'
      await page.keyboard.press('Enter')
      if (last) return answered
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
    }
  }
  throw new Error('ran out of key presses')
}

describe('respondent survey', () => {
  test('all 33 issues in 繁體中文 by keyboard alone, with a reload half-way', async () => {
    const { token } = await seedSurvey(harness.app)
    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    await page.goto(`${app.server.url}/s/${token}?locale=zh-Hant`)
    await page.getByRole('heading', { name: 'Acme Holdings希望聽取您的意見' }).waitFor()
    await expectAccessible(page, 'welcome')
    await tabTo(page, (f) => f.text === '開始作答')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: '環境', level: 1 }).waitFor()
    await expectAccessible(page, 'first section')

    const first = await answerByKeyboard(page, 36)
    await page.getByText('已回答 36 / 66').first().waitFor()
    await page.getByText(/已於 .+ 儲存/).waitFor()
    // The page is in the address (#page=N): a reload comes back to the same aspect, answers kept.
    const section = await page.locator('h1').textContent()
    await page.reload()
    await page.getByText('已回答 36 / 66').first().waitFor()
    expect(await page.locator('h1').textContent()).toBe(section)
    const rest = await answerByKeyboard(page)
    expect(first + rest).toBe(66)

    await page.getByRole('heading', { name: '檢查您的答案' }).waitFor()
    await page.getByText('您已回答所有問題。').waitFor()
    await expectAccessible(page, 'review')
    await tabTo(page, (f) => f.id === 'suggested-issues')
    await page.keyboard.type('夜間送貨噪音')
    await tabTo(page, (f) => f.text === '提交答案')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: '謝謝您' }).waitFor()
    await expectAccessible(page, 'thank-you')
    await context.close()

    const stored = await responses()
    expect(stored).toEqual([
      { id: stored[0]!.id, locale: 'zh-Hant', ratings: 66, suggested: '夜間送貨噪音' },
    ])
    const [nulls] = await queryRows<{ n: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS n FROM ratings WHERE score IS NULL`,
    )
    expect(nulls!.n).toBeGreaterThan(5)
  })
})

describe('resume and delivery', () => {
  test('a single-use link resumes in a second browser with the answers saved', async () => {
    const { token } = await seedSurvey(harness.app)
    const first = await newPage(app.browser, PHONE, 'en-GB')
    await first.page.goto(`${app.server.url}/s/${token}`)
    await first.page.getByRole('button', { name: 'Start the survey' }).click()
    const group = first.page.getByRole('group', {
      name: /Environmental compliance: How significant/,
    })
    await group.getByRole('radio', { name: '4' }).check()
    const water = first.page.getByRole('group', { name: /Water use: How much does it influence/ })
    await water.getByRole('radio', { name: "Don't know / not applicable" }).check()
    await first.page.getByText(/Saved at/).waitFor()

    const second = await newPage(app.browser, PHONE, 'en-GB')
    await second.page.goto(`${app.server.url}/s/${token}`)
    await second.page.getByRole('button', { name: 'Continue where you left off' }).click()
    await second.page.getByText('2 of 66 answered').first().waitFor()
    const again = second.page.getByRole('group', {
      name: /Environmental compliance: How significant/,
    })
    expect(await again.getByRole('radio', { name: '4' }).isChecked()).toBe(true)
    const waterAgain = second.page.getByRole('group', {
      name: /Water use: How much does it influence/,
    })
    expect(
      await waterAgain.getByRole('radio', { name: "Don't know / not applicable" }).isChecked(),
    ).toBe(true)
    await first.context.close()
    await second.context.close()
  })

  test('an open link resumes on another device with the resume code', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const first = await newPage(app.browser, PHONE, 'en-GB')
    await first.page.goto(`${app.server.url}/s/${token}`)
    await first.page.getByRole('button', { name: 'Start the survey' }).click()
    const group = first.page.getByRole('group', { name: /Waste management: How significant/ })
    await group.getByRole('radio', { name: '3 Moderately important' }).check()
    const code = (await first.page.locator('.resume-code').textContent()) ?? ''
    expect(code).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/)
    await first.page.getByText(/Saved at/).waitFor()

    const second = await newPage(app.browser, DESKTOP, 'en-GB')
    await second.page.goto(`${app.server.url}/s/${token}`)
    await second.page.getByLabel('Resume code').fill(code.toLowerCase())
    await second.page.getByRole('button', { name: 'Resume', exact: true }).click()
    const again = second.page.getByRole('group', { name: /Waste management: How significant/ })
    await again.waitFor()
    expect(await again.getByRole('radio', { name: '3 Moderately important' }).isChecked()).toBe(
      true,
    )
    await second.page.locator('.resume-code', { hasText: code }).waitFor()
    await first.context.close()
    await second.context.close()
  })

  test('offline at submit: it keeps trying, and ends with exactly one response', async () => {
    const { token } = await seedSurvey(harness.app)
    await saveFullDraft(app.server.url, token)
    const { context, page } = await newPage(app.browser, PHONE, 'en-GB')
    await page.goto(`${app.server.url}/s/${token}`)
    await page.getByRole('button', { name: 'Continue where you left off' }).click()
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor()
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Submit my answers' }).click()
    await page.getByText(/You seem to be offline/).waitFor()
    await screenshot(page, 'survey-offline-en-phone')
    await expectAccessible(page, 'sending while offline')
    expect(await responses()).toEqual([])
    await context.setOffline(false)
    await page.getByRole('heading', { name: 'Thank you' }).waitFor()
    expect(await responses()).toHaveLength(1)
    // The thank-you page cleared this browser's copy; the link now says it was used.
    await page.reload()
    await page.getByRole('heading', { name: 'You have already answered' }).waitFor()
    expect(await responses()).toHaveLength(1)
    await context.close()
  })

  test('submitting with questions open lists each, and a link takes you to it', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const { context, page } = await newPage(app.browser, PHONE, 'en-GB')
    await page.goto(`${app.server.url}/s/${token}`)
    await page.getByRole('button', { name: 'Start the survey' }).click()
    const first = page.getByRole('group', { name: /Environmental compliance: How significant/ })
    await first.getByRole('radio', { name: '5' }).check()
    await page.getByText(/Your resume code/).waitFor()
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Review your answers' }).click()
    await page.getByRole('button', { name: 'Submit my answers' }).click()
    const summary = page.getByRole('alert')
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor()
    await expectAccessible(page, 'review with errors')
    await screenshot(page, 'survey-review-errors-en-phone')
    await summary.getByRole('link', { name: /Environmental compliance: influence on you/ }).click()
    await page.getByRole('heading', { name: 'Environmental', level: 1 }).waitFor()
    const active = await focused(page)
    expect(active).toMatchObject({ type: 'radio', checked: false })
    await page
      .getByText(/Answer this question or choose/)
      .first()
      .waitFor()
    await expectAccessible(page, 'section with errors')
    await screenshot(page, 'survey-section-errors-en-phone')
    await context.close()
    expect(await responses()).toEqual([])
  })
})

describe('language and layout', () => {
  test('switching language keeps the answers; no sideways scrolling at 360 px or 200% zoom', async () => {
    const { token } = await seedSurvey(harness.app)
    const { context, page } = await newPage(app.browser, { width: 360, height: 740 }, 'en-GB')
    const response = await page.goto(`${app.server.url}/s/${token}`)
    expect(response?.headers()['referrer-policy']).toBe('no-referrer')
    await page.getByRole('button', { name: 'Start the survey' }).click()
    const group = page.getByRole('group', { name: /Energy use: How significant/ })
    await group.getByRole('radio', { name: '2' }).check()
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hans')
    await page.getByRole('heading', { name: '能源使用' }).waitFor()
    const again = page.getByRole('group', { name: /^能源使用: 此议题对经济/ })
    expect(await again.getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true)
    expect(page.url()).toContain('locale=zh-Hans')
    await page.getByText('已回答 1 / 66').first().waitFor()
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
    expect(await overflow()).toBe(0)
    // 200% zoom of a 1280 px window lays out like a 640 px one.
    await page.setViewportSize({ width: 640, height: 400 })
    expect(await overflow()).toBe(0)
    await screenshot(page, 'survey-section-zh-Hans-640')
    await context.close()
  })
})
