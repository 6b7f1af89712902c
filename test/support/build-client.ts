import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Browser tests run against the real built client: build it once before the suite. */
export default function setup() {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
}
