import { readFileSync } from 'node:fs'
import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { readCsv } from '#surveys/reports/csv'
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

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

const signIn = (page: Page) => signInAs(page, app.server.url)

const api = (page: Page, path: string, data: unknown) =>
  pageApi<{ id: string }>(page, app.server.url, 'POST', path, data)

/** The messages queued for an assessment: to whom, in which language, with which subject. */
const storedMessages = (assessmentId: string) =>
  rows<{ recipient: string; locale: string; kind: string; subject: string }>(
    app.database,
    sql`SELECT recipient, locale, kind, subject FROM messages
        WHERE assessment_id = ${Number(assessmentId)} ORDER BY recipient`,
  )

/** Contacts stored with an address at `domain`, by email, with whether they are active. */
const storedContacts = (domain: string) =>
  rows<{ email: string; group: string; locale: string; active: boolean }>(
    app.database,
    sql`SELECT email, "group", locale, deactivated_at IS NULL AS active FROM contacts
        WHERE email LIKE ${`%@${domain}`} ORDER BY email`,
  )

const VIEWS = [
  {
    name: 'en-desktop',
    viewport: DESKTOP,
    locale: 'en-GB',
    // The register is the organisation's: each view invites its own group, so they stay apart.
    group: 'customers',
    people: ['Ann Lee', 'Ben Wong', 'Cat Chan', 'Dee Ho', 'Eve Yip'],
    text: {
      nav: 'Contacts',
      none: 'No contacts yet',
      paste: 'Or paste CSV text',
      file: 'File (.csv or .xlsx)',
      import: 'Import',
      errors: '1 row has errors. Nothing was stored.',
      badEmail: 'Not a valid email address.',
      skip: 'Import the others, skip these rows',
      imported: '4 contacts were added; 1 row was skipped.',
      erase: (name: string) => `Erase ${name}`,
      eraseButton: 'Erase',
      eraseTitle: (name: string) => `Erase ${name}?`,
      erased: (name: string) => `${name} was erased.`,
      deactivate: (name: string) => `Deactivate ${name}`,
      edit: (name: string) => `Edit ${name}`,
      language: 'Language',
      save: 'Save',
      saved: (name: string) => `${name} was saved.`,
      tab: 'Invitations',
      noInvitations: 'No one invited yet',
      group: 'Customers',
      byHand: 'Or choose contacts',
      invite: 'Invite',
      queued:
        '2 invitations were queued; 1 skipped (deactivated, unsubscribed, bounced, already invited or not in this assessment’s groups).',
      listTitle: 'Invited',
      queuedStatus: 'Queued',
      no: 'No',
      ratesTitle: 'Response rate per group',
      hidden: 'Fewer than 3 responses',
      outboxTitle: 'Outbox',
      mailMerge: 'Download the mail-merge file (CSV)',
    },
  },
  {
    name: 'zh-Hant-phone',
    viewport: PHONE,
    locale: 'zh-HK',
    group: 'suppliers',
    people: ['李安', '黃斌', '陳貓', '何迪', '葉怡'],
    text: {
      nav: '聯絡人',
      none: '尚未有聯絡人',
      paste: '或貼上 CSV 文字',
      file: '檔案（.csv 或 .xlsx）',
      import: '匯入',
      errors: '1 行有錯誤，未有儲存任何資料。',
      badEmail: '電郵地址無效。',
      skip: '匯入其餘各行，略過這些行',
      imported: '已新增 4 位聯絡人；已略過 1 行。',
      erase: (name: string) => `刪除${name}`,
      eraseButton: '刪除',
      eraseTitle: (name: string) => `要刪除${name}嗎？`,
      erased: (name: string) => `已刪除${name}。`,
      deactivate: (name: string) => `停用${name}`,
      edit: (name: string) => `編輯${name}`,
      language: '語言',
      save: '儲存',
      saved: (name: string) => `已儲存${name}。`,
      tab: '邀請',
      noInvitations: '尚未邀請任何人',
      group: '供應商',
      byHand: '或選擇個別聯絡人',
      invite: '邀請',
      queued:
        '已將 2 份邀請加入待發送；已略過 1 位（已停用、已取消訂閱、郵件被退回、已獲邀請或不屬於此評估的群組）。',
      listTitle: '已邀請',
      queuedStatus: '待發送',
      no: '否',
      ratesTitle: '各群組回應率',
      hidden: '少於 3 份回應',
      outboxTitle: '寄件匣',
      mailMerge: '下載合併列印檔案（CSV）',
    },
  },
] as const

