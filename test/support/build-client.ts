import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Browser tests run against the real built client: build it once before the suite. */
export default function setup() {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  execFileSync('npm', ['run', 'build:client', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  })
}
