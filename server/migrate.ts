import { loadEnv } from './env.ts'
import { exitOnStartupError, openDatabase } from './startup.ts'

// `npm run db:migrate`: apply the committed migrations to the configured database and exit.
const env = loadEnv()
const database = await openDatabase(env).catch(exitOnStartupError)
console.log(`Migrations applied (${database.kind}).`)
await database.close()
