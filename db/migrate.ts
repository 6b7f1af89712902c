import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import type { Database } from './client.ts'
import { migrationsFolder } from './paths.ts'

// Any number of instances may start at once; the lock makes them migrate one after another.
const MIGRATION_LOCK = 727_271

/** Applies the committed migrations in db/migrations. */
export async function migrate(database: Database, url?: string): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator')
    await migratePglite(database.db as unknown as PgliteDatabase, {
      migrationsFolder: migrationsFolder(),
    })
    return
  }
  if (!url) throw new Error('migrating PostgreSQL needs its URL')
  await migratePostgresLocked(url)
}

async function migratePostgresLocked(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} })
  try {
    await client`SELECT pg_advisory_lock(${MIGRATION_LOCK})`
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: migrationsFolder() })
    await client`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`
  } finally {
    await client.end({ timeout: 5 })
  }
}
