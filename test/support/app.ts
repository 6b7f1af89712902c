import { insertMembership, insertOrganisation, insertUser } from '#db/queries/users'
import { createApp } from '#server/app'
import {
  type AppConfig,
  type AppDeps,
  type Clock,
  defaultConfig,
  type MailQueue,
} from '#server/context'
import { createFirstAdmin } from '#server/services/first-run'
import { hashPassword } from '#server/services/passwords'
import type { Role } from '#surveys/domain/model'
import type { TestDatabase } from './db.ts'

export const ORIGIN = 'http://localhost'

/** Test config: cheap password hashing, quiet logs. */
export const testConfig: Partial<AppConfig> = { passwordCostLog2: 10, logLevel: 'silent' }

/** A clock tests can move. */
export function testClock(start = new Date('2026-03-01T09:00:00Z')) {
  let now = start
  const clock: Clock & { advance(ms: number): void; set(date: Date): void } = {
    now: () => now,
    advance: (ms) => {
      now = new Date(now.getTime() + ms)
    },
    set: (date) => {
      now = date
    },
  }
  return clock
}

export type TestClock = ReturnType<typeof testClock>

/** The app on a test database, with a clock the test moves and the deps it was built from. */
export function createTestApp(
  database: TestDatabase,
  options: { clock?: TestClock; config?: Partial<AppConfig>; mail?: MailQueue } = {},
) {
  const clock = options.clock ?? testClock()
  const deps: AppDeps = {
    database,
    clock,
    config: { ...defaultConfig, ...testConfig, ...options.config },
    mail: options.mail,
  }
  return { app: createApp(deps), clock, deps }
}

type App = ReturnType<typeof createApp>

/** A small client over app.request that keeps the session cookie, like a browser. */
export function client(app: App, origin = ORIGIN) {
  let cookie = ''
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await app.request(`${origin}${path}`, {
      method,
      headers: {
        origin,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie) cookie = setCookie.split(';')[0] ?? ''
    const text = await response.text()
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers
    return { status: response.status, headers: response.headers, json: json as any, text }
  }
  return {
    request,
    get: (path: string, headers?: Record<string, string>) =>
      request('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) =>
      request('POST', path, body ?? {}, headers),
    put: (path: string, body?: unknown) => request('PUT', path, body ?? {}),
    patch: (path: string, body?: unknown) => request('PATCH', path, body ?? {}),
    delete: (path: string) => request('DELETE', path),
    get cookie() {
      return cookie
    },
    set cookie(value: string) {
      cookie = value
    },
  }
}

export const ADMIN = {
  email: 'admin@example.com',
  password: 'correct horse battery',
  organisation: 'Acme Holdings',
}

/** The first admin, created the way ADMIN_EMAIL / ADMIN_PASSWORD create it. */
export async function seedAdmin(deps: Parameters<typeof createFirstAdmin>[0]) {
  await createFirstAdmin(deps, { ...ADMIN, name: 'Ada Admin' })
}

/** Another user with a role in an organisation (a new one unless given). */
export async function seedUser(
  database: TestDatabase,
  input: { email: string; role: Role; organisationId?: number; organisation?: string },
) {
  const organisationId =
    input.organisationId ??
    (await insertOrganisation(database.db, input.organisation ?? 'Other Ltd')).id
  const user = await insertUser(database.db, {
    email: input.email,
    name: input.email.split('@')[0] ?? input.email,
    passwordHash: await hashPassword(ADMIN.password, 10),
  })
  await insertMembership(database.db, { userId: user.id, organisationId, role: input.role })
  return { userId: user.id, organisationId, email: input.email, password: ADMIN.password }
}

export async function signIn(app: App, email: string, password = ADMIN.password) {
  const c = client(app)
  const response = await c.post('/api/auth/login', { email, password })
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${response.text}`)
  return c
}
