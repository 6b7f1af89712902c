import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { testPostgresUrl } from './support/env.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const postgresUrl = testPostgresUrl

/** The API suite runs once per database driver: always on PGlite, on PostgreSQL when a URL is set. */
const apiProject = (driver: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `api:${driver}`,
    include: ['test/server/**/*.test.ts', 'test/db/**/*.test.ts'],
    env: { TEST_DB_DRIVER: driver },
    globalSetup: ['test/support/pglite-template.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

export default defineConfig({
  root,
  test: {
    root,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/surveys/**/*.test.ts', 'test/client/**/*.test.ts'] },
      },
      apiProject('pglite'),
      ...(postgresUrl ? [apiProject('postgres')] : []),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/build-client.ts', 'test/support/pglite-template.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 1,
        },
      },
    ],
  },
})
