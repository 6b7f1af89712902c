import { performance } from 'node:perf_hooks'
import { createDb } from '#db/client'
import { migrate } from '#db/migrate'
import { insertLinkBatch } from '#db/queries/links'
import { hashToken, newTokens } from '#server/services/tokens'
import { ADMIN, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createPostgresDatabase, type TestDatabase } from '../support/db.ts'

// `npm run bench:links` (DATABASE_URL set): how long creating 5,000 single-use survey links
// takes on PostgreSQL, on a fresh database of its own. Three layers, each measured RUNS times:
// tokens (random bits + SHA-256, no I/O), the single INSERT statement, and the whole
// POST /api/assessments/:id/links request through the app (validation, access, insert, audit,
// the 5,000-link JSON answer).

const COUNT = Number(process.env.BENCH_LINKS ?? 5000)
const RUNS = Number(process.env.BENCH_RUNS ?? 20)

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
  } finally {
    await database.close()
    await created.drop()
  }
}

await main()
