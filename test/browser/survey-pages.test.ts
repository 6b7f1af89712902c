import { sql } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { createTestApp, seedAdmin } from '../support/app.ts'
import { expectAccessible } from '../support/axe.ts'
import { DESKTOP, newPage, PHONE, screenshot, useBrowserApp } from '../support/browser.ts'
import { saveFullDraft, seedSurvey, submitFull } from '../support/survey.ts'

let harness: ReturnType<typeof createTestApp>

const app = useBrowserApp(async () => {
  harness = createTestApp(app.database)
  await seedAdmin(harness.deps)
})

const LOCALES = [
  { locale: 'en', browser: 'en-GB', start: 'Start the survey', submit: 'Submit my answers' },
  { locale: 'zh-Hant', browser: 'zh-HK', start: '開始作答', submit: '提交答案' },
  { locale: 'zh-Hans', browser: 'zh-CN', start: '开始作答', submit: '提交答案' },
] as const
const VIEWPORTS = [
  { size: PHONE, label: 'phone' },
  { size: DESKTOP, label: 'desktop' },
] as const

describe('every survey page in three languages, phone and desktop', () => {
  for (const l of LOCALES) {
    for (const v of VIEWPORTS) {
      test(`${l.locale} ${v.label}: welcome, section, review with errors; accessible`, async () => {
        const { token } = await seedSurvey(harness.app, { kind: 'open' })
        const { context, page } = await newPage(app.browser, v.size, l.browser)
        await page.goto(`${app.server.url}/s/${token}`)
        const start = page.getByRole('button', { name: l.start })
        await start.waitFor()
        await expectAccessible(page, `welcome ${l.locale}`)
        await screenshot(page, `survey-welcome-${l.locale}-${v.label}`)
        await start.click()
        await page.locator('input[type=radio]').first().check()
        await page.locator('.save-status .resume-code').waitFor()
        // The page is in the address, so a reload comes back to this aspect.
        expect(new URL(page.url()).hash).toBe('#page=1')
        if (v.label === 'phone') {
          await page.reload()
          await page.locator('.section input[type=radio]').first().waitFor()
        }
        await screenshot(page, `survey-section-${l.locale}-${v.label}`)
        await page.locator('.issue button').first().click()
        await page.locator('textarea').first().fill('A comment')
        await expectAccessible(page, `section with comment ${l.locale}`)
        for (let i = 0; i < 4; i++) await page.locator('.page-nav button[type=submit]').click()
        await page.getByRole('button', { name: l.submit }).click()
        await page.locator('.error-summary').waitFor()
        await expectAccessible(page, `review with errors ${l.locale}`)
        await screenshot(page, `survey-review-${l.locale}-${v.label}`)
        await context.close()
      })
    }
  }

  test('thank-you and link-state pages, accessible in every language', async () => {
    const seeded = await seedSurvey(harness.app, { count: 9 })
    const [used, expired, revoked, ...fresh] = seeded.tokens as [
      string,
      string,
      string,
      ...string[],
    ]
    const { token: draft } = await seedSurvey(harness.app, { draft: true })
    const { token: closed, admin, assessmentId } = await seedSurvey(harness.app)
    await admin.patch(`/api/assessments/${assessmentId}`, { status: 'closed' })
    const linkOf = (n: number) =>
      sql`(SELECT id FROM survey_links WHERE assessment_id = ${seeded.assessmentId}
           ORDER BY id OFFSET ${n} LIMIT 1)`
    await app.database.db.execute(
      sql`UPDATE survey_links SET expires_at = '2020-01-01' WHERE id = ${linkOf(1)}`,
    )
    await app.database.db.execute(
      sql`UPDATE survey_links SET revoked_at = now() WHERE id = ${linkOf(2)}`,
    )
    await submitFull(app.server.url, used)
    const states = [
      ['used', used],
      ['expired', expired],
      ['revoked', revoked],
      ['unknown', 'AAAAAAAAAAAAAAAAAAAAAA'],
      ['not-open', draft],
      ['closed', closed],
    ] as const
    for (const l of LOCALES) {
      for (const v of VIEWPORTS) {
        const { context, page } = await newPage(app.browser, v.size, l.browser)
        const check = v.label === 'phone'
        for (const [state, token] of states) {
          await page.goto(`${app.server.url}/s/${token}?locale=${l.locale}`)
          await page.locator('.status-card h1').waitFor()
          if (check) await expectAccessible(page, `${state} ${l.locale}`)
          await screenshot(page, `survey-${state}-${l.locale}-${v.label}`)
        }
        const token = fresh.pop() ?? ''
        await saveFullDraft(app.server.url, token)
        await page.goto(`${app.server.url}/s/${token}?locale=${l.locale}`)
        await page.locator('.welcome button').click()
        await page.getByRole('button', { name: l.submit }).click()
        await page.locator('.status-card--thanks').waitFor()
        if (check) await expectAccessible(page, `thank-you ${l.locale}`)
        await screenshot(page, `survey-thanks-${l.locale}-${v.label}`)
        await context.close()
      }
    }
  })
})
