import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectRoot } from '#db/paths'
import { ADMIN } from '../support/app.ts'
import { testDriver } from '../support/db.ts'
import { childPath } from '../support/env.ts'
import { type ServerProcess, serverData, startServerProcess } from '../support/server-process.ts'

// The smoke check of the HTTP contract (test/contract/api-contract.mjs, a plain script anyone can
// run against a server), run as it is against a real server process.
const COPY = join(projectRoot(), 'test', 'contract', 'api-contract.mjs')

describe(`the HTTP contract check, on ${testDriver()}`, () => {
  let server: ServerProcess
  let cleanup: () => Promise<void> | void

  beforeAll(async () => {
    const target = await serverData('contract')
    cleanup = target.cleanup
    server = await startServerProcess({
      ...target.env,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    })
  }, 90_000)
  afterAll(async () => {
    await server?.stop()
    await cleanup?.()
  })

  test('every step holds', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [COPY, server.url], {
      env: {
        PATH: childPath,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
      },
    }).catch((error: { stdout?: string; message: string }) => {
      throw new Error(`the contract check failed:\n${error.stdout ?? error.message}`)
    })
    expect(stdout).not.toContain('FAIL')
    expect(stdout).toContain('the contract holds')
  })
})