/** Four rows, the third with a bad address; a domain per view keeps the views' contacts apart. */
const contactsCsv = (domain: string, people: readonly string[], group: string) =>
  [
    'name,email,group,language,affiliation',
    `${people[0]},ann@${domain},${group},zh-Hant,Acme`,
    `${people[1]},ben@${domain},employees,en,`,
    `${people[2]},cat-at-${domain},${group},zh-Hans,`,
    `${people[3]},dee@${domain},${group},en,Dee Ltd`,
    `${people[4]},eve@${domain},${group},zh-Hant,`,
  ].join('\n')

describe('contacts and invitations by email', () => {
  for (const view of VIEWS) {
    test(`${view.name}: import contacts (a bad row shown, then skipped), edit, deactivate, erase; invite a group and one by hand; the invitations, rates and outbox`, async () => {
      const { text } = view
      const [ann, ben, , dee, eve] = view.people
      const domain = `${view.name.toLowerCase()}.example.com`
      const { context, page } = await newPage(app.browser, view.viewport, view.locale)
      await signIn(page)
      await page.getByRole('navigation').getByRole('link', { name: text.nav }).click()
      await page.waitForURL(/\/settings\/contacts$/)
      if (view.name === 'en-desktop') await page.getByRole('heading', { name: text.none }).waitFor()

      // Pasted on the desktop, a file on the phone: the page sends either as text/csv.
      const csv = contactsCsv(domain, view.people, view.group)
      if (view.name === 'en-desktop') await page.getByLabel(text.paste).fill(csv)
      else {
        const buffer = Buffer.from(csv)
        await page
          .getByLabel(text.file)
          .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer })
      }
      await page.getByRole('button', { name: text.import, exact: true }).click()
      const problems = page.getByRole('alert').filter({ hasText: text.errors })
      await problems.waitFor()
      await expect
        .poll(() => problems.locator('tbody tr').allInnerTexts())
        .toEqual([expect.stringMatching(new RegExp(`^4\\s+\\S+\\s+${text.badEmail}$`))])
      expect(await storedContacts(domain)).toEqual([])
      await screenshot(page, `contacts-errors-${view.name}`)
      await expectAccessible(page, `contacts with row errors, ${view.name}`)

      await page.getByRole('button', { name: text.skip }).click()
      await page.getByRole('status').filter({ hasText: text.imported }).waitFor()
      expect((await storedContacts(domain)).map((c) => c.email)).toEqual([
        `ann@${domain}`,
        `ben@${domain}`,
        `dee@${domain}`,
        `eve@${domain}`,
      ])
      await expect.poll(() => page.getByRole('row', { name: ann }).count()).toBe(1)

      await page.getByRole('button', { name: text.edit(ben) }).click()
      const edit = page.getByRole('dialog', { name: text.edit(ben) })
      await edit.getByLabel(text.language).selectOption('zh-Hans')
      await screenshot(page, `contacts-edit-${view.name}`)
      await edit.getByRole('button', { name: text.save }).click()
      await page
        .getByRole('status')
        .filter({ hasText: text.saved(ben) })
        .waitFor()
      expect((await storedContacts(domain)).find((c) => c.email.startsWith('ben'))?.locale).toBe(
        'zh-Hans',
      )

      await page.getByRole('button', { name: text.deactivate(dee) }).click()
      await expect
        .poll(
          async () => (await storedContacts(domain)).find((c) => c.email.startsWith('dee'))?.active,
        )
        .toBe(false)

      await page.getByRole('button', { name: text.erase(eve) }).click()
      const dialog = page.getByRole('dialog', { name: text.eraseTitle(eve) })
      await dialog.waitFor()
      await screenshot(page, `contacts-erase-${view.name}`)
      await dialog.getByRole('button', { name: text.eraseButton, exact: true }).click()
      await page
        .getByRole('status')
        .filter({ hasText: text.erased(eve) })
        .waitFor()
      expect((await storedContacts(domain)).map((c) => c.email)).toEqual([
        `ann@${domain}`,
        `ben@${domain}`,
        `dee@${domain}`,
      ])
      await screenshot(page, `contacts-${view.name}`)
      await expectAccessible(page, `contacts, ${view.name}`)

      // Invite the view's group (Ann; Dee is deactivated and skipped, Eve erased) and Ben by hand.
      const { id } = await api(page, '/api/assessments', { name: `FY2026 ${view.name}` })
      await page.goto(`${app.server.url}/assessments/${id}`)
      await page.getByRole('link', { name: text.tab, exact: true }).click()
      await page.waitForURL(/\/invitations$/)
      await page.getByRole('heading', { name: text.noInvitations }).waitFor()
      await page.getByRole('checkbox', { name: new RegExp(`^${text.group}`) }).check()
      await page.locator('summary', { hasText: text.byHand }).click()
      await page.getByRole('checkbox', { name: new RegExp(`^${ben} · ben@`) }).check()
      await page.getByRole('button', { name: text.invite, exact: true }).click()
      await page.getByRole('status').filter({ hasText: text.queued }).waitFor()
      const messages = await storedMessages(id)
      // Each in the contact's language: Ann's 繁體中文 from the file, Ben's 简体中文 as edited.
      expect(messages.map(({ recipient, locale, kind }) => ({ recipient, locale, kind }))).toEqual([
        { recipient: `ann@${domain}`, locale: 'zh-Hant', kind: 'invitation' },
        { recipient: `ben@${domain}`, locale: 'zh-Hans', kind: 'invitation' },
      ])

      const invited = page.getByRole('table', { name: text.listTitle })
      await expect.poll(() => invited.locator('tbody tr').count()).toBe(2)
      for (const name of [ann, ben]) {
        const row = invited.getByRole('row', { name: new RegExp(name) })
        expect(await row.textContent()).toContain(text.queuedStatus)
        expect(await row.textContent()).toContain(text.no)
      }
      const rates = page.getByRole('region', { name: text.ratesTitle })
      expect(
        await rates.getByRole('row', { name: new RegExp(text.group) }).textContent(),
      ).toContain(text.hidden)
      const outbox = page.getByRole('table', { name: text.outboxTitle })
      for (const message of messages) {
        const row = outbox.getByRole('row', { name: new RegExp(message.recipient) })
        expect(await row.textContent()).toContain(message.subject)
      }
      expect(
        await outbox.getByRole('row', { name: new RegExp(`ann@${domain}`) }).textContent(),
      ).toContain('繁體中文')

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: text.mailMerge }).click(),
      ])
      const [header, ...merged] = readCsv(readFileSync(await download.path(), 'utf8'))
      expect(header).toEqual(['name', 'email', 'language', 'link'])
      expect(merged.map(([, email, language]) => [email, language]).sort()).toEqual([
        [`ann@${domain}`, 'zh-Hant'],
        [`ben@${domain}`, 'zh-Hans'],
      ])
      for (const [, , , link] of merged) expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/\S+$/)
      await screenshot(page, `invitations-${view.name}`)
      await expectAccessible(page, `invitations, ${view.name}`)
      await context.close()
    })
  }
})
