import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '#db/paths'
import { measureSurveyBundle, SURVEY_BUDGET_BYTES } from '../support/survey-bundle.ts'

// `npx tsx test/bench/bundle-size.ts [--no-build]`: builds the client, then asks the server's
// own static route for every script and stylesheet survey.html loads (shared chunks included)
// the way Chromium asks, and sums the bytes it sends: what a phone downloads, not a size
// computed after the fact. Budget: 20 KB on the wire (issue 17; test/browser/survey-bundle.test.ts
// holds `npm test` to it); BENCHMARKS.md records the number, and `npm run bench:lighthouse`
// reports it beside the Lighthouse scores.

const root = projectRoot()
const dist = join(root, 'dist', 'client')

if (!process.argv.includes('--no-build') || !existsSync(join(dist, 'survey.html'))) {
  execFileSync('npm', ['run', 'build:client', '--silent'], { cwd: root, stdio: 'inherit' })
}

const { files, total } = await measureSurveyBundle(dist)
console.table([...files, { file: 'total', ...total, as: '' }])
const kb = (bytes: number) => (bytes / 1024).toFixed(1)
console.log(
  `survey entry JS+CSS on the wire: ${kb(total.wire)} KB (gzip-only browsers ${kb(total.gzip)} KB, ` +
    `uncompressed ${kb(total.raw)} KB; budget ${SURVEY_BUDGET_BYTES / 1024} KB)`,
)
if (total.wire > SURVEY_BUDGET_BYTES) process.exitCode = 1
