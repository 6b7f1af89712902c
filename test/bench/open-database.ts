import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDb } from '#db/client'
import { migrate } from '#db/migrate'
import { createPostgresDatabase } from '../support/db.ts'

/**
 * A migrated database of its own for a benchmark: a fresh one on the PostgreSQL server, or a
 * PGlite in a temporary folder; `dispose` closes it and removes it.
 */
export async function openBenchDatabase(driver: 'pglite' | 'postgres') {
  if (driver === 'postgres') {
    const { url, drop } = await createPostgresDatabase()
    const database = await createDb({ url, poolSize: 4 })
    await migrate(database, url)
    return {
      database,
      dispose: async () => {
        await database.close()
        await drop()
      },
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'materiality-bench-'))
  const database = await createDb({ dataDir: dir })
  await migrate(database)
  return {
    database,
    dispose: async () => {
      await database.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
