import { defaultConfig, systemClock } from './context.ts'
import { loadDemo } from './demo/load.ts'
import { loadEnv } from './env.ts'
import { exitOnStartupError, openDatabase } from './startup.ts'

// `npm run demo`: loads the demo organisation and assessment into the configured database.
const env = loadEnv()
// The same opening as the server's: a data folder in use by a running server is refused.
const database = await openDatabase(env).catch(exitOnStartupError)
try {
  const config = { ...defaultConfig, logLevel: env.LOG_LEVEL }
  const demo = await loadDemo({ database, clock: systemClock, config })
  const origin = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`
  console.log(`
  Demo loaded (${database.kind}): FY2023 closed with ${demo.responses} responses, waiting for you
  to confirm it; FY2022 confirmed and approved, with its disclosure and evidence pack.

  Sign in:     ${origin}/login
  Email:       ${demo.email}
  Password:    ${demo.password}
  FY2023:      ${origin}/assessments/${demo.assessmentId}/matrix
  FY2022:      ${origin}/assessments/${demo.earlierId}/disclosure
  FY2024:      ${origin}/assessments/${demo.doubleId}/iros  (double materiality: ${demo.iros} IROs scored by
               three assessors and the admin, ${demo.doubleResponses} survey responses beside them,
               compared year over year with the FY2023 pilot)
  FY2023 pilot: ${origin}/assessments/${demo.pilotId}/disclosure  (double materiality, confirmed)

  Start the server with \`npm start\` (or \`npm run dev\`) if it is not running.
`)
} finally {
  await database.close()
}
