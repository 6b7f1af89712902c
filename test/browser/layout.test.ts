import { sql } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { DEMO_EMAIL, loadDemo } from '#server/demo/load'
import { DESKTOP, newPage, PHONE, screenshot, signInAs, useBrowserApp } from '../support/browser.ts'
import { findCuts } from '../support/layout.ts'

let demo: Awaited<ReturnType<typeof loadDemo>>

/** The organisation name that once made every admin page 434 px wide on a 390 px phone. */
const LONG_NAME = 'The Hongkong and Kowloon Consolidated Infrastructure Holdings (Group) Limited'

const app = useBrowserApp(async () => {
  demo = await loadDemo(app.server.deps)
  await app.database.db.execute(sql`UPDATE organisations SET name = ${LONG_NAME}`)
})

const signIn = (page: Page) =>
  signInAs(page, app.server.url, { email: DEMO_EMAIL, password: demo.password })

const VIEWS = [
  { viewport: DESKTOP, device: 'desktop', locale: 'en', browserLocale: 'en-GB' },
  { viewport: PHONE, device: 'phone', locale: 'en', browserLocale: 'en-GB' },
  { viewport: DESKTOP, device: 'desktop', locale: 'zh-Hant', browserLocale: 'zh-HK' },
  { viewport: PHONE, device: 'phone', locale: 'zh-Hant', browserLocale: 'zh-HK' },
] as const

/** Issue names, aspect selects and buttons of the issue editor, and every cell and button of the links list. */
const ISSUE_CONTROLS =
  '.issue-table tbody.issue > tr:first-child :is(input, textarea, select, button)'
const LINK_CELLS = '.links-table :is(td, th, button, .badge)'

describe('issues and links are read whole (issue 13.10)', () => {
  for (const view of VIEWS) {
    test(`on ${view.device} in ${view.locale}: no issue name, aspect or link button is cut short`, async () => {
      const { context, page } = await newPage(app.browser, view.viewport, view.browserLocale)
      await signIn(page)
      const base = `${app.server.url}/assessments/${demo.assessmentId}`

      await page.goto(`${base}/issues?locale=${view.locale}`)
      const names = page.locator('.issue-table :is(input,textarea)[id$="-names.en"]')
      await expect.poll(() => names.count()).toBe(33)
      expect(await names.nth(17).inputValue()).toBe('Prevention of child and forced labour')
      expect(await findCuts(page, page.locator(ISSUE_CONTROLS))).toEqual([])
      await screenshot(page, `layout-issues-${view.locale}-${view.device}`)

      await page.goto(`${base}/links?locale=${view.locale}`)
      const rows = page.locator('.links-table tbody tr')
      await expect.poll(() => rows.count()).toBeGreaterThan(0)
      const buttons = page.locator('.links-table .link-actions button')
      expect(await buttons.count()).toBeGreaterThanOrEqual(3 * (await rows.count()))
      expect(await findCuts(page, page.locator(LINK_CELLS))).toEqual([])
      await screenshot(page, `layout-links-${view.locale}-${view.device}`)
      await context.close()
    })
  }

  test('a draft’s issue editor, with move and remove buttons, fits too, and Enter in a name saves it', async () => {
    for (const view of [VIEWS[0], VIEWS[3]]) {
      const { context, page } = await newPage(app.browser, view.viewport, view.browserLocale)
      await signIn(page)
      const created = await page.request.post(`${app.server.url}/api/assessments`, {
        data: { name: `FY2025 layout ${view.device}`, library: 'hkex-33' },
        headers: { origin: app.server.url },
      })
      expect(created.status()).toBe(201)
      const { id } = (await created.json()) as { id: string }
      await page.goto(`${app.server.url}/assessments/${id}/issues?locale=${view.locale}`)
      const name = page.locator('[id$="-names.en"]').nth(2)
      await name.waitFor()
      const long = 'Greenhouse gas emissions, including those of suppliers and of the products sold'
      await name.fill(long)
      await name.press('Enter')
      await expect
        .poll(async () => {
          const response = await page.request.get(`${app.server.url}/api/assessments/${id}/issues`)
          const { issues } = (await response.json()) as {
            issues: { code: string; names: { en: string } }[]
          }
          return issues.find((issue) => issue.code === '3')?.names.en
        })
        .toBe(long)
      expect(await page.locator('.issue-table .icon-button').count()).toBe(66)
      expect(await findCuts(page, page.locator(ISSUE_CONTROLS))).toEqual([])
      await screenshot(page, `layout-issues-draft-${view.locale}-${view.device}`)
      await context.close()
    }
  })
})

/**
 * What must be read whole on every page: every control, and outside the data tables (which
 * scroll sideways inside their frame on a phone, by design) every heading, label, badge and link.
 */
const WHOLE =
  ':is(input:not([type=hidden]), select, textarea, button), :is(h1, h2, h3, label, legend, .badge, a):not(.table-wrap *)'

