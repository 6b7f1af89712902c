import { mkdirSync } from 'node:fs'
import type { SQL } from 'drizzle-orm'
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { lockDataDir } from './data-dir-lock.ts'
import * as schema from './schema.ts'

export type Schema = typeof schema
/** The drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type Executor = Db | Tx
export type DatabaseKind = 'pglite' | 'postgres'

export interface Database {
  db: Db
  kind: DatabaseKind
  close(): Promise<void>
}

export interface DatabaseOptions {
  /** postgres:// URL; without it the embedded PGlite is used. */
  url?: string | undefined
  /** PGlite's folder; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined
  /** postgres.js pool size. */
  poolSize?: number | undefined
  /** A PGlite data folder to start from (a `dumpDataDir` tarball): tests copy a migrated one. */
  template?: Blob | undefined
}

const drizzleConfig = { schema, casing: 'snake_case' } as const

/**
 * Opens the database: postgres.js when a URL is given, otherwise PGlite under `dataDir`.
 * @example const { db, close } = await createDb({ dataDir: './data' })
 */
export async function createDb(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 5)
  return openPglite(options.dataDir ?? './data', options.template)
}

function openPostgres(url: string, max: number): Database {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connection: { application_name: 'materiality' },
  })
  const db = drizzlePostgres({ client, ...drizzleConfig }) as unknown as Db
  return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) }
}

/**
 * PGlite in `dataDir`. A folder on disk is locked for this process first (see data-dir-lock.ts):
 * a second process on it fails with DataDirLockedError instead of corrupting it.
 */
async function openPglite(dataDir: string, template?: Blob): Promise<Database> {
  const onDisk = !dataDir.startsWith('memory://')
  if (onDisk) mkdirSync(dataDir, { recursive: true })
  const lock = onDisk ? lockDataDir(dataDir) : undefined
  try {
    // Loaded only when used: a server on PostgreSQL never pays PGlite's memory.
    const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('drizzle-orm/pglite'),
    ])
    const client = await PGlite.create({ dataDir, ...(template ? { loadDataDir: template } : {}) })
    const db = drizzlePglite({ client, ...drizzleConfig }) as unknown as Db
    const close = async () => {
      await client.close()
      lock?.release()
    }
    return { db, kind: 'pglite', close }
  } catch (error) {
    lock?.release()
    throw error
  }
}

/**
 * Runs raw SQL and returns its rows on either driver. Cast numbers in the SQL (`::int`,
 * `::float8`): the drivers disagree on how they return int8 and numeric.
 */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await executor.execute(query)
  if (Array.isArray(result)) return result as T[]
  return (result as { rows: T[] }).rows
}

const dialect = new PgDialect()

/**
 * Like queryRows, but on postgres.js as a prepared statement: parsed and planned once per
 * connection instead of on every call (drizzle's execute never prepares). For hot statements.
 */
export async function queryPrepared<T>(db: Db, query: SQL): Promise<T[]> {
  const client = (db as unknown as { $client?: unknown }).$client
  if (!isPostgresJs(client)) return queryRows<T>(db, query)
  const { sql, params } = dialect.sqlToQuery(query)
  return (await client.unsafe(sql, params as postgres.ParameterOrJSON<never>[], {
    prepare: true,
  })) as unknown as T[]
}

function isPostgresJs(client: unknown): client is postgres.Sql {
  return typeof client === 'function' && 'unsafe' in client
}
