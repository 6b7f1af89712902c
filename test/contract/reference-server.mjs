// Reference for the submit benchmark: the cheapest durable write of one survey response through
// the same stack (Hono + @hono/node-server + postgres.js), with no validation, no auth, no
// idempotency. The project's real submit endpoint is measured against it in the same run.
//
//   DATABASE_URL=postgres://… PORT=3901 node test/contract/reference-server.mjs
//   POST /submit  body: { submissionId, locale, ratings: [{ issueId, axis, score }] }  → 201 { id }
//
// Run it from the project root so that hono, @hono/node-server and postgres resolve from the
// project's node_modules.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
const req = createRequire(pathToFileURL(process.cwd() + '/package.json'))
const { Hono } = await import(pathToFileURL(req.resolve('hono')).href)
const { serve } = await import(pathToFileURL(req.resolve('@hono/node-server')).href)
const postgres = (await import(pathToFileURL(req.resolve('postgres')).href)).default

const sql = postgres(process.env.DATABASE_URL, { max: Number(process.env.POOL ?? 10), onnotice: () => {} })
await sql`CREATE TABLE IF NOT EXISTS reference_responses (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  submission_id uuid NOT NULL,
  locale text NOT NULL,
  ratings jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now())`
await sql`TRUNCATE reference_responses`

const app = new Hono()
app.get('/healthz', (c) => c.json({ status: 'ok' }))
app.post('/submit', async (c) => {
  const body = await c.req.json()
  const [row] = await sql`INSERT INTO reference_responses (submission_id, locale, ratings)
    VALUES (${body.submissionId}, ${body.locale}, ${sql.json(body.ratings)}) RETURNING id`
  return c.json({ id: String(row.id) }, 201)
})
const port = Number(process.env.PORT ?? 3901)
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => console.log(`reference on ${port}`))
const stop = () => server.close(async () => { await sql.end(); process.exit(0) })
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
