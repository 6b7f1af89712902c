import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { seedAdmin } from '../support/app.ts'
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
import { fullRatings } from '../support/survey.ts'

// The Invitations tab's "Reminders and responses over time" (issue 16.7): the stretch after the
// invitations and the one after the reminders, with what the database holds.

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

const VIEWS = [
  {
    name: 'en-desktop',
    viewport: DESKTOP,
    locale: 'en-GB',
    // The register is the organisation's: each view invites its own group.
    group: 'customers',
    text: { tab: 'Invitations', title: 'Reminders and responses over time', fewer: 'Fewer than 3' },
  },
  {
    name: 'zh-Hant-phone',
    viewport: PHONE,
    locale: 'zh-HK',
    group: 'employees',
    text: { tab: '邀請', title: '提示與回應的時間分佈', fewer: '少於 3' },
  },
] as const

/** Answers through an invitation's link, as the survey app does. */
async function answer(page: Page, token: string) {
  const questionnaire = await pageApi<{
    issues: { id: string; axes: ('impact' | 'stakeholder')[] }[]
  }>(page, app.server.url, 'GET', `/api/survey/${token}`)
  await pageApi(page, app.server.url, 'POST', `/api/survey/${token}/submit`, {
    submissionId: crypto.randomUUID(),
    locale: 'en',
    ratings: fullRatings(questionnaire),
  })
}

describe('reminders and their effect on the Invitations tab', () => {
  for (const view of VIEWS) {
    test(`${view.name}: a stretch after the invitations and one after the reminders`, async () => {
      const { context, page } = await newPage(app.browser, view.viewport, view.locale)
      await signInAs(page, app.server.url)
      const post = <T>(path: string, data: unknown) =>
        pageApi<T>(page, app.server.url, 'POST', path, data)
      const assessment = await post<{ id: string; organisationId: string }>('/api/assessments', {
        name: `FY2025 ${view.name}`,
      })
      const id = assessment.id
      const contacts = ['a', 'b', 'c', 'd', 'e'].map((n) => ({
        name: `Person ${n.toUpperCase()}`,
        email: `${n}@${view.name.toLowerCase()}.example.com`,
        group: view.group,
        language: 'en',
      }))
      await post(`/api/organisations/${assessment.organisationId}/contacts`, contacts)
      await post(`/api/assessments/${id}/invitations`, { groups: [view.group] })
      await pageApi(page, app.server.url, 'PATCH', `/api/assessments/${id}`, { status: 'open' })
      // Invited six days ago (the server's clock is the real one); reminded today.
      await app.database.db.execute(
        sql`UPDATE invitations SET invited_on = current_date - 6 WHERE assessment_id = ${Number(id)}`,
      )
      expect(await post(`/api/assessments/${id}/reminders`, {})).toEqual({ queued: 5 })
      const tokens = await rows<{ token: string }>(
        app.database,
        sql`SELECT token FROM invitations WHERE assessment_id = ${Number(id)} ORDER BY id LIMIT 3`,
      )
      for (const { token } of tokens) await answer(page, token)

      await page.goto(`${app.server.url}/assessments/${id}`)
      await page.getByRole('link', { name: view.text.tab, exact: true }).click()
      const section = page.getByRole('region', { name: view.text.title })
      await expect.poll(() => section.locator('tbody tr').count(), { timeout: 10_000 }).toBe(2)
      const cells = async (row: number) =>
        (await section.locator('tbody tr').nth(row).locator('td').allInnerTexts()).map((s) =>
          s.trim(),
        )
      // Reminders sent, all groups, per day, the group.
      expect(await cells(0)).toEqual(['0', '0', '0', '0'])
      expect(await cells(1)).toEqual(['5', '3', '3', '3'])
      await screenshot(page, `invitations-timeline-${view.name}`)
      await expectAccessible(page, `invitations timeline, ${view.name}`)
      await context.close()
    }, 120_000)
  }
})
