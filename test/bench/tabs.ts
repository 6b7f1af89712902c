import { loadavg } from 'node:os'
import type { Page } from 'playwright-core'
import { DESKTOP, launchBrowser } from '../support/browser.ts'
import { numberSetting } from '../support/env.ts'
import { writeBenchmarkSection } from './benchmarks-md.ts'
import { startDemoServer } from './demo-server.ts'

// `npm run bench:tabs` (builds first): how long the demo's matrix and confirmation tabs take to
// show their content in Chromium on this machine, signed in as the demo admin, at 1280 px.
// Two ways in: opening the tab's address (a full page load, from navigation start) and switching
// to it from the other tab (a click in the app, from the click). "Content" is the chart drawn and
// the ranked table filled (matrix), or the ranked decision list (confirmation), with no loading
// message left. BENCH_RUNS of each (default 5); writes the medians into BENCHMARKS.md.

const RUNS = numberSetting('BENCH_RUNS', 5)
const TARGET_MS = 1000

// Each check runs in the page: the milliseconds since `since` once the content is there.
const TABS = {
  matrix: {
    name: 'Matrix',
    shown: (since: number) =>
      document.querySelector('[data-testid="matrix-chart"][data-points]') !== null &&
      document.querySelectorAll('[data-testid="ranked-table"] tbody tr').length > 0 &&
      document.querySelector('.state--loading') === null &&
      performance.now() - since,
  },
  confirmation: {
    name: 'Confirmation',
    shown: (since: number) =>
      document.querySelectorAll('.decision-list > li').length > 0 &&
      document.querySelector('.state--loading') === null &&
      performance.now() - since,
  },
} as const
type Tab = keyof typeof TABS

/** Milliseconds from `since` (the page's clock) until the tab's content is on screen. */
async function shownAfter(page: Page, tab: Tab, since: number): Promise<number> {
  const handle = await page.waitForFunction(TABS[tab].shown, since, {
    polling: 'raf',
    timeout: 30_000,
  })
  return (await handle.jsonValue()) as number
}

async function openDirectly(page: Page, url: string, tab: Tab) {
  await page.goto('about:blank')
  await page.goto(url, { waitUntil: 'commit' })
  return shownAfter(page, tab, 0)
}

async function switchTo(page: Page, base: string, from: Tab, to: Tab) {
  await page.goto(`${base}/${from}`)
  await shownAfter(page, from, 0)
  const link = page.locator(`.section-tabs a[href$="/${to}"]`)
  const clickedAt = await link.evaluate((a: HTMLAnchorElement) => {
    const now = performance.now()
    a.click()
    return now
  })
  return shownAfter(page, to, clickedAt)
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const server = await startDemoServer()
const browser = await launchBrowser()
try {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' })
  const [name, value] = server.cookie.split('=') as [string, string]
  await context.addCookies([{ name, value, url: server.url }])
  const page = await context.newPage()
  const base = `${server.url}/assessments/${server.demoAssessmentId}`
  // One look first: the server folds the demo's responses into running sums on the first matrix.
  await openDirectly(page, `${base}/matrix`, 'matrix')
  const rows: string[] = []
  for (const [tab, other] of [
    ['matrix', 'confirmation'],
    ['confirmation', 'matrix'],
  ] as const) {
    const opened: number[] = []
    const switched: number[] = []
    for (let run = 0; run < RUNS; run++) {
      opened.push(await openDirectly(page, `${base}/${tab}`, tab))
      switched.push(await switchTo(page, base, other, tab))
    }
    for (const [how, times] of [
      ['address opened (page load)', opened],
      [`switched to from ${TABS[other].name}`, switched],
    ] as const) {
      const mid = median(times)
      const verdict = mid <= TARGET_MS ? 'met' : '*missed*'
      const all = times.map((ms) => Math.round(ms)).join(', ')
      console.log(`${TABS[tab].name}, ${how}: median ${Math.round(mid)} ms (${all})`)
      rows.push(
        `| ${TABS[tab].name} | ${how} | **${Math.round(mid)} ms** — ${verdict} | ${Math.round(Math.max(...times))} ms | ${all} |`,
      )
    }
  }
  const load = loadavg()
    .map((v) => v.toFixed(1))
    .join(' / ')
  const section = [
    `Run ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs each, load average ${load} (1 / 5 / 15 min) at the end. Target ≤ ${TARGET_MS} ms.`,
    '',
    '| tab | how | median | slowest | every run (ms) |',
    '|---|---|---:|---:|---|',
    ...rows,
  ].join('\n')
  writeBenchmarkSection('tabs', section)
  console.log('Written to BENCHMARKS.md.')
} finally {
  await browser.close()
  await server.stop()
}
