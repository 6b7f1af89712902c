import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The project folder: the nearest parent of this module holding package.json. Works from the
 * sources (db/) and from the bundled server (dist/server/) alike.
 */
export function projectRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`package.json not found above ${fileURLToPath(from)}`)
    dir = parent
  }
  return dir
}

export const migrationsFolder = () => join(projectRoot(), 'db', 'migrations')
