import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import nodemailer from 'nodemailer'
import { projectRoot } from '#db/paths'
import { createApp } from './app.ts'
import { type AppDeps, defaultConfig, systemClock } from './context.ts'
import { loadEnv } from './env.ts'
import { describeLinkOrigin } from './link-origin.ts'
import { createLogger, describeError } from './logger.ts'
import { createFirstAdmin, issueSetupToken } from './services/first-run.ts'
import { startMailQueue } from './services/mail-queue.ts'
import { startReminderJob } from './services/reminder-job.ts'
import { exitOnStartupError, openDatabase } from './startup.ts'

// The only module with side effects: read the env, open and migrate the database, listen.
const env = loadEnv()
const logger = createLogger(env.LOG_LEVEL)
// Whatever escapes a request: logged without SQL parameters (describeError), then exit, so the
// supervisor restarts a clean process.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error) => {
    logger.error(event, describeError(error))
    process.exit(1)
  })
}
const database = await openDatabase(env).catch(exitOnStartupError)

const clientDir = join(projectRoot(), 'dist', 'client')
const deps: AppDeps = {
  database,
  clock: systemClock,
  config: {
    ...defaultConfig,
    publicUrl: env.PUBLIC_URL,
    allowedHosts: env.ALLOWED_HOSTS,
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY,
    clientDir: existsSync(clientDir) ? clientDir : undefined,
    logLevel: env.LOG_LEVEL,
    submitsPerAddressPerMinute: env.SUBMITS_PER_ADDRESS_PER_MINUTE,
    draftsPerAddress: env.DRAFTS_PER_ADDRESS,
  },
}
deps.mail = env.SMTP_URL ? await startMail(env.SMTP_URL) : undefined
logger.info('mail', { delivery: env.SMTP_URL ? 'smtp' : 'outbox only (no SMTP_URL)' })
// Scheduled reminders, checked hourly by every instance (they take turns per assessment).
const reminders = startReminderJob(deps, {
  everyMs: 60 * 60 * 1000,
  onError: (error) => logger.error('scheduled reminders', describeError(error)),
})
const app = createApp(deps)
// Said at start-up, so an operator sees where the addresses in survey links will come from.
logger.info('survey links', { address: describeLinkOrigin(deps.config) })

// First run happens before listening, so the server is ready for its admin once it says so.
const setupToken = await prepareFirstRun()

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const origin = env.PUBLIC_URL ?? `http://${displayHost(env.HOST)}:${info.port}`
  logger.info('listening', { url: origin, database: database.kind })
  // Printed to the console on purpose: whoever runs the server is who sets it up.
  if (setupToken) {
    console.log(
      `\n  Materiality is ready. Create the first admin account:\n  ${origin}/setup?token=${setupToken}\n`,
    )
  }
})

/** The mail queue and its worker (pg-boss on this database) sending through SMTP_URL. */
async function startMail(smtpUrl: string) {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0])
  const settings = {
    from: env.MAIL_FROM ?? '',
    origin: new URL(env.PUBLIC_URL ?? '').origin,
    perMinute: env.MAIL_PER_MINUTE,
  }
  return startMailQueue(deps, transport, settings, {
    url: env.DATABASE_URL,
    expireInSeconds: env.MAIL_JOB_EXPIRY_SECONDS,
  })
}

async function prepareFirstRun(): Promise<string | undefined> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return issueSetupToken(deps)
  const created = await createFirstAdmin(deps, {
    organisation: env.ADMIN_ORGANISATION,
    name: env.ADMIN_EMAIL,
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
  })
  if (created) logger.info('first admin created', { email: env.ADMIN_EMAIL })
  return undefined
}

function displayHost(host: string) {
  return host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host
}

function shutdown(signal: string) {
  logger.info('shutting down', { signal })
  const force = setTimeout(() => process.exit(1), 10_000)
  force.unref()
  server.close(async () => {
    await reminders.stop()
    await (deps.mail as { stop?: () => Promise<void> } | undefined)?.stop?.()
    await database.close()
    process.exit(0)
  })
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
