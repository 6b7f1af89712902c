import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { compression } from 'vite-plugin-compression2'

/**
 * hono's RPC client (client/shared/api.ts) can send cookies it is given as a Cookie header, which
 * a browser never lets a page set: its cookie serialiser is dead weight here, about 0.5 KB of the
 * survey's 20 KB budget. Resolved to a module that refuses instead.
 */
const noHcCookies: Plugin = {
  name: 'no-hc-cookies',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '../utils/cookie.js' && importer?.includes('/hono/dist/client/')) {
      return '\0no-hc-cookies'
    }
    return null
  },
  load(id) {
    if (id !== '\0no-hc-cookies') return null
    return "export const serialize = () => { throw new Error('A browser cannot set cookies') }"
  },
}

const root = fileURLToPath(new URL('.', import.meta.url))

// Two apps, two builds into one folder (`npm run build:client`): the admin app (index.html),
// then the respondent survey (survey.html, `--mode survey`), which keeps the admin's files.
// Built apart, the survey is one script and one stylesheet holding only what it uses itself:
// built together, the chunk both apps shared carried every part of preact, valibot and the
// shared components that either app used, and cost the phone two more requests.
export default defineConfig(({ mode }) => {
  const survey = mode === 'survey'
  const input: Record<string, string> = survey
    ? { survey: `${root}survey.html` }
    : { index: `${root}index.html` }
  return {
    root,
    publicDir: survey ? false : 'public',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Brotli (quality 11) and gzip (level 9) copies of every text asset, written once at build
    // time and served by server/routes/client-pages.ts to browsers that accept them.
    plugins: [noHcCookies, compression({ algorithms: ['brotliCompress', 'gzip'] })],
    build: {
      outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
      emptyOutDir: !survey,
      target: 'es2020',
      // One chunk: nothing to preload, so no polyfill for it either.
      ...(survey ? { modulePreload: false as const } : {}),
      rolldownOptions: {
        input,
        // Class fields (hono's request builder, ApiError) lowered for es2020 as plain assignments
        // instead of through a defineProperty helper and its typeof and toPrimitive helpers:
        // 0.2 KB of the survey's 20 KB. Same behaviour for these classes: no superclass of
        // theirs has a setter for one of their fields. The admin app (chart.js) keeps the spec's way.
        ...(survey ? { transform: { assumptions: { setPublicClassFields: true } } } : {}),
      },
    },
    server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
  }
})
