import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { type Database, queryRows } from '#db/client'
import { ADMIN, client } from '../support/app.ts'
import { testDriver } from '../support/db.ts'
import { type ServerProcess, serverData, startServerProcess } from '../support/server-process.ts'
import { fullRatings } from '../support/survey.ts'

// A server process killed with SIGKILL after a response committed and before its invitation was
// marked: the response is kept and the next server marks the invitation. PostgreSQL only: the
// test holds the process in that gap with a trigger that sleeps, which needs a second connection
// to the server's database (a PGlite directory is its process's alone; the fault-injection test,
// invitations-lost-mark.test.ts, covers both drivers).

const running: ServerProcess[] = []
const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const server of running) await server.stop('SIGKILL')
  for (const cleanup of cleanups) await cleanup()
})

async function start(env: Record<string, string>) {
  const server = await startServerProcess({
    ...env,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  })
  running.push(server)
  const admin = client(
    { request: (url: string, init: RequestInit) => fetch(url, init) } as never,
    server.url,
  )
  expect((await admin.post('/api/auth/login', ADMIN)).status).toBe(200)
  return { server, admin }
}

const one = async <T>(db: Database, query: ReturnType<typeof sql>) =>
  (await queryRows<T>(db.db, query))[0] as T

describe.runIf(testDriver() === 'postgres')(
  'SIGKILL between a response and its invitation mark',
  () => {
    test('the response is kept, and the next server marks its invitation answered', async () => {
      const data = await serverData('lost-mark-kill')
      cleanups.push(data.cleanup)
      const first = await start(data.env)
      const assessment = (await first.admin.post('/api/assessments', { name: 'FY2025' })).json
      const url = `/api/assessments/${assessment.id}`
      await first.admin.post(`/api/organisations/${assessment.organisationId}/contacts`, [
        { name: 'Ann', email: 'ann@example.com', group: 'customers', language: 'en' },
        { name: 'Ben', email: 'ben@example.com', group: 'customers', language: 'en' },
      ])
      await first.admin.post(`${url}/invitations`, { groups: ['customers'] })
      await first.admin.patch(url, { status: 'open' })
      const outbox = (await first.admin.get(`${url}/outbox`)).json as {
        recipient: string
        body: string
      }[]
      const link = outbox
        .find((m) => m.recipient === 'ann@example.com')
        ?.body.match(/\/s\/([\w-]+)/)
      const token = link?.[1] ?? ''
      expect(token).toMatch(/^[\w-]{20,}$/)

      const db = await data.open()
      cleanups.unshift(() => db.close())
      // The mark waits here, after the response committed: the moment the process is killed.
      await db.db.execute(sql`CREATE FUNCTION stall_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(120); RETURN NEW; END $$`)
      await db.db.execute(sql`CREATE TRIGGER stall_mark BEFORE UPDATE OF responded_on ON invitations
      FOR EACH ROW EXECUTE FUNCTION stall_mark()`)
      const questionnaire = await (await fetch(`${first.server.url}/api/survey/${token}`)).json()
      const submit = fetch(`${first.server.url}/api/survey/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: first.server.url },
        body: JSON.stringify({
          submissionId: crypto.randomUUID(),
          locale: 'en',
          ratings: fullRatings(questionnaire),
        }),
      }).then(
        (response) => response.status,
        () => 'no answer',
      )
      await vi.waitFor(
        async () =>
          expect(
            await one<{ n: number }>(
              db,
              sql`SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE wait_event = 'PgSleep'`,
            ),
          ).toEqual({ n: 1 }),
        { timeout: 30_000, interval: 100 },
      )
      expect(await one(db, sql`SELECT count(*)::int AS n FROM responses`)).toEqual({ n: 1 })
      first.server.child.kill('SIGKILL')
      expect(await submit).toBe('no answer')
      // The killed process's session would sleep on, holding the row: PostgreSQL ends it.
      await db.db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE wait_event = 'PgSleep'`)
      await db.db.execute(sql`DROP TRIGGER stall_mark ON invitations`)
      await db.db.execute(sql`DROP FUNCTION stall_mark()`)
      const unmarked = sql`SELECT c.name, i.token IS NOT NULL AS "hasToken",
        i.responded_on IS NOT NULL AS responded
      FROM invitations i JOIN contacts c ON c.id = i.contact_id ORDER BY c.name`
      expect(await queryRows(db.db, unmarked)).toEqual([
        { name: 'Ann', hasToken: true, responded: false },
        { name: 'Ben', hasToken: true, responded: false },
      ])

      const second = await start(data.env)
      const listed = (await second.admin.get(`${url}/invitations`)).json
      expect(
        listed.map((i: { name: string; responded: boolean }) => [i.name, i.responded]),
      ).toEqual([
        ['Ann', true],
        ['Ben', false],
      ])
      expect(await queryRows(db.db, unmarked)).toEqual([
        { name: 'Ann', hasToken: false, responded: true },
        { name: 'Ben', hasToken: true, responded: false },
      ])
      expect(await one(db, sql`SELECT count(*)::int AS n FROM responses`)).toEqual({ n: 1 })
    }, 180_000)
  },
)
