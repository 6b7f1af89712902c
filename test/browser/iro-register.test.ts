import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroDetailsText } from '#surveys/i18n/iro-details'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import type { Locale } from '#surveys/i18n/locales'
import { readCsv } from '#surveys/reports/csv'
import { ADMIN, seedAdmin, seedUser } from '../support/app.ts'
import { rows } from '../support/assessments.ts'
import {
  DESKTOP,
  decodePng,
  newPage,
  PHONE,
  pageApi,
  SCREENSHOTS,
  screenshot,
  signInAs,
  useBrowserApp,
} from '../support/browser.ts'

const app = useBrowserApp(async () => {
  await seedAdmin(app.server.deps)
})

type Stored = {
  code: string
  type: string
  description: string
  owner: string | null
  value_chain: string[]
}

const stored = (assessmentId: string) =>
  rows<Stored>(
    app.database,
    sql`SELECT i.code, r.type, r.description, r.owner, r.value_chain FROM iros r
        JOIN assessment_issues i ON i.id = r.issue_id
        WHERE r.assessment_id = ${assessmentId}::bigint ORDER BY r.id`,
  )

/** A double-materiality assessment with a risk under E1.1 and an impact under S1.1, scored. */
async function register(page: Page, name: string, assessor: string) {
  const origin = app.server.url
  const { id } = await pageApi<{ id: string }>(page, origin, 'POST', '/api/assessments', {
    name,
    method: 'double',
    library: 'esrs',
  })
  const { issues } = await pageApi<{ issues: { id: string; code: string }[] }>(
    page,
    origin,
    'GET',
    `/api/assessments/${id}/issues`,
  )
  const issueId = (code: string) => issues.find((issue) => issue.code === code)?.id
  const add = (body: object) =>
    pageApi<{ id: string }>(page, origin, 'POST', `/api/assessments/${id}/iros`, body)
  const risk = await add({
    issueId: issueId('E1.1'),
    type: 'risk',
    actual: false,
    horizons: ['short'],
    description: 'Typhoons flood the data centre',
  })
  const impact = await add({
    issueId: issueId('S1.1'),
    type: 'negative-impact',
    actual: true,
    description: 'Overtime in the support centre',
  })
  const positive = await add({
    issueId: issueId('E1.1'),
    type: 'positive-impact',
    actual: true,
    description: 'Demand for low-carbon hosting',
  })
  const [organisation] = await rows<{ id: number }>(
    app.database,
    sql`SELECT organisation_id AS id FROM assessments WHERE id = ${id}::bigint`,
  )
  const { userId } = await seedUser(app.database, {
    email: assessor,
    role: 'assessor',
    organisationId: Number(organisation?.id),
  })
  await pageApi(page, origin, 'POST', `/api/assessments/${id}/iro-assignments`, {
    assessorIds: [String(userId)],
    iroIds: [risk.id, impact.id, positive.id],
  })
  const expert = await newPage(app.browser, DESKTOP)
  await signInAs(expert.page, origin, { email: assessor })
  const score = (iro: string, data: object) =>
    expert.page.request.fetch(`${origin}/api/assessments/${id}/iros/${iro}/scores`, {
      method: 'PUT',
      data,
      headers: { origin },
    })
  expect(
    (await score(risk.id, { horizons: { short: { magnitude: 4, likelihood: 3 } } })).status(),
  ).toBe(200)
  expect((await score(impact.id, { scale: 3, scope: 3, irremediability: 3 })).status()).toBe(200)
  // E1.1: impact 4 (mean of scale and scope), financial √(4·3) = 3.46: a point on the matrix.
  expect((await score(positive.id, { scale: 4, scope: 4 })).status()).toBe(200)
  await expert.context.close()
  return id
}

const csvFile = (lines: string[]) => ({
  name: 'register.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\r\n')),
})

async function noOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
}

