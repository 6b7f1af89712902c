import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { projectRoot } from '#db/paths'

// `npx tsx test/bench/bundle-size.ts [--no-build]`: builds the client, then prints the survey
// entry's JavaScript and CSS (every file survey.html loads, shared chunks included), raw and
// gzipped. Budget: 30 KB gzipped (issue 4); BENCHMARKS.md records the number.

const BUDGET_BYTES = 30 * 1024
const root = projectRoot()
const dist = join(root, 'dist', 'client')

if (!process.argv.includes('--no-build') || !existsSync(join(dist, 'survey.html'))) {
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
}

/** Every script, module preload and stylesheet survey.html references. */
function assetsOf(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)]
  return [...new Set(refs.map((match) => match[1] as string))]
}

const files = assetsOf(readFileSync(join(dist, 'survey.html'), 'utf8')).map((path) => {
  const bytes = readFileSync(join(dist, path))
  return { file: path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
})
const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
  raw: 0,
  gzip: 0,
})
console.table([...files, { file: 'total', ...total }])
const kb = (total.gzip / 1024).toFixed(1)
console.log(`survey entry JS+CSS: ${kb} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`)
if (total.gzip > BUDGET_BYTES) process.exitCode = 1
