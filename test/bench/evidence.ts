import { cpus, loadavg, totalmem } from 'node:os'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { queryRows } from '#db/client'
import { insertRandomResponses } from '#db/queries/seed-responses'
import {
  ADMIN,
  type createTestApp as CreateTestApp,
  createTestApp,
  seedAdmin,
  signIn,
} from '../support/app.ts'
import { benchPostgresUrl } from '../support/env.ts'
import { openAssessment } from '../support/matrix.ts'
import { openBenchDatabase } from './open-database.ts'
import { progressBar } from './progress.ts'

const { values } = parseArgs({
  options: {
    driver: { type: 'string', default: 'all' },
    responses: { type: 'string', default: '100000' },
  },
})
const RESPONSES = Number(values.responses)
const REASON = 'Decided by the benchmark: this is not a real assessment.'
const MB = 1024 * 1024

type Driver = 'pglite' | 'postgres'
type Harness = ReturnType<typeof CreateTestApp>
type Admin = Awaited<ReturnType<typeof signIn>>

interface Row {
  driver: Driver
  responses: number
  seconds: number
  zipMb: number
  rssBeforeMb: number
  rssGrowthMb: number
  heapGrowthMb: number
  healthMaxMs: number
  healthP95Ms: number
  healthChecks: number
}

async function main() {
  const drivers: Driver[] =
    values.driver === 'all' ? ['postgres', 'pglite'] : [values.driver as Driver]
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${gib(totalmem())} GiB RAM`)
  console.log(`node ${process.version}; load average at start ${loads()}`)
  const rows: Row[] = []
  for (const driver of drivers) {
    if (driver === 'postgres' && !benchPostgresUrl) {
      console.log('postgres: skipped (set DATABASE_URL)')
      continue
    }
    rows.push(await benchDriver(driver))
  }
  console.log(
    '\n| driver | responses | pack s | zip MB | RSS before MB | RSS growth MB | heap growth MB | /healthz max / p95 ms (checks) |',
  )
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    console.log(
      `| ${r.driver} | ${r.responses.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.zipMb.toFixed(1)} | ${r.rssBeforeMb.toFixed(0)} | **${r.rssGrowthMb.toFixed(0)}** | ${r.heapGrowthMb.toFixed(0)} | **${r.healthMaxMs.toFixed(0)}** / ${r.healthP95Ms.toFixed(0)} (${r.healthChecks}) |`,
    )
  }
}

async function benchDriver(driver: Driver): Promise<Row> {
  const { database, dispose } = await openBenchDatabase(driver)
  try {
    const harness = createTestApp({ ...database, reset: async () => {} })
    await seedAdmin(harness.deps)
    const admin = await signIn(harness.app, ADMIN.email)
    // A small confirmed assessment first: its pack loads the code, fonts and PNG renderer once.
    const warm = await confirmedAssessment(driver, database, admin, 'Warm-up', 20)
    await download(harness, admin, warm)
    const id = await confirmedAssessment(driver, database, admin, 'Benchmark', RESPONSES)
    global.gc?.()
    const rssBefore = process.memoryUsage().rss
    const heapBefore = process.memoryUsage().heapUsed
    let rssPeak = rssBefore
    let heapPeak = heapBefore
    const sampler = setInterval(() => {
      const usage = process.memoryUsage()
      rssPeak = Math.max(rssPeak, usage.rss)
      heapPeak = Math.max(heapPeak, usage.heapUsed)
    }, 20)
    const health = healthProbe(harness)
    const started = performance.now()
    const bytes = await download(harness, admin, id)
    const seconds = (performance.now() - started) / 1000
    clearInterval(sampler)
    const latencies = await health.stop()
    const sorted = [...latencies].sort((a, b) => a - b)
    const row: Row = {
      driver,
      responses: RESPONSES,
      seconds,
      zipMb: bytes / MB,
      rssBeforeMb: rssBefore / MB,
      rssGrowthMb: (rssPeak - rssBefore) / MB,
      heapGrowthMb: (heapPeak - heapBefore) / MB,
      healthMaxMs: sorted.at(-1) ?? 0,
      healthP95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      healthChecks: sorted.length,
    }
    console.log(JSON.stringify({ ...row, load: loads() }))
    return row
  } finally {
    await dispose()
  }
}

/** An assessment with `count` seeded responses, closed and confirmed as computed. */
async function confirmedAssessment(
  driver: Driver,
  database: { db: Parameters<typeof insertRandomResponses>[0] },
  admin: Admin,
  name: string,
  count: number,
): Promise<number> {
  const id = await openAssessment(admin, name)
  const bar = progressBar(`${driver} ${name} ${count.toLocaleString('en')}`, count)
  await insertRandomResponses(database.db, id, count, {
    batch: driver === 'pglite' ? 2_000 : 20_000,
    flagEvery: 50,
    onProgress: bar,
  })
  if (driver === 'postgres') await database.db.execute(sql`VACUUM ANALYZE`)
  const url = `/api/assessments/${id}`
  const closed = await admin.patch(url, { status: 'closed' })
  if (closed.status !== 200) throw new Error(`close failed: ${closed.text}`)
  const issues: { id: string; tier: string }[] = (await admin.get(`${url}/matrix`)).json.issues
  const decisions = issues.map((issue) => ({
    issueId: issue.id,
    material: issue.tier === 'material',
    ...(issue.tier === 'review' ? { rationale: REASON } : {}),
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const confirmed = await admin.post(`${url}/confirmation`, { decisions, order })
  if (confirmed.status !== 201) throw new Error(`confirm failed: ${confirmed.text}`)
  const [sealed] = await queryRows<{ count: number }>(
    database.db,
    sql`SELECT count(*)::int AS count FROM responses WHERE assessment_id = ${id}`,
  )
  if (sealed?.count !== count) throw new Error(`seeded ${sealed?.count}, not ${count}`)
  return id
}

/** Downloads the latest pack as a client would, a chunk at a time; returns its size. */
async function download(harness: Harness, admin: Admin, id: number): Promise<number> {
  const response = await harness.app.request(
    `http://localhost/api/assessments/${id}/evidence-pack`,
    { headers: { origin: 'http://localhost', cookie: admin.cookie } },
  )
  if (response.status !== 200 || !response.body) {
    throw new Error(`pack failed: ${response.status} ${await response.text()}`)
  }
  const reader = response.body.getReader()
  let bytes = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength
  }
  return bytes
}

/** GET /healthz every 50 ms, each timed from when it was due (a blocked loop delays both). */
function healthProbe(harness: Harness) {
  const latencies: number[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const due = performance.now() + 50
      await new Promise((resolve) => setTimeout(resolve, 50))
      const response = await harness.app.request('http://localhost/healthz')
      if (response.status !== 200) throw new Error(`/healthz answered ${response.status}`)
      latencies.push(performance.now() - due)
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return latencies
    },
  }
}

const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(0)
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

await main()
