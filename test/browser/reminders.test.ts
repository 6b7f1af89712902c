import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { ADMIN, seedAdmin } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import { expectAccessible } from '../support/axe.ts'
import {
  DESKTOP,
  newPage,
  PHONE,
  pageApi,
  SCREENSHOTS,
  screenshot,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'
import { submitFull } from '../support/survey.ts'

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

const api = (page: Page, method: 'POST' | 'PATCH', path: string, data: unknown) =>
  pageApi<{ id: string }>(page, app.server.url, method, path, data)

/** The messages queued for an assessment, by recipient. */
const storedMessages = (assessmentId: string) =>
  rows<{ recipient: string; locale: string; kind: string; subject: string }>(
    app.database,
    sql`SELECT recipient, locale::text, kind::text, subject FROM messages
        WHERE assessment_id = ${Number(assessmentId)} ORDER BY kind, recipient`,
  )

/** Each invited contact's unused token, by the part of the address before @. */
const tokens = async (assessmentId: string) =>
  Object.fromEntries(
    (
      await rows<{ email: string; token: string }>(
        app.database,
        sql`SELECT c.email, i.token FROM invitations i JOIN contacts c ON c.id = i.contact_id
          WHERE i.assessment_id = ${Number(assessmentId)} AND i.token IS NOT NULL`,
      )
    ).map((row) => [row.email.split('@')[0], row.token]),
  ) as Record<string, string>

const VIEWS = [
  {
    name: 'en-desktop',
    viewport: DESKTOP,
    locale: 'en-GB',
    language: 'en',
    group: 'customers',
    text: {
      contacts: 'Contacts',
      paste: 'Or paste CSV text',
      file: 'File (.csv or .xlsx)',
      import: 'Import',
      imported: '5 contacts were added.',
      tab: 'Invitations',
      kind: 'Which message',
      reminder: 'Reminder',
      subject: 'Subject',
      body: 'Message',
      save: 'Save',
      linkRequired: 'The message needs {link}: it is where the personal survey link goes.',
      unknown: '{nmae} is not a placeholder: use {name}, {link}, {deadline} or {organisation}.',
      mySubject: 'A word from {organisation}, {name}',
      myBody: 'Dear {name},\n\nThere is still time until {deadline}:\n{link}\n\n{organisation}',
      sample: 'Alex Chan',
      preview: 'Preview',
      saved: 'The template was saved.',
      testSend: 'Send a test to me',
      testQueued: `A test message to ${ADMIN.email} is in the outbox (no mail server is set up).`,
      days: 'Days after the invitation',
      max: 'Most reminders per contact',
      gap: 'Fewest days between reminders',
      saveSchedule: 'Save the schedule',
      scheduleSaved: 'The reminder schedule was saved.',
      group: 'Customers',
      invite: 'Invite',
      queued: '5 invitations were queued.',
      remindNow: 'Remind now…',
      confirm: 'Send 4 reminders?',
      send: 'Send',
      reminded: '4 reminders were queued.',
      customSubject: (name: string) => `A word from Acme Holdings, ${name}`,
      ratesTitle: 'Response rate per group',
    },
  },
  {
    name: 'zh-Hant-phone',
    viewport: PHONE,
    locale: 'zh-HK',
    language: 'zh-Hant',
    group: 'suppliers',
    text: {
      contacts: '聯絡人',
      paste: '或貼上 CSV 文字',
      file: '檔案（.csv 或 .xlsx）',
      import: '匯入',
      imported: '已新增 5 位聯絡人。',
      tab: '邀請',
      kind: '郵件',
      reminder: '提示',
      subject: '主旨',
      body: '內容',
      save: '儲存',
      linkRequired: '內容必須包含 {link}：個人問卷連結會放在該處。',
      unknown: '{nmae} 不是預留位置：請使用 {name}、{link}、{deadline} 或 {organisation}。',
      mySubject: '{organisation}誠邀{name}完成問卷',
      myBody: '{name} 您好：\n\n問卷於{deadline}截止：\n{link}\n\n{organisation}',
      sample: '陳大文',
      preview: '預覽',
      saved: '已儲存範本。',
      testSend: '發送測試郵件給我',
      testQueued: `給 ${ADMIN.email} 的測試郵件已放入寄件匣（尚未設定郵件伺服器）。`,
      days: '邀請發出後的日數',
      max: '每位聯絡人最多提示次數',
      gap: '兩次提示最少相隔日數',
      saveSchedule: '儲存時間表',
      scheduleSaved: '已儲存提示時間表。',
      group: '供應商',
      invite: '邀請',
      queued: '已將 5 份邀請加入待發送。',
      remindNow: '立即提示…',
      confirm: '發送 4 封提示？',
      send: '發送',
      reminded: '已將 4 封提示加入待發送。',
      customSubject: (name: string) => `Acme Holdings誠邀${name}完成問卷`,
      ratesTitle: '各群組回應率',
    },
  },
] as const

/** Five contacts of the view's group: three in the view's language, one in each other. */
const contactsCsv = (domain: string, group: string, language: string) =>
  [
    'name,email,group,language',
    `Ann Lee,ann@${domain},${group},${language}`,
    `Ben Wong,ben@${domain},${group},${language}`,
    `Cat Chan,cat@${domain},${group},${language}`,
    `Dee Ho,dee@${domain},${group},${language === 'en' ? 'zh-Hans' : 'en'}`,
    `Eve Yip,eve@${domain},${group},${language === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant'}`,
  ].join('\n')

describe('templates, reminders and the response-rate dashboard', () => {
  for (const view of VIEWS) {
    test(`${view.name}: import contacts, word the reminder (checked, previewed, tried), schedule, invite, remind non-responders after counting, the dashboard`, async () => {
      const { text } = view
      const domain = `r-${view.name.toLowerCase()}.example.com`
      const { context, page } = await newPage(app.browser, view.viewport, view.locale)
      await signInAs(page, app.server.url)

      // Import: pasted on the desktop, a file on the phone.
      await page.getByRole('navigation').getByRole('link', { name: text.contacts }).click()
      await page.waitForURL(/\/settings\/contacts$/)
      const csv = contactsCsv(domain, view.group, view.language)
      if (view.viewport === DESKTOP) await page.getByLabel(text.paste).fill(csv)
      else {
        await page
          .getByLabel(text.file)
          .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
      }
      await page.getByRole('button', { name: text.import, exact: true }).click()
      await page.getByRole('status').filter({ hasText: text.imported }).waitFor()

      const { id } = await api(page, 'POST', '/api/assessments', { name: `FY ${view.name}` })
      await api(page, 'PATCH', `/api/assessments/${id}`, { status: 'open' })
      await page.goto(`${app.server.url}/assessments/${id}`)
      await page.getByRole('link', { name: text.tab, exact: true }).click()
      await page.waitForURL(/\/invitations$/)

      // The reminder in the reader's language: refused without {link} and with a misspelt
      // placeholder, in that language; then previewed for the sample contact, saved and tried.
      const editor = page.getByRole('region', { name: /Message templates|郵件範本/ })
      await editor.getByLabel(text.kind, { exact: true }).selectOption('reminder')
      await editor.getByLabel(text.body, { exact: true }).fill('{nmae}, please answer')
      await editor.getByRole('button', { name: text.save, exact: true }).click()
      await editor.getByText(`${text.unknown} ${text.linkRequired}`).waitFor()
      await editor.getByLabel(text.subject, { exact: true }).fill(text.mySubject)
      await editor.getByLabel(text.body, { exact: true }).fill(text.myBody)
      await editor.getByRole('button', { name: text.preview, exact: true }).click()
      const previewText = editor.getByTestId('preview-text')
      await previewText.waitFor()
      expect(await previewText.textContent()).toContain(text.sample)
      expect(await previewText.textContent()).toMatch(/http:\/\/127\.0\.0\.1:\d+\/s\/example/)
      expect(await editor.frameLocator('iframe').locator('a').getAttribute('href')).toMatch(
        /\/s\/example$/,
      )
      await screenshot(page, `template-preview-${view.name}`)
      // A full-page screenshot leaves the sandboxed frame blank: this one shows the HTML part.
      await editor.locator('iframe').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(SCREENSHOTS, `template-preview-html-${view.name}.png`) })
      await editor.getByRole('button', { name: text.save, exact: true }).click()
      await page.getByRole('status').filter({ hasText: text.saved }).waitFor()
      expect(
        await rows(
          app.database,
          sql`SELECT kind::text, locale::text, subject FROM message_templates
            WHERE assessment_id = ${Number(id)}`,
        ),
      ).toEqual([{ kind: 'reminder', locale: view.language, subject: text.mySubject }])
      await editor.getByRole('button', { name: text.testSend, exact: true }).click()
      await page.getByRole('status').filter({ hasText: text.testQueued }).waitFor()
      expect(await storedMessages(id)).toEqual([
        {
          recipient: ADMIN.email,
          locale: view.language,
          kind: 'test',
          subject: text.customSubject(text.sample),
        },
      ])

      // The schedule: day 7 and 12, at most 2, 3 days apart.
      const schedule = page.getByRole('region', { name: /Reminder schedule|提示時間表/ })
      await schedule.getByLabel(text.days).fill('12, 7')
      await schedule.getByLabel(text.max).fill('2')
      await schedule.getByLabel(text.gap).fill('3')
      await schedule.getByRole('button', { name: text.saveSchedule }).click()
      await page.getByRole('status').filter({ hasText: text.scheduleSaved }).waitFor()
      expect(
        await rows(
          app.database,
          sql`SELECT days, max_reminders AS max, min_gap_days AS gap FROM reminder_schedules
            WHERE assessment_id = ${Number(id)}`,
        ),
      ).toEqual([{ days: [7, 12], max: 2, gap: 3 }])

      // Invite the group; Ann answers; three days pass (the invitations are moved back).
      await page.getByRole('checkbox', { name: new RegExp(`^${text.group}`) }).check()
      await page.getByRole('button', { name: text.invite, exact: true }).click()
      await page.getByRole('status').filter({ hasText: text.queued }).waitFor()
      const t = await tokens(id)
      await submitFull(app.server.url, t.ann ?? '')
      await app.database.db.execute(
        sql`UPDATE invitations SET invited_on = invited_on - 3 WHERE assessment_id = ${Number(id)}`,
      )

      // Remind now: the count first, then send; only the four who have not answered.
      await page.getByRole('button', { name: text.remindNow }).click()
      const dialog = page.getByRole('dialog', { name: text.confirm })
      await dialog.waitFor()
      await screenshot(page, `remind-confirm-${view.name}`)
      expect(
        (await storedMessages(id)).filter((m) => m.kind === 'reminder'),
        'nothing sent before confirming',
      ).toEqual([])
      await dialog.getByRole('button', { name: text.send, exact: true }).click()
      await page.getByRole('status').filter({ hasText: text.reminded }).waitFor()
      const reminders = (await storedMessages(id)).filter((m) => m.kind === 'reminder')
      expect(reminders.map((m) => m.recipient)).toEqual(
        ['ben', 'cat', 'dee', 'eve'].map((who) => `${who}@${domain}`),
      )
      // The edited wording for the view's language; the built-in one for the others.
      expect(reminders[0]?.subject).toBe(text.customSubject('Ben Wong'))
      expect(reminders[2]?.subject).not.toContain(text.customSubject('Dee Ho'))
      expect(reminders[2]?.locale).not.toBe(view.language)

      // The dashboard: counts per group once three have answered.
      await submitFull(app.server.url, t.ben ?? '')
      await submitFull(app.server.url, t.cat ?? '')
      await page.reload()
      const rates = page.getByRole('region', { name: text.ratesTitle })
      const row = rates.getByRole('row', { name: new RegExp(text.group) })
      await expect
        .poll(async () => (await row.locator('td').allInnerTexts()).map((s) => s.trim()))
        .toEqual(['5', '3', '3', '0', '0', '4'])
      await screenshot(page, `reminders-dashboard-${view.name}`)
      await expectAccessible(page, `invitations with templates and reminders, ${view.name}`)
      await context.close()
    })
  }
})
