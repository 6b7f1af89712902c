import { sql } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import { seedAdmin } from '../support/app.ts'
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

// The contact edit dialog offers the organisation's custom stakeholder groups beside the six
// defaults, by their names in the reader's language (issue 16.1).

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

const NGOS = {
  key: 'ngos',
  names: { en: 'NGOs', 'zh-Hant': '非政府組織', 'zh-Hans': '非政府组织' },
  expectations: { en: 'Transparency', 'zh-Hant': '透明', 'zh-Hans': '透明' },
  channels: { en: 'Meetings', 'zh-Hant': '會議', 'zh-Hans': '会议' },
  weight: 1,
  axes: ['stakeholder'],
}

const VIEWS = [
  {
    name: 'en-desktop',
    viewport: DESKTOP,
    locale: 'en-GB',
    person: 'Ann Lee',
    text: { edit: 'Edit Ann Lee', group: 'Stakeholder group', save: 'Save', ngos: 'NGOs' },
  },
  {
    name: 'zh-Hant-phone',
    viewport: PHONE,
    locale: 'zh-HK',
    person: 'Ben Wong',
    text: { edit: '編輯Ben Wong', group: '持份者群組', save: '儲存', ngos: '非政府組織' },
  },
] as const

const storedGroup = async (email: string) =>
  (
    await rows<{ group: string }>(
      app.database,
      sql`SELECT "group" FROM contacts WHERE email = ${email}`,
    )
  )[0]?.group

describe('a contact moved into a custom stakeholder group', () => {
  test('the custom group is in the edit dialog by name; saving stores its key', async () => {
    for (const view of VIEWS) {
      const { context, page } = await newPage(app.browser, view.viewport, view.locale)
      await signInAs(page, app.server.url)
      const post = (path: string, data: unknown) =>
        pageApi<{ id: string; organisationId: string }>(page, app.server.url, 'POST', path, data)
      if (view.name === 'en-desktop') {
        const assessment = await post('/api/assessments', { name: 'FY2025' })
        await post(`/api/assessments/${assessment.id}/groups`, NGOS)
      }
      const me = await pageApi<{ organisations: { id: string }[] }>(
        page,
        app.server.url,
        'GET',
        '/api/auth/me',
      )
      const email = `${view.name.toLowerCase()}@example.com`
      await post(`/api/organisations/${me.organisations[0]?.id}/contacts`, [
        { name: view.person, email, group: 'customers', language: 'en' },
      ])
      await page.goto(`${app.server.url}/settings/contacts`)
      await page.getByRole('button', { name: view.text.edit }).click()
      const dialog = page.getByRole('dialog', { name: view.text.edit })
      await dialog.getByLabel(view.text.group).selectOption({ label: view.text.ngos })
      await screenshot(page, `contacts-custom-group-${view.name}`)
      await dialog.getByRole('button', { name: view.text.save }).click()
      await expect.poll(() => storedGroup(email), { timeout: 10_000 }).toBe('ngos')
      await expect
        .poll(() => page.getByRole('row', { name: view.person }).textContent(), { timeout: 10_000 })
        .toContain(view.text.ngos)
      await context.close()
    }
  }, 120_000)
})
