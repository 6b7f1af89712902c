import { existsSync, mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { type ServerType, serve } from '@hono/node-server'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { projectRoot } from '#db/paths'
import { createApp } from '#server/app'
import {
  type AppConfig,
  type AppDeps,
  type Clock,
  defaultConfig,
  systemClock,
} from '#server/context'
import { ADMIN, testConfig } from './app.ts'
import { createTestDb, type TestDatabase } from './db.ts'
import { chromiumBinary } from './env.ts'

const root = projectRoot()
export const SCREENSHOTS = join(root, 'test-results', 'screenshots')

/** Debian's Chromium (or CHROMIUM_PATH); we never download a browser. */
export function chromiumPath(): string {
  const path = chromiumBinary
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  }
  return path
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // The sandbox needs user namespaces CI may not have; the rest keep Chromium off the network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface RunningServer {
  url: string
  server: ServerType
  /** What the app was built from, for seeding data through services. */
  deps: AppDeps
  close(): Promise<void>
}

/** The real app with the built client on a loopback port. */
export async function startServer(
  database: TestDatabase,
  options: { clock?: Clock; config?: Partial<AppConfig> } = {},
): Promise<RunningServer> {
  const deps: AppDeps = {
    database,
    clock: options.clock ?? systemClock,
    config: {
      ...defaultConfig,
      ...testConfig,
      clientDir: join(root, 'dist', 'client'),
      ...options.config,
    },
  }
  const app = createApp(deps)
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    deps,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }

export async function newPage(
  browser: Browser,
  viewport = DESKTOP,
  locale = 'en-GB',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  return { context, page }
}

/** Saves a full-page screenshot under test-results/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/**
 * Finishes a first sign-in with a temporary password: the app keeps the user on the page that
 * replaces it, and lets them go on only once they have chosen `own`.
 */
export async function replaceTemporaryPassword(page: Page, temporary: string, own: string) {
  await page.waitForURL(/\/account\/password/)
  await page.locator('#currentPassword').fill(temporary)
  await page.locator('#newPassword').fill(own)
  await page.locator('#confirmPassword').fill(own)
  await page.locator('form button[type=submit]').click()
  await page.waitForURL(/\/assessments$/)
}

/**
 * Waits until the matrix chart's points have stopped moving — and, given `unlike`, stand
 * elsewhere than those positions — and returns where they are drawn ("code:x,y …", the chart's
 * `data-positions`). A wait on the chart's state, not a sleep through its animation.
 * @example const saved = await settledPositions(page); …; await settledPositions(page, saved)
 */
export async function settledPositions(page: Page, unlike?: string): Promise<string> {
  const chart = await page.waitForFunction((previous) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid=matrix-chart]')
    const { settled, positions } = canvas?.dataset ?? {}
    return settled === 'true' && positions !== undefined && positions !== previous && positions
  }, unlike)
  return (await chart.jsonValue()) as string
}

/** A rectangle of an image in pixels, [left, top, right, bottom). */
export type Region = readonly [number, number, number, number]

/**
 * Decodes a PNG in the page's own decoder and measures it: its size and, for each region, the
 * share of its pixels that are ink (darker than mid-grey), so a test can tell a drawn figure
 * from a blank or solid one.
 * @example const { width, ink } = await decodePng(page, bytes, [[0, 0, 100, 50]])
 */
export async function decodePng(page: Page, bytes: Buffer, regions: readonly Region[] = []) {
  return page.evaluate(
    async ({ base64, regions }) => {
      // Built in the page, not fetched: the app's CSP allows no data: URLs to connect to.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(bitmap, 0, 0)
      const ink = regions.map(([left, top, right, bottom]) => {
        const { data } = ctx.getImageData(left, top, right - left, bottom - top)
        let dark = 0
        for (let i = 0; i < data.length; i += 4) {
          if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128) dark++
        }
        return dark / (data.length / 4)
      })
      return { width: bitmap.width, height: bitmap.height, ink }
    },
    { base64: bytes.toString('base64'), regions },
  )
}

/**
 * Whether the page's fonts draw `text` with real glyphs: rendered on a canvas it must differ
 * from the same number of characters no font has (U+10FFFD, drawn as the missing-glyph box).
 */
export async function hasGlyphs(page: Page, text: string, font: string): Promise<boolean> {
  return page.evaluate(
    ({ text, font }) => {
      const draw = (value: string) => {
        const canvas = new OffscreenCanvas(40 * [...value].length, 60)
        const ctx = canvas.getContext('2d')!
        ctx.font = font
        ctx.fillText(value, 4, 44)
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data.join(',')
      }
      return draw(text) !== draw('\u{10FFFD}'.repeat([...text].length))
    },
    { text, font },
  )
}

/** What a browser test file runs against: see `useBrowserApp`. */
export interface BrowserApp {
  database: TestDatabase
  server: RunningServer
  browser: Browser
}

/**
 * A browser test file's setting: a PGlite database, the app with the built client on a loopback
 * port, and Chromium — started before the file's tests (then `prepare`, e.g. seeding an admin)
 * and closed after them. The fields are there once the file's beforeAll has run.
 * @example const app = useBrowserApp((app) => seedAdmin(app.server.deps))
 */
export function useBrowserApp(prepare?: (app: BrowserApp) => Promise<unknown>): BrowserApp {
  const app = {} as BrowserApp
  beforeAll(async () => {
    app.database = await createTestDb('pglite')
    app.server = await startServer(app.database)
    app.browser = await launchBrowser()
    await prepare?.(app)
  })
  afterAll(async () => {
    await app.browser?.close()
    await app.server?.close()
    await app.database?.close()
  })
  return app
}

/**
 * Signs in through the login form and waits until the app lands on `landing` (the assessments
 * list; null: do not wait, e.g. for a temporary password's page).
 */
export async function signInAs(
  page: Page,
  origin: string,
  {
    email = ADMIN.email,
    password = ADMIN.password,
    landing = /\/assessments$/ as RegExp | null,
  } = {},
) {
  await page.goto(`${origin}/login?next=${encodeURIComponent('/assessments')}`)
  await page.locator('input[type=email]').fill(email)
  await page.locator('input[type=password]').fill(password)
  await page.locator('form button[type=submit]').click()
  if (landing) await page.waitForURL(landing)
}

/** Calls the API with the page's session, as the app itself would; fails on an error status. */
export async function pageApi<T>(
  page: Page,
  origin: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await page.request.fetch(`${origin}${path}`, {
    method,
    ...(data === undefined ? {} : { data }),
    headers: { origin },
  })
  if (response.status() >= 300) {
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
  }
  return (await response.json()) as T
}
