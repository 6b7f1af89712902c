import { type ChildProcess, spawn } from 'node:child_process'
import { randomInt, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import autocannon from 'autocannon'
import { projectRoot } from '#db/paths'
import { createPostgresDatabase } from '../support/db.ts'
import { benchPostgresUrl, childPath, numberSetting, textSetting } from '../support/env.ts'

// `npm run bench:submit`: POST /api/survey/:token/submit with a full 66-rating response, 50
// connections, against a production build on PostgreSQL, measured in the same run and on the same
// database as test/contract/reference-server.mjs (one jsonb INSERT, no validation). Prints
// throughput, latency and our server's peak RSS; the ratio is what BENCHMARKS.md tracks.

const CONNECTIONS = numberSetting('BENCH_CONNECTIONS', 50)
const SECONDS = numberSetting('BENCH_SECONDS', 15)
const WARMUP_SECONDS = 3
const ADMIN = { email: 'bench@example.com', password: 'benchmark passphrase' }
const root = projectRoot()
const referenceScript = join(root, 'test', 'contract', 'reference-server.mjs')

interface Started {
  url: string
  child: ChildProcess
}

async function start(
  command: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<Started> {
  const child = spawn(process.execPath, command, {
    cwd: root,
    env: {
      PATH: childPath,
      NODE_OPTIONS: textSetting('BENCH_NODE_OPTIONS') ?? '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code}`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = ready.exec(line)
      if (match) resolve(match[1]!)
    })
  })
  return { url, child }
}

async function json<T>(url: string, init: RequestInit & { cookie?: string } = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      origin: new URL(url).origin,
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
  })
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** An open assessment, `count` single-use tokens, and the questionnaire's (issue, axis) pairs. */
async function seed(base: string, count: number) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(ADMIN),
  })
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!
  const { id } = await json<{ id: string }>(`${base}/api/assessments`, {
    method: 'POST',
    cookie,
    body: JSON.stringify({ name: 'Benchmark' }),
  })
  await json(`${base}/api/assessments/${id}`, {
    method: 'PATCH',
    cookie,
    body: JSON.stringify({ status: 'open' }),
  })
  const tokens: string[] = []
  while (tokens.length < count) {
    const batch = Math.min(5000, count - tokens.length)
    const { links } = await json<{ links: { token: string }[] }>(
      `${base}/api/assessments/${id}/links`,
      {
        method: 'POST',
        cookie,
        body: JSON.stringify({ group: 'employees', kind: 'single-use', count: batch }),
      },
    )
    tokens.push(...links.map((link) => link.token))
  }
  const questionnaire = await json<{ issues: { id: string; axes: string[] }[] }>(
    `${base}/api/survey/${tokens[0]}`,
  )
  const pairs = questionnaire.issues.flatMap((issue) =>
    issue.axes.map((axis) => ({ issueId: issue.id, axis })),
  )
  return { tokens, pairs }
}

function body(pairs: { issueId: string; axis: string }[]): string {
  const ratings = pairs.map((pair) => ({ ...pair, score: randomInt(1, 6) }))
  return JSON.stringify({ submissionId: randomUUID(), locale: 'zh-Hant', ratings })
}

/** CPU seconds used so far by a set of processes (user + system), from /proc. */
function cpuSeconds(pids: number[]): number {
  let ticks = 0
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {}
  }
  return ticks / 100
}

/** The PostgreSQL server's processes (postmaster and backends). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres'
      } catch {
        return false
      }
    })
}

/** Runs a load and reports how the CPU was spent between the app process and PostgreSQL. */
async function measured(appPid: number, run: () => Promise<autocannon.Result>) {
  const pg = postgresPids()
  const before = { app: cpuSeconds([appPid]), pg: cpuSeconds(pg) }
  const result = await run()
  const requests = result['2xx'] || 1
  return {
    result,
    appCpuMsPerRequest: ((cpuSeconds([appPid]) - before.app) * 1000) / requests,
    pgCpuMsPerRequest: ((cpuSeconds(pg) - before.pg) * 1000) / requests,
  }
}

