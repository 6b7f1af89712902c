import { cpus, loadavg, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { type Database, queryRows } from '#db/client'
import { insertRandomResponses, insertSeedResponse } from '#db/queries/seed-responses'
import { ADMIN, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { benchPostgresUrl } from '../support/env.ts'
import { openAssessment, seedResponsesFor } from '../support/matrix.ts'
import { openBenchDatabase } from './open-database.ts'
import { progressBar } from './progress.ts'

const { values } = parseArgs({
  options: {
    driver: { type: 'string', default: 'all' },
    sizes: { type: 'string' },
  },
})
const DEFAULT_SIZES = { postgres: [10_000, 100_000, 1_000_000], pglite: [10_000, 100_000] }

interface Row {
  driver: string
  responses: number
  seedSeconds: number
  scanMs: number
  coldMs: number
  warmMs: number
  plus1kMs: number
  maxSubmitMs?: number
  p95SubmitMs?: number
}

async function main() {
  const drivers = values.driver === 'all' ? ['postgres', 'pglite'] : [values.driver]
  const rows: Row[] = []
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${gib(totalmem())} GiB RAM`)
  console.log(
    `node ${process.version}; load average at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  for (const driver of drivers) {
    if (driver === 'postgres' && !benchPostgresUrl) {
      console.log('postgres: skipped (set DATABASE_URL)')
      continue
    }
    const sizes = values.sizes?.split(',').map(Number) ?? DEFAULT_SIZES[driver as 'pglite']
    rows.push(...(await benchDriver(driver as 'pglite' | 'postgres', sizes)))
  }
  console.log(
    '\n| driver | responses | ratings | seed s | plain scan ms | cold ms | warm ms | +1k new ms | submit ms during cold: p95 / max |',
  )
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    const submit =
      r.maxSubmitMs === undefined
        ? '—'
        : `${r.p95SubmitMs?.toFixed(0)} / ${r.maxSubmitMs.toFixed(0)}`
    console.log(
      `| ${r.driver} | ${r.responses.toLocaleString('en')} | ${(r.responses * 66).toLocaleString('en')} | ${r.seedSeconds.toFixed(0)} | ${r.scanMs.toFixed(0)} | ${r.coldMs.toFixed(0)} | ${r.warmMs.toFixed(1)} | ${r.plus1kMs.toFixed(0)} | ${submit} |`,
    )
  }
}

async function benchDriver(driver: 'pglite' | 'postgres', sizes: number[]): Promise<Row[]> {
  const { database, dispose } = await openBenchDatabase(driver)
  try {
    if (driver === 'postgres') {
      const [v] = await queryRows<{ v: string }>(database.db, sql`SELECT version() AS v`)
      console.log(v?.v)
    } else console.log('PGlite (@electric-sql/pglite), in the Node main thread')
    const harness = createTestApp({ ...database, reset: async () => {} })
    await seedAdmin(harness.deps)
    const admin = await signIn(harness.app, ADMIN.email)
    const id = await openAssessment(admin, 'Benchmark')
    const matrix = async () => {
      const started = performance.now()
      const response = await admin.get(`/api/assessments/${id}/matrix`)
      if (response.status !== 200) throw new Error(`matrix failed: ${response.text}`)
      return performance.now() - started
    }
    const rows: Row[] = []
    let seeded = 0
    for (const size of sizes) {
      const started = performance.now()
      const bar = progressBar(`${driver} ${size.toLocaleString('en')}`, size)
      bar(seeded)
      await insertRandomResponses(database.db, id, size - seeded, {
        batch: driver === 'pglite' ? 2_000 : 20_000,
        onProgress: (done) => bar(seeded + done),
      })
      seeded = size
      const seedSeconds = (performance.now() - started) / 1000
      if (driver === 'postgres') await database.db.execute(sql`VACUUM ANALYZE`)
      const scanMs = await timePlainScan(database, id)
      await clearSums(database, id)
      const cold = await timeWithSubmits(database, id, matrix, driver === 'pglite')
      const warm = median(await repeat(5, matrix))
      await insertRandomResponses(database.db, id, 1_000)
      seeded += 1_000
      const plus1kMs = await matrix()
      rows.push({
        driver,
        responses: size,
        seedSeconds,
        scanMs,
        coldMs: cold.ms,
        warmMs: warm,
        plus1kMs,
        ...(cold.maxSubmitMs === undefined
          ? {}
          : { maxSubmitMs: cold.maxSubmitMs, p95SubmitMs: cold.p95SubmitMs }),
      })
      console.log(JSON.stringify({ ...rows.at(-1), load: loadavg()[0]?.toFixed(1) }))
    }
    return rows
  } finally {
    await dispose()
  }
}

/** The matrix without running sums: one scan-and-group over every rating. */
async function timePlainScan(database: Database, id: number): Promise<number> {
  const started = performance.now()
  await database.db.execute(sql`
    SELECT ra.issue_id, ra.axis, r.group_id, count(ra.score), sum(ra.score),
           sum(ra.score::int * ra.score), count(*) FILTER (WHERE ra.score IS NULL)
    FROM responses r JOIN ratings ra ON ra.response_id = r.id
    WHERE r.assessment_id = ${id} GROUP BY 1, 2, 3`)
  return performance.now() - started
}

async function clearSums(database: Database, id: number) {
  await database.db.execute(sql`DELETE FROM score_sums WHERE assessment_id = ${id}`)
  await database.db.execute(sql`DELETE FROM score_response_counts WHERE assessment_id = ${id}`)
  await database.db.execute(sql`DELETE FROM score_watermarks WHERE assessment_id = ${id}`)
}

/** Times a cold matrix; on PGlite a respondent submits every 50 ms meanwhile, timed too. */
async function timeWithSubmits(
  database: Database,
  id: number,
  matrix: () => Promise<number>,
  submitting: boolean,
): Promise<{ ms: number; maxSubmitMs?: number; p95SubmitMs?: number }> {
  if (!submitting) return { ms: await matrix() }
  const [response] = await seedResponsesFor({ ...database, reset: async () => {} }, id, [
    { group: 'customers', rest: [4, 3] },
  ])
  const latencies: number[] = []
  let running = true
  const submits = (async () => {
    while (running) {
      // Timed from when it is due: a blocked event loop delays the timer like a request.
      const due = performance.now() + 50
      await new Promise((resolve) => setTimeout(resolve, 50))
      await insertSeedResponse(database.db, id, response!)
      latencies.push(performance.now() - due)
    }
  })()
  const ms = await matrix()
  running = false
  await submits
  const sorted = [...latencies].sort((a, b) => a - b)
  const p95SubmitMs = sorted[Math.floor(sorted.length * 0.95)] ?? 0
  return { ms, maxSubmitMs: Math.max(...latencies), p95SubmitMs }
}

async function repeat(times: number, run: () => Promise<number>): Promise<number[]> {
  const results: number[] = []
  for (let i = 0; i < times; i++) results.push(await run())
  return results
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(0)

await main()
