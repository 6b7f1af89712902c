import { performance } from 'node:perf_hooks'
import { sql } from 'drizzle-orm'
import { createDb, type Db } from '#db/client'
import { migrate } from '#db/migrate'
import { insertLinkBatch } from '#db/queries/links'
import { hashToken, newTokens } from '#server/services/tokens'
import { ADMIN, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createPostgresDatabase, type TestDatabase } from '../support/db.ts'
import { numberSetting } from '../support/env.ts'

// `npm run bench:links` (DATABASE_URL set), on a fresh PostgreSQL database of its own:
// 1. how long creating 5,000 single-use survey links takes. Three layers, each measured RUNS
//    times: tokens (random bits + SHA-256, no I/O), the single INSERT statement, and the whole
//    POST /api/assessments/:id/links request through the app (validation, access, insert, audit,
//    the 5,000-link JSON answer).
// 2. how long a page of GET /api/assessments/:id/links takes at 30,000 links (BENCH_LIST_LINKS),
//    a third of them answered, some started, revoked or expired: the first page, ?status=unused,
//    the last page reached by cursor, and a rare status that scans every link.

const COUNT = numberSetting('BENCH_LINKS', 5000)
const RUNS = numberSetting('BENCH_RUNS', 20)
const LIST_LINKS = numberSetting('BENCH_LIST_LINKS', 30_000)

function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(
    `${label.padEnd(34)} median ${ms(at(0.5))}  p95 ${ms(at(0.95))}  min ${ms(sorted[0] ?? 0)}  max ${ms(sorted.at(-1) ?? 0)}`,
  )
}

async function time(run: () => Promise<unknown> | unknown): Promise<number[]> {
  await run() // warm-up: JIT, connection pool, plan cache
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    await run()
    samples.push(performance.now() - started)
  }
  return samples
}

async function main() {
  const created = await createPostgresDatabase()
  const database = await createDb({ url: created.url, poolSize: 4 })
  try {
    await migrate(database, created.url)
    const testDatabase: TestDatabase = { ...database, reset: async () => {} }
    const { app, deps } = createTestApp(testDatabase)
    await seedAdmin(deps)
    const admin = await signIn(app, ADMIN.email)
    const assessment = (await admin.post('/api/assessments', { name: 'Bench' })).json
    const [group] = (await admin.get(`/api/assessments/${assessment.id}/groups`)).json.groups
    console.log(
      `${COUNT} single-use links, ${RUNS} runs each, PostgreSQL ${created.url.split('@')[1]}`,
    )

    summary('tokens + hashes (CPU only)', await time(() => newTokens(COUNT).map(hashToken)))
    summary(
      'INSERT … SELECT generate_series',
      await time(() =>
        insertLinkBatch(database.db, {
          assessmentId: Number(assessment.id),
          groupId: Number(group.id),
          kind: 'single-use',
          tokenHashes: newTokens(COUNT).map(hashToken),
          maxResponses: null,
          expiresAt: null,
          createdBy: 1,
        }),
      ),
    )
    summary(
      'POST /api/assessments/:id/links',
      await time(async () => {
        const response = await admin.post(`/api/assessments/${assessment.id}/links`, {
          group: group.key,
          kind: 'single-use',
          count: COUNT,
        })
        if (response.status !== 201 || response.json.links.length !== COUNT) {
          throw new Error(`unexpected answer ${response.status}`)
        }
      }),
    )

    await benchList(admin, database.db)
  } finally {
    await database.close()
    await created.drop()
  }
}

type Admin = Awaited<ReturnType<typeof signIn>>

/**
 * A second assessment with LIST_LINKS links (batches of 5,000, so ids interleave with nothing),
 * then the list's pages. Responses and drafts are written directly: only their link matters.
 */
async function benchList(admin: Admin, db: Db) {
  const assessment = (await admin.post('/api/assessments', { name: 'Bench list' })).json
  const groups = (await admin.get(`/api/assessments/${assessment.id}/groups`)).json.groups
  const id = Number(assessment.id)
  for (let made = 0; made < LIST_LINKS; made += 5000) {
    const group = groups[(made / 5000) % groups.length]
    await insertLinkBatch(db, {
      assessmentId: id,
      groupId: Number(group.id),
      kind: 'single-use',
      tokenHashes: newTokens(Math.min(5000, LIST_LINKS - made)).map(hashToken),
      maxResponses: null,
      expiresAt: null,
      createdBy: 1,
    })
  }
  // Every third link answered, every seventh started, every 50th revoked, every 400th expired;
  // the newest 5,000 are mostly unused, as after a fresh batch.
  await db.execute(sql`
    INSERT INTO responses (assessment_id, group_id, link_id, single_use, submission_id, locale)
    SELECT assessment_id, group_id, id, true, gen_random_uuid(), 'en' FROM survey_links
    WHERE assessment_id = ${id} AND id % 3 = 0`)
  await db.execute(sql`
    INSERT INTO drafts (link_id, resume_key, answers, locale)
    SELECT id, '\\x'::bytea, '{}'::jsonb, 'en' FROM survey_links
    WHERE assessment_id = ${id} AND id % 7 = 0 AND id % 3 <> 0`)
  await db.execute(sql`
    UPDATE survey_links SET revoked_at = now() WHERE assessment_id = ${id} AND id % 50 = 1`)
  await db.execute(sql`
    UPDATE survey_links SET expires_at = now() - interval '1 day'
    WHERE assessment_id = ${id} AND id % 400 = 2`)
  await db.execute(sql`ANALYZE`)
  console.log(`\n${LIST_LINKS} links in one assessment, ${RUNS} runs each`)

  const base = `/api/assessments/${id}/links`
  const page = async (query: string) => {
    const response = await admin.get(`${base}?${query}`)
    if (response.status !== 200) throw new Error(`unexpected answer ${response.status}`)
    return response.json as { links: unknown[]; nextCursor: string | null; total: number }
  }
  // The last page's cursor, found by walking every page once (500 links a page).
  let cursor: string | null = null
  let walked = 0
  for (let next: string | null = ''; next !== null; walked++) {
    cursor = next
    next = (await page(`limit=500${next ? `&cursor=${next}` : ''}`)).nextCursor
  }
  console.log(`(walked ${walked} pages of 500 to reach the last one)`)
  summary('GET …/links (first page of 50)', await time(() => page('limit=50')))
  summary('GET …/links?status=unused', await time(() => page('limit=50&status=unused')))
  summary(
    'GET …/links, last page by cursor',
    await time(() => page(`limit=50${cursor ? `&cursor=${cursor}` : ''}`)),
  )
  summary('GET …/links?status=expired (rare)', await time(() => page('limit=50&status=expired')))
  summary(
    'GET …/links?status=unused&group=…',
    await time(() => page(`limit=50&status=unused&group=${groups[1].key}`)),
  )
}

await main()