describe('IRO register: edit, delete, import, downloads', () => {
  test('desktop, English: edit in the dialog, delete after asking, import with an error row, the matrix downloads', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(page, app.server.url)
    const id = await register(page, 'FY2025 double materiality', 'expert-en@example.com')
    await page.goto(`${app.server.url}/assessments/${id}/iros`)

    await page.getByRole('button', { name: 'Edit “Typhoons flood the data centre”' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit the impact, risk or opportunity' })
    await dialog.getByLabel('Description').fill('Typhoons flood the Kwai Chung data centre')
    await dialog.getByRole('checkbox', { name: 'Own operations' }).check()
    await dialog.getByLabel('Owner').fill('Head of facilities')
    await screenshot(page, 'iro-edit-en-desktop')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor()
    await expect
      .poll(() => stored(id))
      .toEqual([
        {
          code: 'E1.1',
          type: 'risk',
          description: 'Typhoons flood the Kwai Chung data centre',
          owner: 'Head of facilities',
          value_chain: ['own-operations'],
        },
        expect.objectContaining({ code: 'S1.1', description: 'Overtime in the support centre' }),
        expect.objectContaining({ code: 'E1.1', type: 'positive-impact' }),
      ])

    await page.getByRole('button', { name: 'Delete “Overtime in the support centre”' }).click()
    const ask = page.getByRole('dialog', { name: 'Delete this impact, risk or opportunity?' })
    await ask.getByText('the scores of 1 assessor will be deleted').waitFor()
    await ask.getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('status').filter({ hasText: 'Deleted.' }).waitFor()
    await expect
      .poll(async () => (await stored(id)).map((iro) => iro.code))
      .toEqual(['E1.1', 'E1.1'])
    const scores = await rows<{ n: number }>(
      app.database,
      sql`SELECT count(*)::int AS n FROM iro_scores s JOIN iros r ON r.id = s.iro_id
          WHERE r.assessment_id = ${id}::bigint`,
    )
    expect(scores[0]?.n).toBe(2)

    await page
      .getByLabel('File (CSV or XLSX)')
      .setInputFiles(
        csvFile([
          'Code,Type,Actual or potential,Description,Owner',
          'G1.1,Opportunity,Actual,Whistle-blowing line trusted by staff,Compliance',
          'Z9,Risk,Potential,A topic that is not there,',
        ]),
      )
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const refused = page
      .getByRole('alert')
      .filter({ hasText: '1 row has errors; nothing was imported' })
    await refused.waitFor()
    await expect
      .poll(() => refused.getByRole('row').nth(1).getByRole('cell').allTextContents())
      .toEqual(['3', 'Code', 'No topic of this assessment has this code.'])
    expect(await stored(id)).toHaveLength(2)
    await screenshot(page, 'iro-import-errors-en-desktop')
    await page.getByRole('button', { name: 'Skip these rows and import the others' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: '1 impact, risk or opportunity imported; 1 row with errors skipped.' })
      .waitFor()
    expect((await stored(id)).map((iro) => [iro.code, iro.type, iro.owner])).toEqual([
      ['E1.1', 'risk', 'Head of facilities'],
      ['E1.1', 'positive-impact', null],
      ['G1.1', 'opportunity', 'Compliance'],
    ])

    // The matrix's downloads: the PNG of the one figure, and the table with the page's scores.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Figure (PNG)' }).click(),
    ])
    expect(png.suggestedFilename()).toMatch(
      /^FY2025 double materiality-double-materiality-\d{4}-\d{2}-\d{2}\.png$/,
    )
    await png.saveAs(join(SCREENSHOTS, 'iro-dm-figure-en.png'))
    const figure = await decodePng(page, readFileSync((await png.path()) ?? ''), [
      [300, 300, 2300, 2300],
    ])
    expect(figure.width).toBe(3600)
    expect(figure.ink[0]).toBeGreaterThan(0.005)
    const [table] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Table (CSV)' }).click(),
    ])
    const records = readCsv(readFileSync((await table.path()) ?? '', 'utf8'))
    // E1.1: its positive impact 4, its risk √(4·3) = 3.46; S1.1 has no IRO left.
    expect(records.find((record) => record[0] === 'E1.1')).toEqual([
      'E1.1',
      'Climate change adaptation',
      '4.00',
      '3.46',
      'Yes',
      '2',
    ])
    expect(records.find((record) => record[0] === 'S1.1')?.slice(2)).toEqual(['', '', 'No', '0'])
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Register (XLSX)' }).click(),
    ])
    expect(xlsx.suggestedFilename()).toMatch(/-iros-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(
      readFileSync((await xlsx.path()) ?? '')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')
    await context.close()
    expect(errors).toEqual([])
  })

  test('phone, 繁體中文: edit, delete and import with an error row', async () => {
    const setup = await newPage(app.browser, DESKTOP, 'en-GB')
    await signInAs(setup.page, app.server.url)
    const id = await register(setup.page, 'FY2026 雙重重要性', 'expert-zh@example.com')
    await setup.context.close()

    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(page, app.server.url, { email: ADMIN.email })
    await page.goto(`${app.server.url}/assessments/${id}/iros`)
    await page.getByRole('heading', { name: '影響、風險及機遇', level: 2 }).waitFor()

    await page.getByRole('button', { name: '編輯「Typhoons flood the data centre」' }).click()
    const dialog = page.getByRole('dialog', { name: '編輯影響、風險或機遇' })
    await dialog.getByLabel('負責人').fill('設施主管')
    await dialog.getByRole('checkbox', { name: '上游' }).check()
    await screenshot(page, 'iro-edit-zh-Hant-phone')
    await dialog.getByRole('button', { name: '儲存變更' }).click()
    await page.getByRole('status').filter({ hasText: '已儲存。' }).waitFor()
    await expect
      .poll(async () => (await stored(id))[0])
      .toMatchObject({ owner: '設施主管', value_chain: ['upstream'] })

    await page.getByRole('button', { name: '刪除「Overtime in the support centre」' }).click()
    const ask = page.getByRole('dialog', { name: '刪除這項影響、風險或機遇？' })
    await ask.getByRole('button', { name: '刪除' }).click()
    await page.getByRole('status').filter({ hasText: '已刪除。' }).waitFor()
    await expect
      .poll(async () => (await stored(id)).map((iro) => iro.code))
      .toEqual(['E1.1', 'E1.1'])

    // Headings and labels of the 繁體中文 download; row 2's type is not one of the choices.
    await page
      .getByLabel('檔案（CSV或XLSX）')
      .setInputFiles(
        csvFile([
          '編號,類型,實際或潛在,描述,時間範圍',
          'S1.1,負面影響,潛在,夜班人手不足,中期（一至五年）',
          'S1.2,危險,實際,無效的類型,',
        ]),
      )
    await page.getByRole('button', { name: '匯入', exact: true }).click()
    const refused = page.getByRole('alert').filter({ hasText: '1個列有錯誤；沒有匯入任何項目' })
    await refused.waitFor()
    await refused.getByText('不是可用的選項；請使用登記冊下載檔中的標籤。').waitFor()
    expect(await stored(id)).toHaveLength(2)
    await noOverflow(page)
    await screenshot(page, 'iro-import-errors-zh-Hant-phone')
    await page.getByRole('button', { name: '略過這些列並匯入其餘各列' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: '已匯入1項影響、風險或機遇；已略過1個有錯誤的列。' })
      .waitFor()
    expect((await stored(id)).map((iro) => [iro.code, iro.type, iro.description])).toEqual([
      ['E1.1', 'risk', 'Typhoons flood the data centre'],
      ['E1.1', 'positive-impact', 'Demand for low-carbon hosting'],
      ['S1.1', 'negative-impact', '夜班人手不足'],
    ])
    await noOverflow(page)
    await screenshot(page, 'iro-register-zh-Hant-phone')
    await context.close()
    expect(errors).toEqual([])
  })
})

