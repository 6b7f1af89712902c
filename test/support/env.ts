/**
 * The one reader of process.env under test/ (Biome's noProcessEnv allows only this file and
 * server/env.ts): what the person or script running the tests and benchmarks sets. The app
 * itself is never configured from here; tests build its config in code (support/app.ts).
 */
const source = process.env

/** PostgreSQL to test on: TEST_DATABASE_URL, else DATABASE_URL; unset, PGlite only. */
export const testPostgresUrl = source.TEST_DATABASE_URL ?? source.DATABASE_URL

/** What a benchmark runs on PostgreSQL against: DATABASE_URL, as for the server. */
export const benchPostgresUrl = source.DATABASE_URL

/** The driver this test run uses: each vitest project sets TEST_DB_DRIVER. */
export const testDriverName: 'pglite' | 'postgres' =
  source.TEST_DB_DRIVER === 'postgres' ? 'postgres' : 'pglite'

/** Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumBinary = source.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The PATH handed on to child processes, which otherwise start with an empty environment. */
export const childPath = source.PATH ?? ''

/**
 * A setting of a test or benchmark given as a number, e.g. BENCH_RUNS, or its default.
 * @example numberSetting('FUZZ_RUNS', 40)
 */
export function numberSetting(name: string, fallback: number): number {
  const value = source[name]
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isFinite(number)) throw new Error(`${name} must be a number, not ${value}`)
  return number
}

/** A text setting of a benchmark (BENCH_NODE_OPTIONS, POOL_SIZE), or undefined. */
export const textSetting = (name: string): string | undefined => source[name] || undefined

/**
 * This environment for a child process that builds the client, as `npm run build` does from a
 * shell: NODE_ENV=production. vitest sets NODE_ENV=test, which Vite would follow into a
 * development build (JSX carrying each element's file and line).
 */
export const buildEnv: NodeJS.ProcessEnv = { ...source, NODE_ENV: 'production' }
