import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'

const root = fileURLToPath(new URL('.', import.meta.url))

// Two apps from one build: the admin app (index.html) and the respondent survey (survey.html).
// They share only what both import, so the survey bundle carries no admin code or chart.js.
export default defineConfig({
  root,
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Brotli (quality 11) and gzip (level 9) copies of every text asset, written once at build
  // time and served by server/routes/client-pages.ts to browsers that accept them.
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'] })],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    rollupOptions: {
      input: { index: `${root}index.html`, survey: `${root}survey.html` },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' } },
})