type Listed = {
  description: string
  affectedStakeholders: string[]
  evidence: { url?: string; note?: string }[]
  owner: string | null
}

/**
 * Affected stakeholders, evidence and owner through the form (issue 15.3): a bad link is refused
 * on its row with nothing stored; an IRO added with two evidence rows, a stakeholder group, a
 * name of its own and an owner; edited in the dialog; after a reload the page and GET …/iros
 * show what was stored.
 */
async function detailsThroughTheForm(
  page: Page,
  locale: Locale,
  names: { group: string; other: string; owner: string; shot: string },
) {
  const d = doubleText[locale]
  const t = iroDetailsText[locale]
  const r = iroRegisterText[locale]
  const origin = app.server.url
  const { id } = await pageApi<{ id: string }>(page, origin, 'POST', '/api/assessments', {
    name: `Evidence ${names.shot}`,
    method: 'double',
    library: 'esrs',
  })
  const listed = async () =>
    (await pageApi<{ iros: Listed[] }>(page, origin, 'GET', `/api/assessments/${id}/iros`)).iros
  await page.goto(`${origin}/assessments/${id}/iros`)
  const form = page.locator('form', { has: page.getByRole('heading', { name: d.addTitle }) })
  const { issues } = await pageApi<{ issues: { id: string; code: string }[] }>(
    page,
    origin,
    'GET',
    `/api/assessments/${id}/issues`,
  )
  const topic = issues.find((issue) => issue.code === 'S1.1')?.id ?? ''
  await form.getByLabel(d.topic).selectOption(topic)
  await form.getByRole('radio', { name: d.actual, exact: true }).check()
  // Without a description: refused in the interface's language, on the field, nothing stored.
  await form.getByRole('button', { name: d.add, exact: true }).click()
  await form.getByText(t.describe).first().waitFor()
  await expect.poll(() => form.getByLabel(d.description).getAttribute('aria-invalid')).toBe('true')
  expect(await listed()).toEqual([])
  await form.getByLabel(d.description).fill('Overtime in the support centre')
  await form.getByRole('checkbox', { name: names.group }).check()
  await form.getByLabel(t.affectedOther).fill(names.other)
  const row = (n: number) => form.getByRole('group', { name: t.evidenceRow(n), exact: true })
  await form.getByRole('button', { name: t.addEvidence }).click()
  await expect
    .poll(() =>
      row(1)
        .getByLabel(t.link)
        .evaluate((e) => e === document.activeElement),
    )
    .toBe(true)
  await row(1).getByLabel(t.link).fill('https://example.com/staff-survey.pdf')
  await row(1).getByLabel(t.note).fill('Staff survey 2025, question 12')
  await form.getByRole('button', { name: t.addEvidence }).click()
  await row(2).getByLabel(t.link).fill('example.com/overtime.csv')
  await row(2).getByLabel(t.note).fill('Overtime log')
  await form.getByLabel(d.owner).fill(names.owner)
  await form.getByRole('button', { name: d.add, exact: true }).click()
  await row(2).getByText(t.badLink).waitFor()
  await expect.poll(() => row(2).getByLabel(t.link).getAttribute('aria-invalid')).toBe('true')
  await noOverflow(page)
  await screenshot(page, `iro-evidence-error-${names.shot}`)
  expect(await listed()).toEqual([])

  await row(2).getByLabel(t.link).fill('https://example.com/overtime.csv')
  await form.getByRole('button', { name: d.add, exact: true }).click()
  await form.getByRole('status').filter({ hasText: d.added }).waitFor()
  expect(await listed()).toEqual([
    expect.objectContaining({
      description: 'Overtime in the support centre',
      affectedStakeholders: [names.group, names.other],
      evidence: [
        { url: 'https://example.com/staff-survey.pdf', note: 'Staff survey 2025, question 12' },
        { url: 'https://example.com/overtime.csv', note: 'Overtime log' },
      ],
      owner: names.owner,
    }),
  ])

  await page.getByRole('button', { name: r.editFor('Overtime in the support centre') }).click()
  const dialog = page.getByRole('dialog', { name: r.editTitle })
  expect(await dialog.getByRole('checkbox', { name: names.group }).isChecked()).toBe(true)
  expect(await dialog.getByLabel(t.affectedOther).inputValue()).toBe(names.other)
  await dialog.getByRole('button', { name: t.removeEvidence(1) }).click()
  const only = dialog.getByRole('group', { name: t.evidenceRow(1), exact: true })
  expect(await only.getByLabel(t.link).inputValue()).toBe('https://example.com/overtime.csv')
  await only.getByLabel(t.note).fill('Overtime log, January to June')
  await dialog.getByRole('checkbox', { name: names.group }).uncheck()
  await dialog.getByLabel(d.owner).fill('')
  await dialog.screenshot({ path: join(SCREENSHOTS, `iro-evidence-edit-${names.shot}.png`) })
  await dialog.getByRole('button', { name: r.save }).click()
  await page.getByRole('status').filter({ hasText: r.saved }).waitFor()

  await page.reload()
  const card = page.getByRole('listitem').filter({ hasText: 'Overtime in the support centre' })
  await card.getByRole('link', { name: 'https://example.com/overtime.csv' }).waitFor()
  await card.getByText('Overtime log, January to June').waitFor()
  // The group was unticked: the affected stakeholders are the other name alone.
  await card.getByText(names.other, { exact: true }).waitFor()
  await noOverflow(page)
  await screenshot(page, `iro-evidence-card-${names.shot}`)
  expect(await listed()).toEqual([
    expect.objectContaining({
      affectedStakeholders: [names.other],
      evidence: [
        { url: 'https://example.com/overtime.csv', note: 'Overtime log, January to June' },
      ],
      owner: null,
    }),
  ])
}

describe('IRO register: affected stakeholders, evidence and owner in the form', () => {
  test('desktop, English', async () => {
    const { context, page } = await newPage(app.browser, DESKTOP, 'en-GB')
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(page, app.server.url)
    await detailsThroughTheForm(page, 'en', {
      group: 'Employees',
      other: 'Contractors at the support centre',
      owner: 'Head of customer support',
      shot: 'en-desktop',
    })
    await context.close()
    expect(errors).toEqual([])
  })

  test('phone, 繁體中文', async () => {
    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await signInAs(page, app.server.url)
    await detailsThroughTheForm(page, 'zh-Hant', {
      group: '員工',
      other: '客服中心的外判員工',
      owner: '客戶服務主管',
      shot: 'zh-Hant-phone',
    })
    await context.close()
    expect(errors).toEqual([])
  })
})
