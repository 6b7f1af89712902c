import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { buildEnv } from './env.ts'

/**
 * Browser tests run against the real built client: build it once before the suite, the
 * production build that ships (not the development one NODE_ENV=test would give, ~8 KB more in
 * the survey), so test/browser/survey-bundle.test.ts measures what a phone downloads.
 */
export default function setup() {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  execFileSync('npm', ['run', 'build:client', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: buildEnv,
  })
}
