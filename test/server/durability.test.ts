import { randomInt, randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, test } from 'vitest'
import type { Database } from '#db/client'
import { testDriver } from '../support/db.ts'
import { type ServerProcess, serverData, startServerProcess } from '../support/server-process.ts'

// Crash test: ≥ 500 submissions from concurrent clients, SIGKILL part-way, restart on the same
// data. Every submission that was answered 201 must be stored whole (all its ratings), and no
// response may be stored half. Runs on the driver of the project (PGlite or PostgreSQL).

const TOTAL = 520
const CONCURRENCY = 24
const KILL_AFTER_ACKS = 180
const ADMIN = { email: 'admin@example.com', password: 'correct horse battery' }

interface Sent {
  submissionId: string
  token: string
  status: number | 'lost'
  responseId?: string
}

async function api<T>(base: string, method: string, path: string, body?: unknown, cookie?: string) {
  const response = await fetch(base + path, {
    method,
    headers: { origin: base, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as T, headers: response.headers }
}

async function seed(base: string) {
  const login = await api(base, 'POST', '/api/auth/login', ADMIN)
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!
  const { json: assessment } = await api<{ id: string }>(
    base,
    'POST',
    '/api/assessments',
    { name: 'Crash' },
    cookie,
  )
  await api(base, 'PATCH', `/api/assessments/${assessment.id}`, { status: 'open' }, cookie)
  const { json } = await api<{ links: { token: string }[] }>(
    base,
    'POST',
    `/api/assessments/${assessment.id}/links`,
    { group: 'employees', kind: 'single-use', count: TOTAL },
    cookie,
  )
  const tokens = json.links.map((link) => link.token)
  const { json: questionnaire } = await api<{ issues: { id: string; axes: string[] }[] }>(
    base,
    'GET',
    `/api/survey/${tokens[0]}`,
  )
  const pairs = questionnaire.issues.flatMap((issue) =>
    issue.axes.map((axis) => ({ issueId: issue.id, axis })),
  )
  return { tokens, pairs }
}

async function fire(
  server: ServerProcess,
  tokens: string[],
  pairs: { issueId: string; axis: string }[],
) {
  const sent: Sent[] = []
  let next = 0
  let acked = 0
  const worker = async () => {
    while (next < tokens.length) {
      const token = tokens[next++]!
      const record: Sent = { submissionId: randomUUID(), token, status: 'lost' }
      sent.push(record)
      const ratings = pairs.map((pair) => ({ ...pair, score: randomInt(1, 6) }))
      try {
        const response = await api<{ responseId: string }>(
          server.url,
          'POST',
          `/api/survey/${token}/submit`,
          {
            submissionId: record.submissionId,
            locale: 'en',
            ratings,
          },
        )
        record.status = response.status
        record.responseId = response.json.responseId
        if (response.status === 201 && ++acked === KILL_AFTER_ACKS) server.child.kill('SIGKILL')
      } catch {
        record.status = 'lost'
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return sent
}

async function stored(database: Database) {
  const result: unknown = await database.db.execute(sql`
    SELECT r.submission_id::text AS "submissionId", r.id::text AS id, count(x.response_id)::int AS ratings
    FROM responses r LEFT JOIN ratings x ON x.response_id = r.id
    GROUP BY r.id`)
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    submissionId: string
    id: string
    ratings: number
  }[]
  return new Map(rows.map((row) => [row.submissionId, row]))
}

describe('durability under SIGKILL', () => {
  const cleanups: (() => Promise<void> | void)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  test(`every acknowledged submission survives a crash whole, on ${testDriver()}`, async () => {
    const target = await serverData('crash')
    cleanups.push(target.cleanup)
    const env = {
      ...target.env,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SUBMITS_PER_ADDRESS_PER_MINUTE: '100000',
    }
    const first = await startServerProcess(env)
    const { tokens, pairs } = await seed(first.url)
    const sent = await fire(first, tokens, pairs)
    const exitCode = await first.stop()
    expect(exitCode, 'the server was killed, not stopped').toBeNull()
    const acked = sent.filter((s) => s.status === 201)
    expect(sent.length).toBeGreaterThanOrEqual(500)
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS)
    expect(
      sent.filter((s) => s.status === 'lost').length,
      'the kill cut some requests off',
    ).toBeGreaterThan(0)

    // Restarted on the same data, it still knows every acknowledged submission.
    const second = await startServerProcess(env)
    const replay = acked.slice(0, 20)
    for (const record of replay) {
      const again = await api<{ responseId: string }>(
        second.url,
        'POST',
        `/api/survey/${record.token}/submit`,
        {
          submissionId: record.submissionId,
          locale: 'en',
          ratings: pairs.map((pair) => ({ ...pair, score: 3 })),
        },
      )
      expect(again.status).toBe(200)
      expect(again.json.responseId).toBe(record.responseId)
    }
    await second.stop()

    const database = await target.open()
    try {
      const rows = await stored(database)
      for (const record of acked) {
        const row = rows.get(record.submissionId)
        expect(row, `acknowledged ${record.submissionId} is stored`).toBeDefined()
        expect(row!.id).toBe(record.responseId)
      }
      for (const row of rows.values())
        expect(row.ratings, `response ${row.id} is whole`).toBe(pairs.length)
    } finally {
      await database.close()
    }
  }, 240_000)
})
