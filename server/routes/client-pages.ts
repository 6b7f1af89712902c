import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono, type MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context.ts'
import { varyOnEncoding } from '../middleware/compress.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Serves the built client: hashed assets cached for a year, as the build's brotli or gzip copy
 * when the browser accepts one (client/vite.config.ts writes them); the survey app at /s/:token
 * and the admin app for every other page. HTML is read per request so a rebuild shows at once.
 */
export function clientPages(clientDir: string | undefined) {
  const app = new Hono<AppEnv>()
  if (!clientDir)
    return app.get('*', (c) => c.text('The client is not built: run npm run build.', 503))
  const page = async (name: string) => {
    try {
      return await readFile(join(clientDir, name), 'utf8')
    } catch {
      return undefined
    }
  }
  const html = (name: string) => async (c: Context<AppEnv>) => {
    const body = await page(name)
    if (!body) return c.text('The client is not built: run npm run build.', 503)
    c.header('Cache-Control', 'no-cache')
    return c.html(body)
  }
  const files = serveStatic({ root: clientDir, precompressed: true })
  return app
    .use('/assets/*', async (c, next) => {
      await next()
      if (c.res.status === 200) c.res.headers.set('Cache-Control', IMMUTABLE)
    })
    .use('/assets/*', variesByEncoding)
    .use('/favicon.svg', variesByEncoding)
    .use('/assets/*', files)
    .get('/favicon.svg', files)
    .get('/s/:token', html('survey.html'))
    .get('*', html('index.html'))
}

/**
 * serveStatic adds Vary only when it sends a compressed copy; the plain answer varies too, so a
 * shared cache keeps the two apart instead of serving one of them to everybody.
 */
const variesByEncoding: MiddlewareHandler = async (c, next) => {
  await next()
  if (c.res.status === 200) varyOnEncoding(c.res.headers)
}
