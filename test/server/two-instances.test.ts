import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createPostgresDatabase, testDriver } from '../support/db.ts'
import { type ServerProcess, startServerProcess } from '../support/server-process.ts'

// Two app instances against one PostgreSQL: everything that matters between requests lives in
// the database, so whatever one instance did, the other sees. (PGlite is one process by nature.)
const EMAIL = 'admin@example.com'
const PASSWORD = 'correct horse battery'

describe.runIf(testDriver() === 'postgres')('two instances on one PostgreSQL', () => {
  let drop: () => Promise<void>
  let a: ServerProcess
  let b: ServerProcess

  beforeAll(async () => {
    const database = await createPostgresDatabase()
    drop = database.drop
    const env = { DATABASE_URL: database.url, ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD }
    ;[a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)])
  }, 120_000)
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await drop?.()
  })

  const call = (server: ServerProcess, method: string, path: string, body?: unknown, cookie = '') =>
    fetch(server.url + path, {
      method,
      headers: {
        origin: server.url,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })

  test('both migrated the same database and agree there is exactly one first admin', async () => {
    for (const server of [a, b]) {
      const health = await call(server, 'GET', '/healthz')
      expect(await health.json()).toEqual({ status: 'ok', database: 'postgres' })
    }
    const created = [...a.output, ...b.output].filter((line) =>
      line.includes('first admin created'),
    )
    expect(created).toHaveLength(1)
  })

  test('a session made on one instance works on the other, and logout on it ends it everywhere', async () => {
    const login = await call(a, 'POST', '/api/auth/login', { email: EMAIL, password: PASSWORD })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!
    const me = await call(b, 'GET', '/api/auth/me', undefined, cookie)
    expect(me.status).toBe(200)
    expect(((await me.json()) as { email: string }).email).toBe(EMAIL)
    expect((await call(b, 'POST', '/api/auth/logout', {}, cookie)).status).toBe(200)
    expect((await call(a, 'GET', '/api/auth/me', undefined, cookie)).status).toBe(401)
  })

  async function signedIn(server: ServerProcess) {
    const login = await call(server, 'POST', '/api/auth/login', {
      email: EMAIL,
      password: PASSWORD,
    })
    return login.headers.getSetCookie()[0]!.split(';')[0]!
  }

  /** An open assessment and `count` single-use links made through instance `a`. */
  async function surveyLinks(count: number) {
    const cookie = await signedIn(a)
    const created = await call(a, 'POST', '/api/assessments', { name: 'Shared' }, cookie)
    const { id } = (await created.json()) as { id: string }
    await call(a, 'PATCH', `/api/assessments/${id}`, { status: 'open' }, cookie)
    const body = { group: 'employees', kind: 'single-use', count }
    const links = await call(a, 'POST', `/api/assessments/${id}/links`, body, cookie)
    return ((await links.json()) as { links: { token: string }[] }).links.map((l) => l.token)
  }

  test('a draft saved through one instance is resumed through the other', async () => {
    const [token] = await surveyLinks(1)
    const answers = { ratings: {}, comments: {}, suggestedIssues: 'Water stewardship' }
    const saved = await call(a, 'PUT', `/api/survey/${token}/draft`, { answers, locale: 'zh-Hant' })
    expect(saved.status).toBe(200)
    const resumed = await call(b, 'GET', `/api/survey/${token}`)
    const questionnaire = (await resumed.json()) as { draft: { answers: typeof answers } | null }
    expect(questionnaire.draft?.answers.suggestedIssues).toBe('Water stewardship')
  })

  test('the same single-use link submitted to both at once stores exactly one response', async () => {
    const [token] = await surveyLinks(1)
    const questionnaire = (await (await call(a, 'GET', `/api/survey/${token}`)).json()) as {
      issues: { id: string; axes: string[] }[]
    }
    const ratings = questionnaire.issues.flatMap((issue) =>
      issue.axes.map((axis) => ({ issueId: issue.id, axis, score: 4 })),
    )
    const submit = (server: ServerProcess) =>
      call(server, 'POST', `/api/survey/${token}/submit`, {
        submissionId: crypto.randomUUID(),
        locale: 'en',
        ratings,
      })
    const statuses = (await Promise.all([a, b, a, b].map(submit))).map((r) => r.status).sort()
    expect(statuses).toEqual([201, 409, 409, 409])
  })

  test('a sign-in rate limit reached through one instance holds on the other', async () => {
    const email = 'someone@example.com'
    for (let i = 0; i < 10; i++) {
      const server = i % 2 === 0 ? a : b
      expect(
        (await call(server, 'POST', '/api/auth/login', { email, password: `wrong ${i}` })).status,
      ).toBe(401)
    }
    for (const server of [a, b]) {
      const limited = await call(server, 'POST', '/api/auth/login', {
        email,
        password: 'wrong again',
      })
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  })
})
