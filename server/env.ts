import * as v from 'valibot'

const optionalText = v.optional(v.pipe(v.string(), v.trim(), v.minLength(1)))
const flag = v.pipe(
  v.optional(v.picklist(['true', 'false', '1', '0', 'yes', 'no']), 'false'),
  v.transform((value) => ['true', '1', 'yes'].includes(value)),
)

const Env = v.pipe(
  v.object({
    DATABASE_URL: v.optional(
      v.pipe(v.string(), v.regex(/^postgres(ql)?:\/\//, 'must start with postgres://')),
    ),
    PORT: v.pipe(
      v.optional(v.string(), '3000'),
      v.transform(Number),
      v.integer('must be a whole number'),
      v.minValue(0),
      v.maxValue(65535),
    ),
    HOST: v.optional(v.string(), '127.0.0.1'),
    DATA_DIR: v.optional(v.string(), './data'),
    ADMIN_EMAIL: v.optional(v.pipe(v.string(), v.trim(), v.email('must be an email address'))),
    ADMIN_PASSWORD: v.optional(v.pipe(v.string(), v.minLength(12, 'needs at least 12 characters'))),
    ADMIN_ORGANISATION: v.optional(v.string(), 'My organisation'),
    /** The address respondents and admins reach the app on, for links; e.g. https://esg.example.com */
    PUBLIC_URL: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
    /** Behind a reverse proxy: trust X-Forwarded-For and X-Forwarded-Proto. */
    TRUST_PROXY: flag,
    POOL_SIZE: v.pipe(v.optional(v.string(), '5'), v.transform(Number), v.integer(), v.minValue(1)),
    /** Survey submits accepted per client address per minute; an office may share one address. */
    SUBMITS_PER_ADDRESS_PER_MINUTE: v.pipe(
      v.optional(v.string(), '600'),
      v.transform(Number),
      v.integer('must be a whole number'),
      v.minValue(1),
    ),
    /** Unsubmitted drafts one client address may hold on one open link. */
    DRAFTS_PER_ADDRESS: v.pipe(
      v.optional(v.string(), '50'),
      v.transform(Number),
      v.integer('must be a whole number'),
      v.minValue(1),
      v.maxValue(1000, 'must be at most 1000 (a link holds 1000 drafts)'),
    ),
    /** smtp://user:pass@host:587 or smtps://…: invitations go out by email. Unset: the outbox only. */
    SMTP_URL: v.optional(
      v.pipe(v.string(), v.regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')),
    ),
    /** The sender of invitations, e.g. `Acme ESG <esg@acme.example>`. */
    MAIL_FROM: optionalText,
    /** Emails sent per minute by all instances together. */
    MAIL_PER_MINUTE: v.pipe(
      v.optional(v.string(), '60'),
      v.transform(Number),
      v.integer('must be a whole number'),
      v.minValue(1),
      v.maxValue(10000),
    ),
    /** A send not finished this long after its job started is taken for a dead worker's. */
    MAIL_JOB_EXPIRY_SECONDS: v.pipe(
      v.optional(v.string(), '90'),
      v.transform(Number),
      v.integer('must be a whole number'),
      v.minValue(2),
      v.maxValue(3600),
    ),
    LOG_LEVEL: v.optional(v.picklist(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
    /** `production`: survey links never take their address from a request's Host header. */
    NODE_ENV: optionalText,
    /** Hosts (host or host:port, comma-separated) whose Host header may build survey links. */
    ALLOWED_HOSTS: v.optional(
      v.pipe(
        v.string(),
        v.transform((list) =>
          list
            .split(',')
            .map((host) => host.trim().toLowerCase())
            .filter(Boolean),
        ),
        v.check(
          (hosts) =>
            hosts.every((host) =>
              /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(host),
            ),
          'must be host names, comma-separated, e.g. esg.example.com,esg.internal:8443',
        ),
      ),
    ),
  }),
  v.check(
    (env) => !env.SMTP_URL || (!!env.MAIL_FROM && !!env.PUBLIC_URL),
    'SMTP_URL needs MAIL_FROM (the sender) and PUBLIC_URL (the address links in emails point to)',
  ),
  v.check(
    (env) => !env.ADMIN_EMAIL === !env.ADMIN_PASSWORD,
    'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
  ),
  v.check(
    (env) => env.NODE_ENV !== 'production' || !!env.PUBLIC_URL || !!env.ALLOWED_HOSTS?.length,
    'NODE_ENV=production needs PUBLIC_URL (or ALLOWED_HOSTS): survey links must not take their address from whatever Host header a request sends',
  ),
)
export type Env = v.InferOutput<typeof Env>

/** The environment checked: the settings, or every problem as `NAME: what is wrong`. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { env: Env; problems?: undefined } | { env?: undefined; problems: string[] } {
  const result = v.safeParse(Env, source)
  if (result.success) return { env: result.output }
  return {
    problems: result.issues.map(
      (issue) => `${v.getDotPath(issue) ?? 'environment'}: ${issue.message}`,
    ),
  }
}

/** Reads and checks the environment once; prints every problem and exits on a bad value. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const { env, problems } = parseEnv(source)
  if (env) return env
  console.error(
    `Materiality cannot start; fix these environment variables:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  )
  process.exit(1)
}
