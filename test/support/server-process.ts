import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createDb, type Database } from '#db/client'
import { projectRoot } from '#db/paths'
import { createPostgresDatabase, testDriver } from './db.ts'
import { childPath } from './env.ts'

export interface ServerProcess {
  url: string
  child: ChildProcess
  /** Everything the server printed, for assertions about logs. */
  output: string[]
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

const spawnScript = (script: string, env: Record<string, string>) =>
  spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: projectRoot(),
    env: { PATH: childPath, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

/**
 * Starts the real server (server/main.ts) as its own process on a free port, for tests that
 * need separate instances or a hard kill. One process: `node --import tsx`, so SIGKILL hits it.
 * Benchmarks pass `dist/server/main.js` to run the production build instead.
 */
export async function startServerProcess(
  env: Record<string, string>,
  script = 'server/main.ts',
): Promise<ServerProcess> {
  const child = spawnScript(script, env)
  const output: string[] = []
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output.join('\n')}`)),
      60_000,
    )
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        output.push(line)
        const listening = parseListening(line)
        if (listening) {
          clearTimeout(timer)
          resolve(listening)
        }
      })
    }
    void exited.then((code) => reject(new Error(`server exited (${code}):\n${output.join('\n')}`)))
  })
  return {
    url,
    child,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}

/**
 * Runs a script that is expected to stop by itself (a server that cannot start, the demo) and
 * returns its exit code and every line it printed. A process still running after `limitMs` is
 * killed and reported as a failure: that is the hang being tested for.
 */
export async function runToExit(
  script: string,
  env: Record<string, string>,
  limitMs = 60_000,
): Promise<{ code: number | null; lines: string[] }> {
  const child = spawnScript(script, env)
  const lines: string[] = []
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => lines.push(line))
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
  clearTimeout(timer)
  if (code === null)
    throw new Error(`${script} still ran after ${limitMs} ms:\n${lines.join('\n')}`)
  return { code, lines: lines.filter((line) => line.trim() !== '') }
}

function parseListening(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { message?: string; url?: string }
    if (entry.message === 'listening' && entry.url)
      return entry.url.replace('localhost', '127.0.0.1')
  } catch {}
  return undefined
}

/**
 * Where a server process keeps its data on the test's driver: a fresh PostgreSQL database, or a
 * PGlite directory; `open` reads the same data from the test, `cleanup` removes it.
 */
export async function serverData(label: string): Promise<{
  env: Record<string, string>
  open: () => Promise<Database>
  cleanup: () => Promise<void> | void
}> {
  if (testDriver() === 'postgres') {
    const { url, drop } = await createPostgresDatabase()
    return { env: { DATABASE_URL: url }, open: () => createDb({ url, poolSize: 1 }), cleanup: drop }
  }
  const dir = mkdtempSync(join(tmpdir(), `materiality-${label}-`))
  return {
    env: { DATA_DIR: dir },
    open: () => createDb({ dataDir: dir }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}
