import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { getTableName, isTable, sql, type Table } from 'drizzle-orm'
import postgres from 'postgres'
import { inject } from 'vitest'
import { createDb, type Database } from '#db/client'
import { migrate } from '#db/migrate'
import * as schema from '#db/schema'
import { testDriverName, testPostgresUrl } from './env.ts'

export interface TestDatabase extends Database {
  /** The postgres:// URL of this test's own database (PostgreSQL only). */
  url?: string
  /** Empties every table, keeping the schema: call it in beforeEach. */
  reset(): Promise<void>
}

/** The driver this test run uses: the vitest project sets TEST_DB_DRIVER. */
export function testDriver(): 'pglite' | 'postgres' {
  return testDriverName
}

export function postgresAdminUrl(): string {
  const url = testPostgresUrl
  if (!url) throw new Error('TEST_DB_DRIVER=postgres needs TEST_DATABASE_URL or DATABASE_URL')
  return url
}

/**
 * A migrated database of its own for one test file: PGlite in memory, or a fresh database on
 * the PostgreSQL server, created from the committed migrations and dropped on close.
 */
export async function createTestDb(driver = testDriver()): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const database = await createDb({ dataDir: 'memory://', template: await pgliteTemplate() })
    return { ...database, reset: () => truncateAll(database) }
  }
  const { url, drop } = await createPostgresDatabase()
  const database = await createDb({ url, poolSize: 4 })
  await migrate(database, url)
  // Open a pool connection now, as the server's start-up does: a test's first request should
  // not pay for connecting (on a busy machine that alone can outlast /healthz's 1 s).
  await database.db.execute(sql`select 1`)
  return {
    ...database,
    url,
    reset: () => truncateAll(database),
    close: async () => {
      await database.close()
      await drop()
    },
  }
}

/**
 * Makes a test's database go away under a running app, as an outage would: PGlite is closed;
 * on PostgreSQL the database is dropped, its connections terminated (reconnecting fails).
 */
export async function takeAway(database: TestDatabase): Promise<void> {
  if (!database.url) return database.close()
  const name = new URL(database.url).pathname.slice(1)
  const admin = postgres(postgresAdminUrl(), { max: 1, onnotice: () => {} })
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.end()
}

/** The migrated data folder from global setup (test/support/pglite-template.ts). */
export async function pgliteTemplate(): Promise<Blob> {
  const file = inject('pgliteTemplate')
  return new Blob([await readFile(file)])
}

/** Creates an empty database on the server; `drop` removes it. */
export async function createPostgresDatabase() {
  const adminUrl = postgresAdminUrl()
  const name = `materiality_test_${randomBytes(6).toString('hex')}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const drop = async () => {
    const again = postgres(adminUrl, { max: 1, onnotice: () => {} })
    await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await again.end()
  }
  return { url: url.toString(), drop }
}

const TABLES = Object.values(schema as Record<string, unknown>)
  .filter((value): value is Table => isTable(value))
  .map((table) => `"${getTableName(table)}"`)

async function truncateAll(database: Database): Promise<void> {
  await database.db.execute(sql.raw(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE`))
}
