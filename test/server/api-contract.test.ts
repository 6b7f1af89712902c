import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectRoot } from '#db/paths'
import { ADMIN } from '../support/app.ts'
import { testDriver } from '../support/db.ts'
import { childPath } from '../support/env.ts'
import { type ServerProcess, serverData, startServerProcess } from '../support/server-process.ts'

// The team's smoke check of the HTTP contract, run as it is against a real server process. It and
// the submit benchmark's reference server are kept byte for byte as the team ships them (in
// ../shared beside a checkout), copied into test/contract so that a clone without ../shared
// still runs them; when ../shared is there, the copies must be identical.
const root = projectRoot()
const COPY = join(root, 'test', 'contract', 'api-contract.mjs')
const SHARED_COPIES = [
  { copy: COPY, shared: join(root, '..', 'shared', 'checks', 'api-contract.mjs') },
  {
    copy: join(root, 'test', 'contract', 'reference-server.mjs'),
    shared: join(root, '..', 'shared', 'bench', 'reference-server.mjs'),
  },
]

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

  test.each(SHARED_COPIES.filter(({ shared }) => existsSync(shared)))(
    '$copy is the shared file unchanged',
    ({ copy, shared }) => {
      expect(readFileSync(copy, 'utf8')).toBe(readFileSync(shared, 'utf8'))
    },
  )

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
