import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

// Two apps from one build: the admin app (index.html) and the respondent survey (survey.html).
// They share only what both import, so the survey bundle carries no admin code or chart.js.
export default defineConfig({
  root,
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
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
