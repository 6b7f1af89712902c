import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../context.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Serves the built client: hashed assets cached for a year, the survey app at /s/:token and
 * the admin app for every other page. HTML is read per request so a rebuild shows at once.
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
  return app
    .use('/assets/*', async (c, next) => {
      await next()
      if (c.res.status === 200) c.res.headers.set('Cache-Control', IMMUTABLE)
    })
    .use('/assets/*', serveStatic({ root: clientDir }))
    .get('/favicon.svg', serveStatic({ root: clientDir }))
    .get('/s/:token', html('survey.html'))
    .get('*', html('index.html'))
}
