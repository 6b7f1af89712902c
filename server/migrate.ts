import { createDb } from '#db/client'
import { migrate } from '#db/migrate'
import { loadEnv } from './env.ts'

// `npm run db:migrate`: apply the committed migrations to the configured database and exit.
const env = loadEnv()
const database = await createDb({ url: env.DATABASE_URL, dataDir: env.DATA_DIR })
try {
  await migrate(database, env.DATABASE_URL)
  console.log(`Migrations applied (${database.kind}).`)
} finally {
  await database.close()
}