/** Every admin page of the demo: FY2023 closed, FY2022 confirmed and approved. */
const pages = () => {
  const now = `/assessments/${demo.assessmentId}`
  const then = `/assessments/${demo.earlierId}`
  return [
    '/assessments',
    '/assessments/new',
    now,
    `${now}/groups`,
    `${now}/invitations`,
    `${now}/responses`,
    `${now}/matrix`,
    `${now}/comments`,
    `${now}/confirmation`,
    `${now}/audit`,
    `${then}/confirmation`,
    `${then}/disclosure`,
    '/settings/members',
    '/settings/contacts',
    '/account/password',
  ]
}

/** Until the page has drawn what it loads: no spinner, a heading, and a chart at rest. */
async function settled(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelector('.state--loading') === null &&
      document.querySelector('main h1, main h2') !== null &&
      document.querySelector('[data-testid=matrix-chart]:not([data-settled=true])') === null,
  )
}

describe('every admin page with a long organisation name (issue 13.10)', () => {
  for (const view of VIEWS) {
    test(`on ${view.device} in ${view.locale}: nothing cut short, no sideways scroll, Sign out in reach`, async () => {
      const { context, page } = await newPage(app.browser, view.viewport, view.browserLocale)
      await signIn(page)
      const signOut = page.getByRole('button', { name: view.locale === 'en' ? 'Sign out' : '登出' })
      for (const path of pages()) {
        await page.goto(`${app.server.url}${path}?locale=${view.locale}`)
        await settled(page)
        const box = await signOut.boundingBox()
        expect(box, path).not.toBeNull()
        expect(box!.x + box!.width, path).toBeLessThanOrEqual(view.viewport.width)
        const cuts = await findCuts(page, page.locator(WHOLE))
        expect(cuts, `${path} on ${view.device} in ${view.locale}`).toEqual([])
        const name = path
          .slice(1)
          .replace(`/${demo.earlierId}`, '/fy2022')
          .replace(`/${demo.assessmentId}`, '/fy2023')
          .replaceAll('/', '-')
        await screenshot(page, `layout-${name}-${view.locale}-${view.device}`)
      }
      // The confirmed year's Confirmation tab offers its evidence pack (issue 13.7).
      await page.goto(
        `${app.server.url}/assessments/${demo.earlierId}/confirmation?locale=${view.locale}`,
      )
      const pack = page.getByRole('link', {
        name: view.locale === 'en' ? 'Evidence pack, version 1 (zip)' : '第 1 版證據包（zip）',
      })
      expect(await pack.getAttribute('href')).toBe(
        `/api/assessments/${demo.earlierId}/evidence-pack?version=1`,
      )
      const zip = await page.request.get(`${app.server.url}${await pack.getAttribute('href')}`)
      expect(zip.headers()['content-type']).toBe('application/zip')
      expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK')
      await context.close()
    })
  }
})

/** A small laptop: wider than the phone, whose tabs wrap, narrower than the 1280 px desktop. */
const LAPTOP = { width: 1024, height: 768 }

describe('a double-materiality assessment’s tabs, one more than a matrix one’s', () => {
  const views = [
    ...VIEWS,
    { viewport: LAPTOP, device: 'laptop', locale: 'en', browserLocale: 'en-GB' },
    { viewport: LAPTOP, device: 'laptop', locale: 'zh-Hant', browserLocale: 'zh-HK' },
  ]
  for (const view of views) {
    test(`at ${view.viewport.width} px in ${view.locale}: every tab is read whole on each of its pages, no sideways scroll`, async () => {
      const { context, page } = await newPage(app.browser, view.viewport, view.browserLocale)
      await signIn(page)
      const base = `${app.server.url}/assessments/${demo.doubleId}`
      await page.goto(`${base}?locale=${view.locale}`)
      await settled(page)
      const tabs = page.locator('nav.section-tabs a')
      const hrefs = await tabs.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
      // Overview, issues, IROs, groups, links, invitations, responses, matrix, comments,
      // confirmation, audit trail.
      expect(hrefs).toHaveLength(11)
      expect(hrefs).toContain(`/assessments/${demo.doubleId}/iros`)
      for (const href of hrefs) {
        await page.goto(`${app.server.url}${href}?locale=${view.locale}`)
        await settled(page)
        expect(await tabs.count(), href).toBe(11)
        const cuts = await findCuts(page, tabs)
        expect(cuts, `${href} at ${view.viewport.width} px in ${view.locale}`).toEqual([])
        // All of the strip in the window at once: nothing to scroll to.
        const strip = await page.locator('nav.section-tabs').evaluate((nav) => ({
          scroll: nav.scrollWidth,
          width: nav.clientWidth,
        }))
        expect(strip.scroll, href).toBeLessThanOrEqual(strip.width + 1)
      }
      await page.goto(`${base}/iros?locale=${view.locale}`)
      await settled(page)
      await screenshot(page, `layout-fy2024-dm-tabs-${view.locale}-${view.device}`)
      await context.close()
    })
  }
})
