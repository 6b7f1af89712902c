import { createDb, type Database } from '#db/client'
import { DataDirLockedError } from '#db/data-dir-lock'
import { migrate } from '#db/migrate'
import { probeDatabase } from '#db/probe'
import type { Env } from './env.ts'
import { describeError } from './logger.ts'

/** Long enough for a slow network, short enough that a wrong host is reported within 15 s. */
const CONNECT_TIMEOUT_MS = 8_000

/** Why the process cannot start, as one line for whoever runs it. */
export class StartupError extends Error {
  override name = 'StartupError'
}

type DatabaseEnv = Pick<Env, 'DATABASE_URL' | 'DATA_DIR' | 'POOL_SIZE'>

/**
 * Opens the configured database, checks that it answers and applies the migrations: what the
 * server, `npm run demo` and `npm run db:migrate` all do first. Every failure becomes a
 * StartupError naming the problem (refused, unknown host, no answer in 10 s, no such database,
 * a data folder in use), never a stack trace or a hang.
 */
export async function openDatabase(env: DatabaseEnv): Promise<Database> {
  let database: Database | undefined
  try {
    database = await createDb({
      url: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      poolSize: env.POOL_SIZE,
    })
    const probe = await probeDatabase(database, CONNECT_TIMEOUT_MS)
    if (!probe.ok) throw 'timedOut' in probe ? new ConnectTimeout() : probe.error
    await migrate(database, env.DATABASE_URL)
    return database
  } catch (error) {
    // Not awaited: a connection that never answers would keep us waiting here too.
    void database?.close().catch(() => {})
    throw new StartupError(problem(error, env))
  }
}

class ConnectTimeout extends Error {}

/** The one line that says what is wrong, with the address but never the password. */
function problem(error: unknown, env: DatabaseEnv): string {
  if (error instanceof DataDirLockedError) {
    return `${error.message}. Stop it first, or set DATA_DIR to another folder.`
  }
  if (!env.DATABASE_URL) {
    return `the embedded database in ${env.DATA_DIR} could not be opened (DATA_DIR): ${describeError(error).error}`
  }
  const url = new URL(env.DATABASE_URL)
  const server = `${url.hostname}:${url.port || '5432'}`
  const name = decodeURIComponent(url.pathname.slice(1)) || url.username
  const code = describeError(error).code
  if (error instanceof ConnectTimeout) {
    return `no answer from the database server at ${server} within ${CONNECT_TIMEOUT_MS / 1000} s; check the host, the port and any firewall (DATABASE_URL).`
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `the database server at ${server} refused the connection; is PostgreSQL running there and listening on that port? (DATABASE_URL)`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the database host "${url.hostname}" could not be found (DATABASE_URL).`
    case '3D000':
      return `the database "${name}" does not exist on ${server}; create it (createdb ${name}) or correct DATABASE_URL.`
    case '28P01':
    case '28000':
      return `the database server at ${server} refused user "${decodeURIComponent(url.username)}": wrong password or not allowed to connect (DATABASE_URL).`
    default:
      return `the database at ${server}/${name} could not be used: ${describeError(error).error}`
  }
}

/** Prints the line and ends the process with status 1. */
export function exitOnStartupError(error: unknown): never {
  const message =
    error instanceof StartupError
      ? error.message
      : `unexpected error: ${describeError(error).error}`
  console.error(`Materiality cannot start: ${message}`)
  process.exit(1)
}
