import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '#db/paths'
import { clientPages } from '#server/routes/client-pages'

// `npx tsx test/bench/bundle-size.ts [--no-build]`: builds the client, then asks the server's
// own static route for every script and stylesheet survey.html loads (shared chunks included)
// the way Chromium asks (Accept-Encoding: gzip, deflate, br, zstd), and sums the bytes it
// sends: what a phone downloads, not a size computed after the fact. Budget: 20 KB on the wire
// (issue 17); BENCHMARKS.md records the number.

const BUDGET_BYTES = 20 * 1024
const CHROMIUM_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'
const root = projectRoot()
const dist = join(root, 'dist', 'client')

if (!process.argv.includes('--no-build') || !existsSync(join(dist, 'survey.html'))) {
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  )
}

/** Every script, module preload and stylesheet survey.html references. */
function assetsOf(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)]
  return [...new Set(refs.map((match) => match[1] as string))]
}

const pages = clientPages(dist)
const sent = async (path: string, acceptEncoding?: string) => {
  const headers: Record<string, string> = acceptEncoding
    ? { 'accept-encoding': acceptEncoding }
    : {}
  const response = await pages.request(path, { headers })
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
  const bytes = (await response.arrayBuffer()).byteLength
  return { bytes, encoding: response.headers.get('content-encoding') ?? 'identity' }
}

const files: { file: string; raw: number; gzip: number; wire: number; as: string }[] = []
for (const path of assetsOf(readFileSync(join(dist, 'survey.html'), 'utf8'))) {
  const wire = await sent(path, CHROMIUM_ACCEPT_ENCODING)
  const gzip = await sent(path, 'gzip')
  const raw = await sent(path)
  files.push({ file: path, raw: raw.bytes, gzip: gzip.bytes, wire: wire.bytes, as: wire.encoding })
}
const sum = (key: 'raw' | 'gzip' | 'wire') => files.reduce((total, f) => total + f[key], 0)
const total = { raw: sum('raw'), gzip: sum('gzip'), wire: sum('wire') }
console.table([...files, { file: 'total', ...total, as: '' }])
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
console.log(
  `survey entry JS+CSS on the wire: ${kb(total.wire)} KB (gzip-only browsers ${kb(total.gzip)} KB, ` +
    `uncompressed ${kb(total.raw)} KB; budget ${BUDGET_BYTES / 1024} KB)`,
)
if (total.wire > BUDGET_BYTES) process.exitCode = 1
