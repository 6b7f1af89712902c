import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runToExit, startServerProcess } from '../support/server-process.ts'

export interface DemoServer {
  url: string
  /** The demo admin's session cookie (`name=value`), for API calls and a signed-in browser. */
  cookie: string
  /** The closed FY2023 demo assessment (matrix, confirmation). */
  demoAssessmentId: number
  /** A fresh single-use survey link on a second, open assessment of the same organisation. */
  surveyToken: string
  stop(): Promise<void>
}

/**
 * The production build on a throwaway PGlite folder loaded by `npm run demo` (the same script a
 * user runs), signed in as the demo admin, with an open assessment to take a survey on. For the
 * browser benchmarks (bench:lighthouse, bench:tabs); `npm run build` first.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'materiality-bench-'))
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' }
  const demo = await runToExit('server/demo.ts', env, 180_000)
  const printed = demo.lines.join('\n')
  const password = /Password:\s+(\S+)/.exec(printed)?.[1]
  const demoAssessmentId = Number(/assessments\/(\d+)\/matrix/.exec(printed)?.[1])
  if (demo.code !== 0 || !password || !demoAssessmentId) {
    throw new Error(`npm run demo failed:\n${printed}`)
  }
  const server = await startServerProcess({ ...env, LOG_LEVEL: 'info' }, 'dist/server/main.js')
  const { url } = server
  try {
    const call = async <T>(path: string, method: string, body: unknown, cookie = '') => {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', origin: url, cookie },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
      return { response, json: (await response.json()) as T }
    }
    const login = await call('/api/auth/login', 'POST', {
      email: 'demo@materiality.example',
      password,
    })
    const cookie = login.response.headers.getSetCookie()[0]!.split(';')[0]!
    const created = await call<{ id: string }>(
      '/api/assessments',
      'POST',
      { name: 'Survey benchmark' },
      cookie,
    )
    const id = created.json.id
    await call(`/api/assessments/${id}`, 'PATCH', { status: 'open' }, cookie)
    const links = await call<{ links: { token: string }[] }>(
      `/api/assessments/${id}/links`,
      'POST',
      { group: 'employees', kind: 'single-use', count: 1 },
      cookie,
    )
    return {
      url,
      cookie,
      demoAssessmentId,
      surveyToken: links.json.links[0]!.token,
      stop: async () => {
        await server.stop()
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}
