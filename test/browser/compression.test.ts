import { existsSync, readFileSync } from 'node:fs'
import { get } from 'node:http'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { projectRoot } from '#db/paths'
import { createTestApp, seedAdmin } from '../support/app.ts'
import { newPage, PHONE, useBrowserApp } from '../support/browser.ts'
import { seedSurvey } from '../support/survey.ts'

// The built client (the browser project builds it first) as the server sends it.

const dist = join(projectRoot(), 'dist', 'client')

const app = useBrowserApp()

/** A GET over a real socket, body left encoded (fetch would decode it). */
function rawGet(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
      get(`${app.server.url}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
        )
      }).on('error', reject)
    },
  )
}

/** Every script, preload and stylesheet a page references. */
function assetsOf(page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8')
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
}

describe('static assets on the wire', () => {
  test('every asset of both pages comes as brotli or gzip when accepted, plain when not', async () => {
    const assets = [...new Set([...assetsOf('survey.html'), ...assetsOf('index.html')])]
    expect(assets.length).toBeGreaterThanOrEqual(4)
    for (const path of [...assets, '/favicon.svg']) {
      const original = readFileSync(join(dist, path))
      const plain = await rawGet(path)
      expect(plain.headers['content-encoding'], path).toBeUndefined()
      expect(plain.headers.vary, path).toMatch(/accept-encoding/i)
      expect(plain.body.equals(original), path).toBe(true)
      for (const [accept, encoding, decode, suffix] of [
        ['gzip, deflate, br, zstd', 'br', brotliDecompressSync, '.br'],
        ['gzip, deflate', 'gzip', gunzipSync, '.gz'],
      ] as const) {
        const { headers, body } = await rawGet(path, accept)
        // The build writes no copy that would not be smaller (gzip of a 70-byte chunk is not):
        // such a file goes plain, and only a file that small may lack a copy.
        if (!existsSync(join(dist, path + suffix))) {
          expect(original.length, `${path} has no ${suffix} copy`).toBeLessThan(200)
          expect(headers['content-encoding'], `${path} ${accept}`).toBeUndefined()
          expect(body.equals(original), `${path} ${accept}`).toBe(true)
          continue
        }
        expect(headers['content-encoding'], `${path} ${accept}`).toBe(encoding)
        expect(headers.vary, path).toMatch(/accept-encoding/i)
        expect(headers['content-type'], path).toBe(plain.headers['content-type'])
        expect(body.length, path).toBeLessThan(original.length)
        expect(decode(body).equals(original), `${path} ${accept}`).toBe(true)
      }
      if (path.startsWith('/assets/')) expect(plain.headers['cache-control']).toContain('immutable')
    }
  })

  test('Chromium gets the survey page’s code, styles and questionnaire in brotli', async () => {
    const harness = createTestApp(app.database)
    await seedAdmin(harness.deps)
    const { token } = await seedSurvey(harness.app)
    const { context, page } = await newPage(app.browser, PHONE, 'zh-HK')
    const seen: Promise<[string, string | undefined]>[] = []
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      seen.push(response.allHeaders().then((headers) => [path, headers['content-encoding']]))
    })
    await page.goto(`${app.server.url}/s/${token}`)
    await page.getByRole('button', { name: '開始作答' }).waitFor()
    const encodings = new Map(await Promise.all(seen))
    for (const path of [...assetsOf('survey.html'), `/api/survey/${token}`]) {
      expect(encodings.get(path), path).toBe('br')
    }
    await context.close()
  })
})
