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
    LOG_LEVEL: v.optional(v.picklist(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
    NODE_ENV: optionalText,
  }),
  v.check(
    (env) => !env.ADMIN_EMAIL === !env.ADMIN_PASSWORD,
    'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither',
  ),
)
export type Env = v.InferOutput<typeof Env>

/** Reads and checks the environment once; prints every problem and exits on a bad value. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = v.safeParse(Env, source)
  if (result.success) return result.output
  const problems = result.issues.map((issue) => {
    const key = v.getDotPath(issue)
    return `  ${key ?? 'environment'}: ${issue.message}`
  })
  console.error(
    `Materiality cannot start; fix these environment variables:\n${problems.join('\n')}`,
  )
  process.exit(1)
}
