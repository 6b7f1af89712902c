import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '#db/paths'

// `npm start` builds the client and server bundles only when a source is newer than the build.
const root = projectRoot()
const SOURCES = ['client', 'server', 'db', 'surveys', 'package-lock.json']
const OUTPUTS = ['dist/client/index.html', 'dist/client/survey.html', 'dist/server/main.js'].map(
  (file) => join(root, file),
)

function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce(
    (latest, name) => Math.max(latest, newest(join(path, name))),
    stat.mtimeMs,
  )
}

const builtAt = OUTPUTS.every(existsSync)
  ? Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs))
  : 0
const changedAt = Math.max(...SOURCES.map((source) => newest(join(root, source))))
if (changedAt > builtAt) {
  console.log('Building the client and server…')
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
}