function peakRss(pid: number) {
  let peak = 0
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      peak = Math.max(peak, kb)
    } catch {}
  }, 100)
  return {
    stop: () => {
      clearInterval(timer)
      return peak / 1024
    },
  }
}

async function load(url: string, paths: () => string, payload: () => string, seconds: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        // As a browser sends it: the submit answer must stay uncompressed (and cost no more).
        headers: {
          'content-type': 'application/json',
          'accept-encoding': 'gzip, deflate, br, zstd',
        },
        setupRequest: (request) => ({ ...request, path: paths(), body: payload() }),
      },
    ],
  })
}

function summary(name: string, run: Awaited<ReturnType<typeof measured>>) {
  const { result } = run
  const ok = result['2xx']
  return {
    name,
    'req/s': Math.round(ok / result.duration),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    'app CPU ms/req': run.appCpuMsPerRequest.toFixed(2),
    'PG CPU ms/req': run.pgCpuMsPerRequest.toFixed(2),
  }
}

const ROUNDS = numberSetting('BENCH_ROUNDS', 3)

function startOurs(env: Record<string, string>) {
  return start(
    ['dist/server/main.js'],
    {
      ...env,
      PORT: '0',
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SUBMITS_PER_ADDRESS_PER_MINUTE: '100000000',
    },
    /"url":"(http:[^"]+)"/,
  )
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main() {
  if (!benchPostgresUrl) throw new Error('Set DATABASE_URL: the benchmark runs on PostgreSQL.')
  const database = await createPostgresDatabase()
  const env: Record<string, string> = { DATABASE_URL: database.url }
  const poolSize = textSetting('POOL_SIZE')
  if (poolSize) env.POOL_SIZE = poolSize
  // Seed through the API on one process, then measure a fresh one: its memory is the serving
  // load's, not what creating 100k links left behind.
  const seeder = await startOurs(env)
  const tokensNeeded = 4000 * (SECONDS + WARMUP_SECONDS) * ROUNDS
  const { tokens, pairs } = await seed(seeder.url, tokensNeeded)
  seeder.child.kill('SIGTERM')
  const ours = await startOurs(env)
  const reference = await start([referenceScript], { ...env, PORT: '3901' }, /reference on (\d+)/)
  const referenceUrl = `http://127.0.0.1:${reference.url}`
  try {
    let next = 0
    const ourPath = () => `/api/survey/${tokens[next++ % tokens.length]}/submit`
    const payload = () => body(pairs)
    const rss = peakRss(ours.child.pid!)
    const rounds: ReturnType<typeof summary>[][] = []
    // Alternate the two servers so drift on a shared machine hits both alike.
    for (let round = 0; round < ROUNDS; round++) {
      await load(`${referenceUrl}/submit`, () => '/submit', payload, WARMUP_SECONDS)
      const referenceRun = await measured(reference.child.pid!, () =>
        load(`${referenceUrl}/submit`, () => '/submit', payload, SECONDS),
      )
      await load(ours.url, ourPath, payload, WARMUP_SECONDS)
      const ourRun = await measured(ours.child.pid!, () =>
        load(ours.url, ourPath, payload, SECONDS),
      )
      rounds.push([
        summary('reference (one jsonb INSERT)', referenceRun),
        summary('POST /api/survey/:token/submit', ourRun),
      ])
    }
    const peak = rss.stop()
    for (const [i, pair] of rounds.entries()) {
      console.log(`round ${i + 1}`)
      console.table(pair)
    }
    const ratios = rounds.map(([ref, sub]) => sub!['req/s'] / ref!['req/s'])
    const p99 = median(rounds.map(([, sub]) => sub!['p99 ms']))
    console.log(
      `median over ${ROUNDS} rounds — reference ${median(rounds.map(([r]) => r!['req/s']))} req/s, ` +
        `submit ${median(rounds.map(([, r]) => r!['req/s']))} req/s, ratio ${median(ratios).toFixed(2)} ` +
        `(rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}), submit p99 ${p99} ms, peak RSS ${Math.round(peak)} MB`,
    )
  } finally {
    ours.child.kill('SIGTERM')
    reference.child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    await database.drop()
  }
}

await main()
