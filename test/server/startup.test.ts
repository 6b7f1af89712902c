import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createDb } from '#db/client'
import { DataDirLockedError, lockDataDir } from '#db/data-dir-lock'
import { pgliteTemplate, postgresAdminUrl, testDriver } from '../support/db.ts'
import { runToExit, type ServerProcess, startServerProcess } from '../support/server-process.ts'

// The server as its operator meets it: real processes, started with a database they cannot use
// or a data folder another process holds. Each must stop with one line saying why, status 1.

const PASSWORD = 'pa55-w0rd-not-for-logs'

/** The one line a server that cannot start prints, and that nothing else was printed. */
async function refusesToStart(env: Record<string, string>, script = 'server/main.ts') {
  const { code, lines } = await runToExit(script, env)
  expect(code, lines.join('\n')).toBe(1)
  expect(lines, lines.join('\n')).toHaveLength(1)
  const [line = ''] = lines
  expect(line).toMatch(/^Materiality cannot start: /)
  expect(line).not.toContain(PASSWORD)
  return line
}

describe.runIf(testDriver() === 'pglite')('start-up with a database it cannot use', () => {
  test('an unreachable host, a refused port and an unknown host each get one clear line', async () => {
    const [unreachable, refused, unknown] = await Promise.all([
      // Non-routable: nothing ever answers (the driver alone would wait for ever here).
      refusesToStart({ DATABASE_URL: `postgres://app:${PASSWORD}@10.255.255.1:5432/esg` }),
      refusesToStart({ DATABASE_URL: `postgres://app:${PASSWORD}@127.0.0.1:1/esg` }),
      refusesToStart({ DATABASE_URL: `postgres://app:${PASSWORD}@no-such-host.invalid:5432/esg` }),
    ])
    expect(unreachable).toContain('no answer from the database server at 10.255.255.1:5432')
    expect(refused).toContain('the database server at 127.0.0.1:1 refused the connection')
    expect(unknown).toContain('the database host "no-such-host.invalid" could not be found')
  }, 120_000)
})

describe.runIf(testDriver() === 'postgres')('start-up on a PostgreSQL server', () => {
  test('a database that does not exist gets one clear line naming it', async () => {
    const url = new URL(postgresAdminUrl())
    url.password = PASSWORD
    url.pathname = '/materiality_missing_db'
    const line = await refusesToStart({ DATABASE_URL: url.toString() })
    expect(line).toContain('the database "materiality_missing_db" does not exist')
  }, 120_000)
})

describe.runIf(testDriver() === 'pglite')('one process per embedded data folder', () => {
  let dir: string
  let running: ServerProcess | undefined
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'materiality-lock-'))
  })
  afterEach(async () => {
    await running?.stop()
    running = undefined
    rmSync(dir, { recursive: true, force: true })
  })
  const lockFile = () => join(dir, '.materiality.lock')

  test('a second server and the demo loader on the same DATA_DIR exit 1 naming the first pid', async () => {
    // From the migrated template, so the server need not initialise a database first.
    await (await createDb({ dataDir: dir, template: await pgliteTemplate() })).close()
    running = await startServerProcess({ DATA_DIR: dir })
    const pid = running.child.pid
    // It said where survey links take their address from (here: development, any Host).
    expect(running.output.join('\n')).toMatch(
      /"message":"survey links","address":"the request's Host, any/,
    )
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(pid))
    const [second, demo] = await Promise.all([
      refusesToStart({ DATA_DIR: dir }),
      refusesToStart({ DATA_DIR: dir }, 'server/demo.ts'),
    ])
    for (const line of [second, demo]) {
      expect(line).toContain(
        `the data folder ${dir} is in use by another Materiality process (pid ${pid})`,
      )
    }
    // The first one kept serving, from its own data.
    const health = await fetch(`${running.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await running.stop()).toBe(0)
    running = undefined
    expect(readdirSync(dir)).not.toContain('.materiality.lock')
  }, 180_000)

  test('a lock left by a process that died is taken over; a live holder is not', async () => {
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => dead.once('exit', resolve))
    writeFileSync(lockFile(), `${dead.pid}\n`)
    const lock = lockDataDir(dir)
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(process.pid))
    lock.release()
    expect(readdirSync(dir)).not.toContain('.materiality.lock')

    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'])
    try {
      writeFileSync(lockFile(), `${alive.pid}\n`)
      expect(() => lockDataDir(dir)).toThrow(new DataDirLockedError(dir, alive.pid!))
      expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(alive.pid))
    } finally {
      alive.kill()
    }
  })
})
